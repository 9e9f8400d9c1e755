/**
 * Trial 18a #14: a one-word personal name that is also a noun — «Sóc» (a Khmer given name, and a Khmer hamlet),
 * «Hội», «Đội», «Khoa» — under "II. CÁ NHÂN" (or kind «Cá nhân») with a birth year or a gender is a person: no
 * SUBJECT_KIND_MISMATCH, listed under "II. CÁ NHÂN" with its year. The same without a stated kind, with a year, is a
 * person too. Near misses: «Sóc» under "II. CÁ NHÂN" with neither year nor gender, «Hội Nông dân» and «Sóc Trà Tim»
 * under "I. TẬP THỂ", «Sóc Trà Tim» with a year under "II. CÁ NHÂN" (a hamlet's name, still flagged).
 */
import { groupsOf } from '../../../src/domain/ceremony/consolidate';
import { selectEntries } from '../../../src/domain/ceremony/select-entries';
import { checkBooks, codes, oneSheet, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const HEADER: Row = ['STT', 'Tên tập thể / Họ và tên', 'Năm sinh', 'Giới tính', 'Chức vụ, đơn vị công tác'];
const TITLE: Row[] = [['ĐẢNG BỘ HUYỆN AN PHÚ'], ['ĐẢNG ỦY XÃ AN BÌNH'], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], []];

async function listed(rows: Row[]) {
  const { read, report } = await checkBooks([unitsBook(), oneSheet('dang-uy-xa-an-binh.xlsx', [...TITLE, HEADER, ...rows])]);
  const first = read.profile.ceremonies[0];
  if (!first) throw new Error('no ceremony');
  const s = selectEntries(read, report.findings, groupsOf(report), first);
  return {
    mismatches: codes(report, 'SUBJECT_KIND_MISMATCH').length,
    collectives: s.collectives.map((e) => e.name),
    individuals: s.individuals.map((e) => `${e.name}${e.birthYear ? ` ${e.birthYear}` : ''}`),
  };
}

describe('a one-word name that is also a noun, with a birth year or a gender, is a person', () => {
  it.each<[string, number | null, string | null]>([
    ['Sóc', 1990, 'Nam'],
    ['Sóc', 1990, null],
    ['Sóc', null, 'Nam'],
    ['Hội', 1975, 'Nam'],
    ['Hội', null, 'Nữ'],
    ['Đội', 1980, null],
    ['Khoa', 1985, 'Nam'],
  ])('«%s» (%s, %s) under "II. CÁ NHÂN"', async (name, year, gender) => {
    const got = await listed([['II. CÁ NHÂN'], [1, name, year, gender, 'Nông dân'], [2, 'Thạch Thị Sa Rươne', 1988, 'Nữ', 'Giáo viên']]);
    expect(got.mismatches).toBe(0);
    expect(got.collectives).toEqual([]);
    expect(got.individuals).toEqual([year ? `${name} ${year}` : name, 'Thạch Thị Sa Rươne 1988']);
  });

  it('with a kind column «Cá nhân»', async () => {
    const { read, report } = await checkBooks([
      unitsBook(),
      oneSheet('tong-hop.xlsx', [['STT', 'Đơn vị', 'Đối tượng', 'Họ và tên', 'Năm sinh'], [1, 'Đảng bộ xã An Bình', 'Cá nhân', 'Sóc', 1990]]),
    ]);
    expect(codes(report, 'SUBJECT_KIND_MISMATCH')).toEqual([]);
    expect(read.registrations.map((r) => [r.name, r.kind, r.birthYear])).toEqual([['Sóc', 'individual', 1990]]);
  });

  it('with no kind stated, a year makes it a person', async () => {
    const got = await listed([[1, 'Sóc', 1990, 'Nam', 'Nông dân'], [2, 'Chi bộ ấp 3', null, null, null]]);
    expect(got.individuals).toEqual(['Sóc 1990']);
    expect(got.collectives).toEqual(['Chi bộ ấp 3']);
  });

  it('near misses: no year nor gender, collectives filed as such, a hamlet filed as a person', async () => {
    const got = await listed([
      ['I. TẬP THỂ'],
      [1, 'Hội Nông dân xã An Bình'],
      [2, 'Sóc Trà Tim'],
      ['II. CÁ NHÂN'],
      [1, 'Sóc', null, null, 'Nông dân'],
      [2, 'Sóc Prây Chóp', 1990, 'Nam', null],
    ]);
    expect(got.mismatches).toBe(2);
    expect(got.collectives).toEqual(['Hội Nông dân xã An Bình', 'Sóc Trà Tim', 'Sóc', 'Sóc Prây Chóp']);
  });
});
