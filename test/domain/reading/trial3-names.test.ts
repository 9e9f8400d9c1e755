/**
 * Trial 3: religious dignitaries' titles before a name ("Hòa thượng", "Thượng tọa", "Sư cả", "Achar", "Mục sư",
 * "Linh mục", "ĐĐ.", "Lm.", "Người có uy tín") go to the position, so that the commune's row and the Front's row of
 * one person match; "Tập thể" written before a body's name is no part of it. Near misses keep their words.
 */
import type { Row } from '../../fixtures/workbooks';
import { checkBooks } from '../../fixtures/trial2-fixgroups-shapes';
import { readNameCell } from '../../../src/domain/reading/name-cell';

describe('a religious title before a name', () => {
  it.each<[string, string, string]>([
    ['Hòa thượng Thích Huệ Minh', 'Thích Huệ Minh', 'Hòa thượng'],
    ['Thượng tọa Thích Thiện Tâm', 'Thích Thiện Tâm', 'Thượng tọa'],
    ['Đại đức Thích Minh Tâm', 'Thích Minh Tâm', 'Đại đức'],
    ['ĐĐ. Thích Minh Tâm', 'Thích Minh Tâm', 'ĐĐ.'],
    ['Sư cả Danh Sóc', 'Danh Sóc', 'Sư cả'],
    ['Achar Thạch Sang', 'Thạch Sang', 'Achar'],
    ['Mục sư Huỳnh Văn Lành', 'Huỳnh Văn Lành', 'Mục sư'],
    ['Linh mục Giuse Nguyễn Văn Thành', 'Giuse Nguyễn Văn Thành', 'Linh mục'],
    ['Lm. Giuse Nguyễn Văn Thành', 'Giuse Nguyễn Văn Thành', 'Lm.'],
    ['Ni sư Thích Nữ Diệu Hạnh', 'Thích Nữ Diệu Hạnh', 'Ni sư'],
    ['Người có uy tín Thạch Thị Sa Vane', 'Thạch Thị Sa Vane', 'Người có uy tín'],
  ])('«%s» is «%s», %s', (cell, name, position) => {
    expect(readNameCell([cell], 'individual')).toEqual({ name, position });
  });

  it('near misses: names that begin with such words stay whole', () => {
    for (const name of ['Linh Văn Mục', 'Sư Thị Cả', 'Người Văn Uy']) expect(readNameCell([name], 'individual').name).toBe(name);
  });

  it("the commune's row and the Front's row of one dignitary are one exemplar", async () => {
    const rows: Row[] = [
      ['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh', 'Chức vụ, đơn vị công tác'],
      [1, 'Đảng ủy xã An Bình', 'Hòa thượng Thích Huệ Minh', 1950, 'Trụ trì chùa Phước Long, ấp 2, xã An Bình'],
      [2, 'Ủy ban MTTQ Việt Nam huyện', 'Thích Huệ Minh', 1950, 'Trụ trì chùa Phước Long, ấp 2, xã An Bình'],
    ];
    const units: Row[] = [['STT', 'Tên đơn vị'], [1, 'Đảng ủy xã An Bình'], [2, 'Ủy ban MTTQ Việt Nam huyện']];
    const { report } = await checkBooks([{ fileName: 'tong-hop.xlsx', sheets: [{ name: 'Đơn vị', rows: units }, { name: 'Đăng ký', rows }] }]);
    const dup = report.findings.filter((f) => f.code === 'DUPLICATE');
    expect(dup.map((f) => [f.confidence, f.rows?.map((r) => r.row)])).toEqual([['certain', [2, 3]]]);
  });
});

describe('"Tập thể" before a body\'s name', () => {
  it.each<[string, string]>([
    ['Tập thể Hội Nông dân xã An Bình', 'Hội Nông dân xã An Bình'],
    ['TẬP THỂ ĐOÀN THANH NIÊN XÃ AN BÌNH', 'ĐOÀN THANH NIÊN XÃ AN BÌNH'],
    ['Tập thể lớp 5A Trường Tiểu học An Bình', 'Lớp 5A Trường Tiểu học An Bình'],
    ['Tập thể: Chi bộ ấp 3', 'Chi bộ ấp 3'],
  ])('«%s» is «%s»', (cell, name) => {
    expect(readNameCell([cell], 'collective').name).toBe(name);
    expect(readNameCell([cell], undefined).name).toBe(name);
  });

  it('near misses: a collective named "Tập thể …" of people, and a person, keep their words', () => {
    expect(readNameCell(['Tập thể cán bộ, giáo viên Trường THCS An Bình'], 'collective').name).toBe('Tập thể cán bộ, giáo viên Trường THCS An Bình');
    expect(readNameCell(['Tập Thể Văn Hội'], 'individual').name).toBe('Tập Thể Văn Hội');
  });

  it('is one exemplar with the same body written without it by another unit', async () => {
    const rows: Row[] = [
      ['STT', 'Đơn vị đề xuất', 'Tên tập thể, cá nhân'],
      [1, 'Đảng ủy xã An Bình', 'Tập thể Hội Nông dân xã An Bình'],
      [2, 'Hội Nông dân huyện', 'Hội Nông dân xã An Bình'],
    ];
    const units: Row[] = [['STT', 'Tên đơn vị'], [1, 'Đảng ủy xã An Bình'], [2, 'Hội Nông dân huyện']];
    const { read, report } = await checkBooks([{ fileName: 'tong-hop.xlsx', sheets: [{ name: 'Đơn vị', rows: units }, { name: 'Đăng ký', rows }] }]);
    expect(read.registrations.map((r) => [r.name, r.kind])).toEqual([
      ['Hội Nông dân xã An Bình', 'collective'],
      ['Hội Nông dân xã An Bình', 'collective'],
    ]);
    expect(report.findings.filter((f) => f.code === 'DUPLICATE').map((f) => f.confidence)).toEqual(['certain']);
  });
});

describe("a person's name with a second line that is no part of it (trial 4)", () => {
  it.each<[string[], string, string]>([
    [['Lê Thị Hoa', 'Hưu trí'], 'Lê Thị Hoa', 'Hưu trí'],
    [['Hồ Văn Một', 'Lão nông'], 'Hồ Văn Một', 'Lão nông'],
    [['Đặng Văn Chín', 'Chủ trang trại'], 'Đặng Văn Chín', 'Chủ trang trại'],
    [['Ngô Thị Hai', 'Mẹ Việt Nam anh hùng'], 'Ngô Thị Hai', 'Mẹ Việt Nam anh hùng'],
    [['Đỗ Văn Năm', 'Ấp Bình Hòa'], 'Đỗ Văn Năm', 'Ấp Bình Hòa'],
  ])('%j: the first line is the name, the second the position', (lines, name, position) => {
    expect(readNameCell(lines, 'individual')).toEqual({ name, position });
  });

  it.each<[string[], string]>([
    [['Trần Thị Thu', 'Hà'], 'Trần Thị Thu Hà'],
    [['Nguyễn Văn', 'An Bình'], 'Nguyễn Văn An Bình'],
    [['Hội Nông dân', 'xã Tân Lập'], 'Hội Nông dân xã Tân Lập'],
    [['Trần Thị Thu', 'Hà, giáo viên'], 'Trần Thị Thu Hà'],
  ])('near miss %j: one name over two lines', (lines, name) => {
    expect(readNameCell(lines, undefined).name).toBe(name);
  });
});
