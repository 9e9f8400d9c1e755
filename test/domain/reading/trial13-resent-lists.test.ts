/**
 * Trial 13, class 11: a unit re-sends its whole (cumulative) list in 2024 or 2025. The list's date alone would make
 * every row an addition of phase 2; rows registered by the first ceremony's day (their «Ngày đăng ký») and rows above
 * an in-table group row «Bổ sung năm 2024» stay in phase 1. Near misses: a list dated 2025 whose rows give no date of
 * their own, rows dated after the ceremony, and a list titled as an addition («ĐĂNG KÝ BỔ SUNG»), which says its phase.
 */
import type { Row } from '../../fixtures/workbooks';
import { checkBooks, oneSheet, unitsBook, wordList } from '../../fixtures/trial2-fixgroups-shapes';

const D = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const LETTERHEAD: Row[] = [['ĐẢNG BỘ HUYỆN PHÚ TÂN'], ['ĐẢNG ỦY XÃ PHÚ HỮU'], []];
const dated = (text: string): Row[] => [[], [null, null, null, text]];

const phasesOf = async (books: Parameters<typeof checkBooks>[0]) =>
  Object.fromEntries((await checkBooks([unitsBook(), ...books])).read.registrations.map((r) => [r.name, r.phase]));

const withDates = (title: string, dates: Row[number][], dateLine = 'Phú Hữu, ngày 10 tháng 01 năm 2025'): Row[] => [
  ...LETTERHEAD,
  [title],
  [],
  ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Ngày đăng ký'],
  ...dates.map((d, i): Row => [i + 1, ['Nguyễn Văn An', 'Trần Thị Bé', 'Lê Văn Cường', 'Phạm Thị Dung'][i], 1970 + i, 'Nông dân', d]),
  ...dated(dateLine),
];

describe('a cumulative list sent again later', () => {
  it.each<[string, Row[number][]]>([
    ['dates as dates', [D(2023, 2, 20), D(2023, 2, 20), D(2024, 3, 15), D(2025, 1, 10)]],
    ['dates as text', ['20/02/2023', '15/02/2022', '15/03/2024', '10/01/2025']],
    ['a row registered on the ceremony day', ['19/05/2023', '20/02/2023', '15/03/2024', '10/01/2025']],
  ])('rows registered by the first ceremony stay in phase 1 (%s)', async (_, dates) => {
    expect(Object.values(await phasesOf([oneSheet('phu-huu.xlsx', withDates('DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN', dates))]))).toEqual([1, 1, 2, 2]);
  });

  it('the same with a 2024 date line', async () => {
    const rows = withDates('DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN', [D(2023, 2, 20), D(2023, 2, 20), D(2024, 3, 15), D(2024, 3, 15)], 'Phú Hữu, ngày 30 tháng 6 năm 2024');
    expect(Object.values(await phasesOf([oneSheet('phu-huu.xlsx', rows)]))).toEqual([1, 1, 2, 2]);
  });

  it('near miss: rows registered after the first ceremony stay phase 2', async () => {
    const rows = withDates('DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN', [D(2023, 8, 20), D(2024, 2, 20), '', '']);
    expect(Object.values(await phasesOf([oneSheet('phu-huu.xlsx', rows)]))).toEqual([2, 2, 2, 2]);
  });

  it('near miss: a list titled as an addition keeps its phase whatever its rows\' dates', async () => {
    const rows = withDates('DANH SÁCH ĐĂNG KÝ BỔ SUNG ĐIỂN HÌNH TIÊN TIẾN', [D(2023, 2, 20), D(2023, 2, 20), D(2024, 3, 15), D(2025, 1, 10)]);
    expect(Object.values(await phasesOf([oneSheet('phu-huu.xlsx', rows)]))).toEqual([2, 2, 2, 2]);
  });

  it('near miss: a real phase-1 list dated 2023', async () => {
    const rows = withDates('DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN', ['', '', '', ''], 'Phú Hữu, ngày 20 tháng 02 năm 2023');
    expect(Object.values(await phasesOf([oneSheet('phu-huu.xlsx', rows)]))).toEqual([1, 1, 1, 1]);
  });
});

describe('a cumulative list with its additions under a group row', () => {
  const H: Row = ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ, đơn vị công tác', 'Tóm tắt thành tích'];
  const body = (group: string): Row[] => [
    H,
    ['1', 'Lưu Văn Nghĩa', '1966', 'Nông dân giỏi', 'Lúa cá'],
    ['2', 'Trần Văn Rạng', '1970', 'Chi hội trưởng', 'Vận động'],
    ['', group, '', '', ''],
    ['3', 'Nguyễn Thị Sáu', '1982', 'Hội viên', 'Nuôi bò'],
  ];

  it.each(['Bổ sung năm 2024', 'II. ĐĂNG KÝ BỔ SUNG NĂM 2024'])('a Word list of 2025, group row «%s»', async (group) => {
    const doc = await wordList('hlhpn.docx', ['HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM', 'BCH HỘI LHPN HUYỆN PHÚ TÂN', 'DANH SÁCH', 'điển hình tiên tiến giai đoạn 2021 - 2025'], body(group), [
      'Phú Tân, ngày 05 tháng 01 năm 2025',
      'TM. BAN THƯỜNG VỤ',
    ]);
    expect(await phasesOf([doc])).toEqual({ 'Lưu Văn Nghĩa': 1, 'Trần Văn Rạng': 1, 'Nguyễn Thị Sáu': 2 });
  });

  it('a sheet of 2025 with the group row', async () => {
    const rows: Row[] = [...LETTERHEAD, ['DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN 2021 - 2025'], [], ...body('Bổ sung năm 2024'), ...dated('Phú Hữu, ngày 10 tháng 01 năm 2025')];
    expect(await phasesOf([oneSheet('phu-huu.xlsx', rows)])).toEqual({ 'Lưu Văn Nghĩa': 1, 'Trần Văn Rạng': 1, 'Nguyễn Thị Sáu': 2 });
  });

  it('rows under a group row naming no phase, above the additions\' group, stay in phase 1', async () => {
    const rows: Row[] = [
      ...LETTERHEAD,
      ['DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN 2021 - 2025'],
      [],
      H,
      ['I', 'ĐIỂN HÌNH ĐÃ ĐĂNG KÝ', '', '', ''],
      ...body('II. ĐĂNG KÝ BỔ SUNG NĂM 2024').slice(1),
      ...dated('Phú Hữu, ngày 10 tháng 01 năm 2025'),
    ];
    expect(await phasesOf([oneSheet('phu-huu.xlsx', rows)])).toEqual({ 'Lưu Văn Nghĩa': 1, 'Trần Văn Rạng': 1, 'Nguyễn Thị Sáu': 2 });
  });

  it('near miss: a 2025 list without group rows or dates stays phase 2', async () => {
    const rows: Row[] = [...LETTERHEAD, ['DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN'], [], ...body('').filter((r) => r[0] !== ''), ...dated('Phú Hữu, ngày 10 tháng 01 năm 2025')];
    expect(Object.values(await phasesOf([oneSheet('phu-huu.xlsx', rows)]))).toEqual([2, 2, 2]);
  });
});
