/**
 * Lists of those already commended are no registrations: a unit's record of its year-end commendations (R7: «DANH
 * SÁCH … ĐƯỢC BIỂU DƯƠNG, KHEN THƯỞNG NĂM 2021»), a decision's attached list, a ceremony's list (this tool's own, left
 * in the folder, with its left-off sheet and quota table). They are skipped with a word, never counted. A list that
 * proposes or registers is read, and so is a units list that tracks its counts.
 */
import type { Row } from '../../fixtures/workbooks';
import { checkBooks, person } from '../../fixtures/trial2-fixgroups-shapes';

const UNITS: Row[] = [
  ['STT', 'Tên đơn vị', 'Loại đơn vị'],
  [1, 'Đảng bộ xã An Bình', 'Đảng bộ xã'],
];
const HEADER: Row = ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'];
const LETTERHEAD: Row[] = [['ĐẢNG BỘ HUYỆN AN PHÚ'], ['ĐẢNG ỦY XÃ AN BÌNH'], []];

async function readTitled(title: Row[], extra: { name: string; rows: Row[] }[] = []) {
  const { read, report } = await checkBooks([
    { fileName: 'don-vi.xlsx', sheets: [{ name: 'Đơn vị', rows: UNITS }] },
    {
      fileName: 'an-binh.xlsx',
      sheets: [{ name: 'Đăng ký', rows: [...LETTERHEAD, ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], [], HEADER, person(1, 'Nguyễn Văn Hùng')] }],
    },
    { fileName: 'an-binh-2.xlsx', sheets: [{ name: 'Năm 2021', rows: [...LETTERHEAD, ...title, [], HEADER, person(1, 'Trần Văn Tư', 1962)] }, ...extra] },
  ]);
  const names = read.registrations.map((r) => r.name).sort();
  const skipped = report.findings.filter((f) => f.code === 'SHEET_SKIPPED').map((f) => f.sheet);
  return { names, skipped, units: read.units.map((u) => u.name) };
}

describe('a list of those already commended', () => {
  it.each<[string, Row[]]>([
    ['a year-end record', [['DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN ĐƯỢC BIỂU DƯƠNG, KHEN THƯỞNG NĂM 2021']]],
    ['a title on two lines', [['DANH SÁCH'], ['các tập thể, cá nhân được khen thưởng năm 2022']]],
    ['a decision\'s list', [['DANH SÁCH'], ['Điển hình tiên tiến được tuyên dương năm 2022'], ['(Kèm theo Quyết định số 15-QĐ/ĐU ngày 20/12/2022)']]],
    ['a ceremony\'s list', [['DANH SÁCH'], ['các tập thể, cá nhân điển hình tiên tiến giai đoạn 2021 – 2023, được biểu dương, khen thưởng nhân dịp kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí Minh']]],
  ])('%s is skipped, with a word, and not counted', async (_, title) => {
    const { names, skipped } = await readTitled(title);
    expect(names).toEqual(['Nguyễn Văn Hùng']);
    expect(skipped).toEqual(['Năm 2021']);
  });

  it.each<[string, Row[]]>([
    ['a proposal', [['DANH SÁCH ĐỀ NGHỊ BIỂU DƯƠNG, KHEN THƯỞNG ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN 2021 - 2025']]],
    ['a proposal to be commended', [['DANH SÁCH'], ['điển hình tiên tiến đề nghị được biểu dương, khen thưởng năm 2025']]],
    ['a registration naming its past awards', [['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN (đã được khen thưởng năm 2021)']]],
    ['a plain list', [['DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN 2021 - 2023']]],
  ])('near miss: %s is read', async (_, title) => {
    const { names, skipped } = await readTitled(title);
    expect(names).toEqual(['Nguyễn Văn Hùng', 'Trần Văn Tư']);
    expect(skipped).toEqual([]);
  });

  it("a compiled result's left-off sheet and quota table are skipped with it; alone, a tracking units list is read", async () => {
    const leftOff = { name: 'Không đưa vào danh sách', rows: [['Tệp', 'Trang', 'Dòng', 'Đơn vị đề xuất', 'Tên tập thể / Họ và tên', 'Lý do không đưa vào danh sách'], ['x.xlsx', 'DS', 9, 'Đảng bộ xã An Bình', 'Võ Thị Sáu', 'Đăng ký bổ sung ở giai đoạn 2']] };
    const quota = { name: 'Chỉ tiêu đăng ký', rows: [['STT', 'Đơn vị', 'Loại đơn vị', 'Chỉ tiêu tối thiểu', 'Đã đăng ký (hợp lệ, giai đoạn 1)', 'Kết quả'], [1, 'Đảng ủy xã Tân Lập', 'Đảng bộ xã', 2, 0, 'Thiếu 2']] };
    const compiled = await readTitled([['DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN ĐƯỢC BIỂU DƯƠNG, KHEN THƯỞNG NĂM 2021']], [leftOff, quota]);
    expect(compiled.names).toEqual(['Nguyễn Văn Hùng']);
    expect(compiled.skipped.sort()).toEqual(['Chỉ tiêu đăng ký', 'Không đưa vào danh sách', 'Năm 2021']);
    expect(compiled.units).toEqual(['Đảng bộ xã An Bình']);

    const tracking = await readTitled([['DANH SÁCH ĐĂNG KÝ']], [quota]);
    expect(tracking.units).toContain('Đảng ủy xã Tân Lập');
  });
});
