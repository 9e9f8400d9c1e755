/**
 * Review 15: ordinary files the trial-12 fixes first read wrong, kept as tests. A collective named with a letter is no
 * template's example; a year spanning an unlabelled grid column is the year; a header cell spanning two columns
 * over the first data row keeps that row; an unnumbered first row is no sub-header; a corrected list of persons
 * leaves the unit's collectives standing.
 */
import type ExcelJS from 'exceljs';
import type { Row } from '../../fixtures/workbooks';
import { Book, checkBooks, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';

const UNITS = unitsBook([
  ['STT', 'Tên đơn vị', 'Loại đơn vị'],
  [1, 'Đảng bộ xã An Bình', 'Đảng bộ xã'],
]);

const book = (fileName: string, rows: Row[], edit?: (ws: ExcelJS.Worksheet) => void): Book => ({ fileName, sheets: [{ name: 'DS', rows, ...(edit ? { edit } : {}) }] });

async function registrations(...books: Book[]) {
  const { read } = await checkBooks([UNITS, ...books]);
  return read.registrations.filter((r) => !r.replacedBy && !r.copyOf).map((r) => [r.name, r.birthYear ?? null]);
}

const TITLE: Row[] = [['ĐẢNG ỦY XÃ AN BÌNH'], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN']];

it('a collective named with a letter, beside a dash or an ellipsis, is read', async () => {
  const rows: Row[] = [
    ...TITLE,
    ['STT', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Chức vụ', 'Tóm tắt thành tích'],
    [1, 'Chi bộ ấp A', '-', '', 'Trong sạch vững mạnh ...'],
    [2, 'Tổ dân phố B', '', '', 'Văn hóa …'],
  ];
  expect(await registrations(book('an-binh.xlsx', rows))).toEqual([
    ['Chi bộ ấp A', null],
    ['Tổ dân phố B', null],
  ]);
});

it('a year merged over an unlabelled grid column and the year’s is the year', async () => {
  const rows: Row[] = [...TITLE, ['STT', 'Họ và tên', '', 'Năm sinh', 'Chức vụ'], [1, 'Nguyễn Văn Hùng', 1970, '', 'Hội viên']];
  const edit = (ws: ExcelJS.Worksheet) => {
    ws.mergeCells('B3:C3');
    ws.mergeCells('C4:D4');
  };
  expect(await registrations(book('an-binh.xlsx', rows, edit))).toEqual([['Nguyễn Văn Hùng', 1970]]);
});

it('a header cell merged over two columns without sub-labels keeps the first data row', async () => {
  const rows: Row[] = [...TITLE, ['STT', 'Họ và tên', 'Năm sinh', '', 'Chức vụ'], [1, 'Lê Thị Mai', 1982, '', 'Hội viên'], [2, 'Nguyễn Văn Hùng', 1970, '', 'Nông dân']];
  expect(await registrations(book('an-binh.xlsx', rows, (ws) => ws.mergeCells('C3:D3')))).toEqual([
    ['Lê Thị Mai', 1982],
    ['Nguyễn Văn Hùng', 1970],
  ]);
});

it('an unnumbered first row with a cell under an unlabelled column is a data row', async () => {
  const rows: Row[] = [
    ...TITLE,
    ['STT', 'Tên tập thể, cá nhân', 'Năm sinh', 'Chức vụ, đơn vị công tác', '', 'Hình thức đề nghị'],
    ['', 'Chi bộ ấp 3', '', 'Chi bộ', 'xã An Bình', 'Giấy khen'],
    [2, 'Nguyễn Văn Hùng', 1970, 'Nông dân', '', 'Giấy khen'],
  ];
  expect((await registrations(book('an-binh.xlsx', rows))).map(([n]) => n)).toEqual(['Chi bộ ấp 3', 'Nguyễn Văn Hùng']);
});

it('a corrected list of persons replaces the persons, not the unit’s list of collectives', async () => {
  const collectives = book('an-binh tap the.xlsx', [['ĐẢNG ỦY XÃ AN BÌNH'], ['DANH SÁCH TẬP THỂ ĐĂNG KÝ'], ['STT', 'Tên tập thể', 'Tóm tắt thành tích'], [1, 'Chi bộ ấp 3', 'Trong sạch vững mạnh']]);
  const persons = book('an-binh ca nhan.xlsx', [['ĐẢNG ỦY XÃ AN BÌNH'], ['DANH SÁCH CÁ NHÂN ĐĂNG KÝ'], ['STT', 'Họ và tên', 'Năm sinh'], [1, 'Lê Thị Mai', 1982]]);
  const corrected = book('an-binh ca nhan (sua).xlsx', [['ĐẢNG ỦY XÃ AN BÌNH'], ['DANH SÁCH CÁ NHÂN ĐĂNG KÝ (SỬA)'], ['STT', 'Họ và tên', 'Năm sinh'], [1, 'Lê Thị Mai', 1983]]);
  expect(await registrations(collectives, persons, corrected)).toEqual([
    ['Chi bộ ấp 3', null],
    ['Lê Thị Mai', 1983],
  ]);
});
