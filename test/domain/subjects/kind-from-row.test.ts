/**
 * Trial 9 #04: a name the tool cannot classify by its shape — one word («Păng»), a hyphen («Y-Bhin Êban»), an
 * apostrophe followed by a space («H' Nga Niê») — is a person's when the row gives a birth year or a gender, since a
 * body has neither. Such rows count and are listed instead of being errors. Near misses: without a year or a gender
 * the kind is still asked for; a body's name keeps its kind whatever year stands beside it.
 */
import type { Row } from '../../fixtures/workbooks';
import { checkBooks, codes, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';
import { inferSubjectKind } from '../../../src/domain/subjects/subject-kind';

const UNITS = unitsBook([
  ['STT', 'Tên đơn vị', 'Loại đơn vị'],
  [1, 'Đảng bộ xã Ea Tiêu', 'Đảng bộ xã'],
]);

async function rowsOf(header: Row, rows: Row[]) {
  const { read, report } = await checkBooks([UNITS, { fileName: 'ea-tieu.xlsx', sheets: [{ name: 'Đăng ký', rows: [header, ...rows] }] }]);
  return { read, report, kinds: read.registrations.map((r) => [r.name, r.kind ?? null]) };
}

describe('a name of no known shape', () => {
  it.each(['Y-Bhin Êban', 'Nay Y-Blang', 'Y-BHIN ÊBAN', "H' Nga Niê", 'H’ Nga Niê', 'Ksor H’ Luih'])('«%s» has a person’s shape', (name) => {
    expect(inferSubjectKind(name)).toBe('individual');
  });

  it.each(['Păng', 'Mẩy', 'Văn hóa-thể thao', 'a-b c-d', "H'"])('«%s» alone says no kind', (name) => {
    expect(inferSubjectKind(name)).toBeUndefined();
  });

  it('with a birth year, in its own column or after the name, is a person who counts and is listed', async () => {
    const header: Row = ['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh', 'Chức vụ'];
    const { kinds, report } = await rowsOf(header, [
      [1, 'Đảng bộ xã Ea Tiêu', 'Păng', 1960, 'Người có uy tín buôn Kô Đung'],
      [2, 'Đảng bộ xã Ea Tiêu', 'Mẩy', '1962', 'Già làng'],
      [3, 'Đảng bộ xã Ea Tiêu', 'Hmoa (1964)', '', 'Hội viên'],
    ]);
    expect(kinds).toEqual([
      ['Păng', 'individual'],
      ['Mẩy', 'individual'],
      ['Hmoa', 'individual'],
    ]);
    expect(codes(report, 'MISSING_VALUE', 'QUOTA_SHORT')).toEqual([]);
  });

  it('with only a gender, under «Nam | Nữ» or in a gender column, is a person', async () => {
    const pair = await rowsOf(['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Nam', 'Nữ', 'Chức vụ'], [
      [1, 'Đảng bộ xã Ea Tiêu', 'Păng', 'x', '', 'Già làng'],
      [2, 'Đảng bộ xã Ea Tiêu', 'Mẩy', '', 'x', 'Hội viên'],
    ]);
    expect(pair.kinds).toEqual([
      ['Păng', 'individual'],
      ['Mẩy', 'individual'],
    ]);
    const column = await rowsOf(['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Giới tính', 'Chức vụ'], [[1, 'Đảng bộ xã Ea Tiêu', 'Hmoa', 'Nữ', 'Hội viên']]);
    expect(column.kinds).toEqual([['Hmoa', 'individual']]);
    expect(codes(column.report, 'MISSING_VALUE')).toEqual([]);
  });

  it('near miss: with neither a year nor a gender, the kind is still asked for', async () => {
    const { kinds, report } = await rowsOf(['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh', 'Chức vụ'], [
      [1, 'Đảng bộ xã Ea Tiêu', 'Păng', '', 'Già làng'],
      [2, 'Đảng bộ xã Ea Tiêu', 'Nguyễn Văn Hùng', 1970, 'Hội viên'],
    ]);
    expect(kinds).toEqual([
      ['Păng', null],
      ['Nguyễn Văn Hùng', 'individual'],
    ]);
    expect(codes(report, 'MISSING_VALUE')).toEqual(['MISSING_VALUE']);
  });

  it('near miss: a body’s name stays a body beside a year, and a stated kind wins', async () => {
    const { kinds } = await rowsOf(['STT', 'Đơn vị đề xuất', 'Tên tập thể / Họ và tên', 'Đối tượng', 'Năm sinh'], [
      [1, 'Đảng bộ xã Ea Tiêu', 'Chi bộ buôn Kô Đung', '', 1975],
      [2, 'Đảng bộ xã Ea Tiêu', 'Tổ hòa giải buôn Ea Kmar', '', 1990],
      [3, 'Đảng bộ xã Ea Tiêu', 'Buôn Kô Đung', 'Tập thể', 1960],
    ]);
    expect(kinds).toEqual([
      ['Chi bộ buôn Kô Đung', 'collective'],
      ['Tổ hòa giải buôn Ea Kmar', 'collective'],
      ['Buôn Kô Đung', 'collective'],
    ]);
  });
});
