/**
 * Trial 16 (b #5): a title the reader knew only in part stayed in the name ("Bác sĩ CKII Phạm Văn Giàu" → «CKII Phạm
 * Văn Giàu»): a degree, a specialist level or a field after a rank ("Bác sĩ chuyên khoa II", "Kỹ sư nông nghiệp", "Cử
 * nhân luật") and titles it did not know ("Cử nhân", "Học sinh", "Doanh nhân") go to the position, so that the person
 * sent bare by another unit is matched. Near misses: names after a plain rank (a highland name, "Tôn Nữ …"), bodies.
 */
import type { Row } from '../../fixtures/workbooks';
import { checkBooks } from '../../fixtures/trial2-fixgroups-shapes';
import { readNameCell } from '../../../src/domain/reading/name-cell';

describe('a title with its specialty before a name', () => {
  it.each<[string, string, string]>([
    ['Bác sĩ CKII Phạm Văn Giàu', 'Phạm Văn Giàu', 'Bác sĩ CKII'],
    ['Bác sĩ CKI Lê Thị Hồng', 'Lê Thị Hồng', 'Bác sĩ CKI'],
    ['Bác sĩ chuyên khoa II Hồ Văn Giàu', 'Hồ Văn Giàu', 'Bác sĩ chuyên khoa II'],
    ['Bác sĩ Chuyên khoa I Trần Thị Mai', 'Trần Thị Mai', 'Bác sĩ Chuyên khoa I'],
    ['Kỹ sư nông nghiệp Đinh Văn Lực', 'Đinh Văn Lực', 'Kỹ sư nông nghiệp'],
    ['Thạc sĩ Quản lý giáo dục Nguyễn Văn Tâm', 'Nguyễn Văn Tâm', 'Thạc sĩ Quản lý giáo dục'],
    ['Cử nhân Lý Thị Mai', 'Lý Thị Mai', 'Cử nhân'],
    ['Cử nhân luật Võ Văn Kiên', 'Võ Văn Kiên', 'Cử nhân luật'],
    ['Học sinh Lê Thị Hoa', 'Lê Thị Hoa', 'Học sinh'],
    ['Doanh nhân Trần Văn Kha', 'Trần Văn Kha', 'Doanh nhân'],
    ['BÁC SĨ CKII PHẠM VĂN GIÀU', 'PHẠM VĂN GIÀU', 'BÁC SĨ CKII'],
    ['Bác sĩ CKII Phạm Văn Giàu, Giám đốc Trung tâm Y tế', 'Phạm Văn Giàu', 'Bác sĩ CKII, Giám đốc Trung tâm Y tế'],
  ])('«%s» is «%s», title «%s»', (cell, name, position) => {
    for (const kind of ['individual', undefined] as const) {
      const read = readNameCell([cell], kind);
      expect([read.name, read.position]).toEqual([name, position]);
    }
  });

  it.each<[string, string, string | undefined]>([
    ['Bác sĩ Tôn Nữ Thị Hà', 'Tôn Nữ Thị Hà', 'Bác sĩ'],
    ['Đại úy Y Bhin Niê', 'Y Bhin Niê', 'Đại úy'],
    ['Thượng tá Ksor H’Ngơm', 'Ksor H’Ngơm', 'Thượng tá'],
    ['Bác sĩ Trần Thị Bé Ba', 'Trần Thị Bé Ba', 'Bác sĩ'],
    ['Thạc sĩ Trần Văn Bình', 'Trần Văn Bình', 'Thạc sĩ'],
    ['Lê Văn Nhân', 'Lê Văn Nhân', undefined],
  ])('near miss: «%s» stays «%s» (title %s)', (cell, name, position) => {
    const read = readNameCell([cell], 'individual');
    expect([read.name, read.position]).toEqual([name, position]);
  });

  it('near miss: a collective «Khoa Nội» stays whole', () => {
    expect(readNameCell(['Khoa Nội'], 'collective')).toEqual({ name: 'Khoa Nội' });
    expect(readNameCell(['Khoa Nội'], undefined)).toEqual({ name: 'Khoa Nội' });
  });

  it('in a list: the titled person and the bare one sent by another unit are one exemplar (DUPLICATE)', async () => {
    const rows: Row[] = [
      ['STT', 'Đơn vị', 'Đối tượng', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Chức vụ, đơn vị công tác'],
      [1, 'Chi bộ Trung tâm Y tế huyện', 'Cá nhân', 'Bác sĩ CKII Phạm Văn Giàu', 1970, 'Nam', 'Giám đốc Trung tâm Y tế huyện'],
      [2, 'Chi bộ Trung tâm Y tế huyện', 'Cá nhân', 'Kỹ sư nông nghiệp Đinh Văn Lực', 1979, 'Nam', 'Cán bộ khuyến nông'],
      [3, 'Đảng bộ xã Đông Hòa', 'Cá nhân', 'Phạm Văn Giàu', 1970, 'Nam', 'Giám đốc Trung tâm Y tế huyện'],
      [4, 'Đảng bộ xã Đông Hòa', 'Cá nhân', 'Lê Văn Hai', 1970, 'Nam', 'Trưởng ấp'],
    ];
    const { read, report } = await checkBooks([
      { fileName: 'don-vi.xlsx', sheets: [{ name: 'Đơn vị', rows: [['STT', 'Tên đơn vị'], [1, 'Chi bộ Trung tâm Y tế huyện'], [2, 'Đảng bộ xã Đông Hòa']] }] },
      { fileName: 'ds.xlsx', sheets: [{ name: 'Đăng ký', rows }] },
    ]);
    expect(read.registrations.map((r) => r.name)).toEqual(['Phạm Văn Giàu', 'Đinh Văn Lực', 'Phạm Văn Giàu', 'Lê Văn Hai']);
    expect(report.findings.filter((f) => f.code === 'DUPLICATE').map((f) => f.message)).toEqual([expect.stringContaining('Phạm Văn Giàu')]);
  });
});
