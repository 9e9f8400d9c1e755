/**
 * Trial 4 (R9): with no phase written anywhere, the years say it — a sheet named by a year of phase 2 only ("DS
 * 2024", "Năm 2025"), a list dated in such a year, a row registered then. Near misses: the closing year of phase 1
 * (2023) names neither phase, a proposal list dated 2025 keeps its exemplars of phase 1, a phase written wins.
 */
import type { Row } from '../../fixtures/workbooks';
import { checkBooks, oneSheet, person, PERSON_HEADER, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';

const UNITS: Row[] = [['STT', 'Tên đơn vị'], [1, 'Đảng ủy xã An Bình']];
const title: Row[] = [['ĐẢNG ỦY XÃ AN BÌNH'], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN']];

async function phases(sheet: string, rows: Row[]) {
  const { read } = await checkBooks([unitsBook(UNITS), oneSheet('an-binh.xlsx', rows, sheet)]);
  return read.registrations.map((r) => r.phase);
}

describe('a phase the years give', () => {
  it.each(['DS 2024', 'Năm 2025', 'Đề nghị khen 2025', 'Bổ sung 2024'])('a sheet named «%s»: phase 2', async (sheet) => {
    expect(await phases(sheet, [...title, PERSON_HEADER, person(1, 'Kiều Văn Một')])).toEqual([2]);
  });

  it('a list dated in 2024: phase 2', async () => {
    expect(await phases('DS', [...title, PERSON_HEADER, person(1, 'Kiều Văn Một'), [], [undefined, undefined, 'An Bình, ngày 15 tháng 3 năm 2024']])).toEqual([2]);
  });

  it('a row registered in 2024: phase 2; one registered in 2023: phase 1', async () => {
    const rows: Row[] = [...title, ['STT', 'Họ và tên', 'Năm sinh', 'Ngày đăng ký'], [1, 'Kiều Văn Một', 1970, '15/02/2023'], [2, 'Kiều Văn Hai', 1971, '10/04/2024']];
    expect(await phases('DS', rows)).toEqual([1, 2]);
  });

  it.each(['DS 2023', 'DS 2021 - 2023', 'Sheet1'])('near miss: a sheet named «%s» names no phase 2', async (sheet) => {
    expect(await phases(sheet, [...title, PERSON_HEADER, person(1, 'Kiều Văn Một')])).toEqual([1]);
  });

  it('near miss: a proposal list dated 2025 keeps its exemplars of phase 1', async () => {
    const rows: Row[] = [['ĐẢNG ỦY XÃ AN BÌNH'], ['DANH SÁCH ĐỀ NGHỊ BIỂU DƯƠNG, KHEN THƯỞNG ĐIỂN HÌNH TIÊN TIẾN'], [...PERSON_HEADER, 'Hình thức đề nghị'], [1, 'Kiều Văn Một', 1970, 'Hội viên', 'Giấy khen'], [], [undefined, undefined, 'An Bình, ngày 10 tháng 3 năm 2025']];
    expect(await phases('DS', rows)).toEqual([1]);
  });

  it('near miss: a phase the title states wins over a row\'s date', async () => {
    const rows: Row[] = [['ĐẢNG ỦY XÃ AN BÌNH'], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN 1 (2021 - 2023)'], ['STT', 'Họ và tên', 'Năm sinh', 'Ngày đăng ký'], [1, 'Kiều Văn Một', 1970, '05/01/2024']];
    expect(await phases('DS', rows)).toEqual([1]);
  });

  it('near miss: a phase column wins over the year', async () => {
    const rows: Row[] = [...title, ['STT', 'Họ và tên', 'Năm sinh', 'Giai đoạn', 'Ngày đăng ký'], [1, 'Kiều Văn Một', 1970, '1', '10/04/2024']];
    expect(await phases('DS 2024', rows)).toEqual([1]);
  });
});
