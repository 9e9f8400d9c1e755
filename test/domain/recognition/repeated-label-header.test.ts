/**
 * Trial 18b class 11: a two-level header typed (or exported) without merges, each label typed again where a merge
 * would span — «STT | Họ và tên | Năm sinh | Năm sinh | …» over «STT | Họ và tên | Nam | Nữ | …» — is read as the
 * merged header is: the file is no longer unreadable, the year under «Nam» or «Nữ» says the gender. Variants: the
 * lower row repeating only its first labels, the upper label typed once, three levels. Near misses: a header over a
 * first data row that starts with text, and the two header rows repeated on a later printed page.
 */
import type ExcelJS from 'exceljs';
import { checkBooks, codes } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const TOP: Row[] = [['ĐẢNG BỘ HUYỆN AN PHÚ'], ['ĐẢNG ỦY XÃ AN BÌNH'], ['*'], [], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], []];
const BODY: Row[] = [
  ['I. TẬP THỂ'],
  [1, 'Chi bộ Thôn Bình Minh', '', '', '', 'Chi bộ trong sạch, vững mạnh'],
  ['II. CÁ NHÂN'],
  [1, 'Nguyễn Văn Hòa', 1970, '', 'Bí thư Chi bộ Thôn Bình Minh', 'Làm 2 km đường'],
  [2, 'Lê Thị Ngọc Trâm', '', 1986, 'Giáo viên', 'Lớp tình thương'],
  [3, 'Võ Công Danh', 1978, '', 'Chủ nhiệm HTX', 'Bao tiêu sản phẩm'],
  [4, 'Trần Văn Bảy', 1966, '', 'Trưởng thôn', 'Hiến đất'],
];
const DATE: Row[] = [[], ['', '', '', '', 'An Bình, ngày 20 tháng 02 năm 2023']];
const READ = [
  ['Chi bộ Thôn Bình Minh', null, null],
  ['Nguyễn Văn Hòa', 1970, 'male'],
  ['Lê Thị Ngọc Trâm', 1986, 'female'],
  ['Võ Công Danh', 1978, 'male'],
  ['Trần Văn Bảy', 1966, 'male'],
];

const NAME = 'Tên tập thể / Họ và tên';
const UPPER = ['STT', NAME, 'Năm sinh', 'Năm sinh', 'Chức vụ, đơn vị công tác', 'Tóm tắt thành tích', 'Ghi chú'];
const LOWER = ['STT', NAME, 'Nam', 'Nữ', 'Chức vụ, đơn vị công tác', 'Tóm tắt thành tích', 'Ghi chú'];

async function read(head: Row[], body: Row[] = BODY, edit?: (ws: ExcelJS.Worksheet) => void) {
  const rows = [...TOP, ...head, ...body, ...DATE];
  const { read: r, report } = await checkBooks([{ fileName: 'an-binh.xlsx', sheets: [{ name: 'Sheet1', rows, ...(edit ? { edit } : {}) }] }]);
  return { rows: r.registrations.map((x) => [x.name, x.birthYear ?? null, x.gender ?? null]), report };
}

describe('a two-level header typed without merges, labels typed again', () => {
  it('every label typed again in both rows: read as the merged header is', async () => {
    const { rows, report } = await read([UPPER, LOWER]);
    expect(rows).toEqual(READ);
    expect(codes(report, 'SHEET_SKIPPED')).toEqual([]);
    expect(codes(report, 'MISSING_VALUE')).toEqual([]);
  });

  it('the merged header it stands for reads the same', async () => {
    const { rows } = await read([UPPER, LOWER], BODY, (ws) => {
      for (const c of 'ABEFG') {
        ws.getCell(`${c}8`).value = null;
        ws.mergeCells(`${c}7:${c}8`);
      }
      ws.getCell('D7').value = null;
      ws.mergeCells('C7:D7');
    });
    expect(rows).toEqual(READ);
  });

  it('the lower row repeating only its first labels', async () => {
    expect((await read([UPPER, ['STT', NAME, 'Nam', 'Nữ', '', '', '']])).rows).toEqual(READ);
  });

  it('the parent typed once, the lower row repeating every other label', async () => {
    expect((await read([['STT', NAME, 'Năm sinh', '', 'Chức vụ, đơn vị công tác', 'Tóm tắt thành tích', 'Ghi chú'], LOWER])).rows).toEqual(READ);
  });

  it('the parent typed again, nothing under the other labels', async () => {
    expect((await read([UPPER, ['', '', 'Nam', 'Nữ', '', '', '']])).rows).toEqual(READ);
  });

  it('upper-case labels, the repeats in other case or spacing', async () => {
    const upper = UPPER.map((l) => l.toUpperCase());
    expect((await read([upper, LOWER.map((l) => ` ${l} `)])).rows).toEqual(READ);
  });

  const INFO = ['STT', NAME, 'Thông tin cá nhân', 'Thông tin cá nhân', 'Thông tin cá nhân', 'Tóm tắt thành tích', 'Ghi chú'];
  it('three levels typed without merges', async () => {
    const { rows, report } = await read([INFO, UPPER, LOWER]);
    expect(rows).toEqual(READ);
    expect(codes(report, 'SHEET_SKIPPED')).toEqual([]);
  });

  it('three levels merged', async () => {
    const { rows } = await read([INFO, UPPER, LOWER], BODY, (ws) => {
      for (const c of 'ABFG') {
        ws.getCell(`${c}8`).value = null;
        ws.getCell(`${c}9`).value = null;
        ws.mergeCells(`${c}7:${c}9`);
      }
      ws.getCell('D7').value = null;
      ws.getCell('E7').value = null;
      ws.mergeCells('C7:E7');
      ws.getCell('D8').value = null;
      ws.mergeCells('C8:D8');
      ws.getCell('E9').value = null;
      ws.mergeCells('E8:E9');
    });
    expect(rows).toEqual(READ);
  });
});

describe('near misses', () => {
  it('a header over a first data row that starts with text: the row is read', async () => {
    const head = [['STT', NAME, 'Năm sinh', 'Năm sinh', 'Chức vụ, đơn vị công tác', 'Tóm tắt thành tích']];
    const body: Row[] = [
      ['a', 'Nguyễn Văn Hòa', 'Nam', 'Nữ', 'Bí thư Chi bộ', 'Làm 2 km đường'],
      ['b', 'Lê Thị Ngọc Trâm', '1986', '', 'Giáo viên', 'Lớp tình thương'],
    ];
    expect((await read(head, body)).rows.map((r) => r[0])).toEqual(['Nguyễn Văn Hòa', 'Lê Thị Ngọc Trâm']);
  });

  it('a one-row header over a text first row: read as before', async () => {
    const head = [['STT', NAME, 'Năm sinh', 'Chức vụ, đơn vị công tác', 'Tóm tắt thành tích']];
    const body: Row[] = [
      ['Tập thể', 'Chi bộ Thôn Bình Minh', '', 'Chi bộ', 'Trong sạch, vững mạnh'],
      ['Cá nhân', 'Nguyễn Văn Hòa', 1970, 'Bí thư', 'Làm 2 km đường'],
    ];
    expect((await read(head, body)).rows.map((r) => r[0])).toEqual(['Chi bộ Thôn Bình Minh', 'Nguyễn Văn Hòa']);
  });

  it('the two header rows repeated on a later printed page are no rows', async () => {
    const body = [...BODY.slice(0, 5), UPPER, LOWER, ...BODY.slice(5)];
    expect((await read([UPPER, LOWER], body)).rows).toEqual(READ);
  });
});
