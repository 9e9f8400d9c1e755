/**
 * Trial 16 (b #9, and a minor one): a post or a rank set off from the name by a dash or a comma («Phó Chủ tịch UBND xã -
 * Trần Thị Dung», «Giáo viên, Lê Thị Bảy») is the person's position, as it is with no dash between, not a second
 * subject; two posts of one person before the name likewise; «Mẹ Nguyễn Thị Thứ» is Nguyễn Thị Thứ. Near misses: a
 * person's name then the post, a post alone, two people after the post (still NOT_SINGLE_SUBJECT).
 */
import type { Row } from '../../fixtures/workbooks';
import { checkBooks } from '../../fixtures/trial2-fixgroups-shapes';
import { readNameCell } from '../../../src/domain/reading/name-cell';

describe('a post set off before the name', () => {
  it.each<[string, string, string]>([
    ['Phó Chủ tịch UBND xã - Trần Thị Dung', 'Trần Thị Dung', 'Phó Chủ tịch UBND xã'],
    ['Bí thư Chi bộ ấp Đông – Lê Văn Cường', 'Lê Văn Cường', 'Bí thư Chi bộ ấp Đông'],
    ['Chủ tịch Hội Nông dân xã, Nguyễn Văn Ánh', 'Nguyễn Văn Ánh', 'Chủ tịch Hội Nông dân xã'],
    ['Giáo viên - Lê Thị Bảy', 'Lê Thị Bảy', 'Giáo viên'],
    ['Trưởng ấp - Nguyễn Văn An (Nam, 1970)', 'Nguyễn Văn An', 'Trưởng ấp'],
    ['Bí thư, Chủ tịch UBND xã Nguyễn Văn An', 'Nguyễn Văn An', 'Bí thư, Chủ tịch UBND xã'],
    ['Phó Bí thư - Trưởng ấp Lê Văn Tư', 'Lê Văn Tư', 'Phó Bí thư, Trưởng ấp'],
    ['Mẹ Nguyễn Thị Thứ', 'Nguyễn Thị Thứ', 'Mẹ'],
  ])('«%s» is «%s», position «%s»', (cell, name, position) => {
    for (const kind of ['individual', undefined] as const) {
      const read = readNameCell([cell], kind);
      expect([read.name, read.position]).toEqual([name, position]);
    }
  });

  it.each<[string, string, string | undefined]>([
    ['Trần Thị Dung - Phó Chủ tịch UBND xã', 'Trần Thị Dung', 'Phó Chủ tịch UBND xã'],
    ['Trưởng ấp Nguyễn Văn An', 'Nguyễn Văn An', 'Trưởng ấp'],
    ['Hội viên, Nông dân', 'Hội viên, Nông dân', undefined],
  ])('near miss: «%s» stays «%s» (position %s)', (cell, name, position) => {
    const read = readNameCell([cell], 'individual');
    expect([read.name, read.position]).toEqual([name, position]);
  });

  it('in a list: one person with the post, while two people after a post are still two', async () => {
    const rows: Row[] = [
      ['STT', 'Đơn vị', 'Đối tượng', 'Họ và tên', 'Năm sinh'],
      [1, 'Đảng bộ xã An Bình', 'Cá nhân', 'Phó Chủ tịch UBND xã - Trần Thị Dung', 1973],
      [2, 'Đảng bộ xã An Bình', 'Cá nhân', 'Bí thư Chi bộ ấp Đông: Lê Văn Cường', 1972],
      [3, 'Đảng bộ xã An Bình', 'Cá nhân', 'Bác sĩ - Nguyễn Văn Tư và Lê Thị Năm', ''],
    ];
    const { read, report } = await checkBooks([
      { fileName: 'don-vi.xlsx', sheets: [{ name: 'Đơn vị', rows: [['STT', 'Tên đơn vị'], [1, 'Đảng bộ xã An Bình']] }] },
      { fileName: 'ds.xlsx', sheets: [{ name: 'Đăng ký', rows }] },
    ]);
    expect(read.registrations.slice(0, 2).map((r) => [r.name, r.position])).toEqual([
      ['Trần Thị Dung', 'Phó Chủ tịch UBND xã'],
      ['Lê Văn Cường', 'Bí thư Chi bộ ấp Đông:'],
    ]);
    const found = report.findings.filter((f) => f.code === 'NOT_SINGLE_SUBJECT');
    expect(found.map((f) => f.row)).toEqual([4]);
    expect(found[0]?.message).toContain('«Nguyễn Văn Tư», «Lê Thị Năm»');
  });
});
