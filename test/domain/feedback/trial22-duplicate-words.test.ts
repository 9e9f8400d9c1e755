/**
 * Trial 22a #7, trial 22b #6 and #9 (the words only): the phiếu góp ý tells a unit what it can do about a duplicate
 * (it cannot mark «Không trùng» in the tool), a duplicate inside one unit asks no «đơn vị cùng đề xuất», a phase-1
 * exemplar repeated in the unit's «bổ sung» list is said so, and two lists of one unit both counted are said as such.
 */
import { finding, Finding } from '../../../src/domain/findings/finding';
import { DUPLICATE_ASK } from '../../../src/domain/findings/messages';
import { feedbackSheet } from '../../../src/domain/feedback/feedback-sheet';
import { defaultProfile } from '../../../src/domain/profile';
import type { Registration } from '../../../src/domain/records';
import { duplicatesRule } from '../../../src/domain/rules/duplicate';
import { AFTER, ctx } from '../rules/helpers';
import { collective, person, UNITS } from '../duplicates/factory';

const duplicates = (registrations: Registration[]) => duplicatesRule(ctx({ units: UNITS, registrations }));

/** The phiếu's «Nội dung chưa đúng» and «Đề nghị» for each finding. */
function phieu(findings: Finding[]): { said: string; advice: string }[] {
  const sheet = feedbackSheet(defaultProfile(), AFTER, 'Đảng bộ xã An Bình', findings);
  const cell = (row: number, col: number) => String(sheet.cells.find((c) => c.row === row && c.col === col)?.value ?? '');
  return findings.map((_, i) => ({ said: cell(10 + i, 3), advice: cell(10 + i, 4) }));
}

const feb = (d: number) => ({ y: 2023, m: 2, d });
const hoa = (o: Parameters<typeof person>[2] = {}) => person('Nguyễn Văn Hòa', 1970, { position: 'Bí thư Chi bộ thôn Bình Minh, xã An Bình', ...o });

describe('a duplicate inside one unit', () => {
  it.each([
    ['a person twice in one list', () => [hoa({ row: 7 }), hoa({ row: 9 })]],
    ['a collective twice in one list', () => [collective('Chi bộ thôn Bình Minh, xã An Bình', { row: 7 }), collective('Chi bộ Thôn Bình Minh xã An Bình', { row: 9 })]],
    ['a probable pair in one list', () => [person('Nguyễn Thị Thúy Hằng', 1984, { position: 'Chủ tịch Hội Phụ nữ xã An Bình', row: 7 }), person('Nguyễn Thị Thúy Hằg', 1984, { position: 'Chủ tịch Hội Phụ nữ xã An Bình', row: 9 })]],
  ])('%s: the phiếu asks no other unit, and tells the unit what it can do', (_, rows) => {
    const found = duplicates(rows());
    expect(found).toHaveLength(1);
    const [p] = phieu(found);
    expect(p?.advice).not.toContain('đơn vị cùng đề xuất');
    expect(p?.advice).toContain('Xóa dòng ghi lặp');
    expect(`${p?.said} ${p?.advice}`).not.toContain('đánh dấu «Không trùng»');
  });

  it('a probable pair: the check still tells the district to mark «Không trùng», the phiếu tells the unit to say so', () => {
    const [f] = duplicates([person('Nguyễn Thị Thúy Hằng', 1984, { unitId: 'X01', position: 'Chủ tịch Hội Phụ nữ xã An Bình' }), person('Nguyễn Thị Thúy Hằg', 1984, { unitId: 'PN', position: 'Chủ tịch Hội Phụ nữ xã An Bình' })]);
    expect(f?.confidence).toBe('probable');
    expect(f?.message).toContain('đánh dấu «Không trùng»');
    const [p] = phieu([f as Finding]);
    expect(p?.said).not.toContain('đánh dấu «Không trùng»');
    expect(p?.said).toContain('hãy báo Ban');
    // Near miss: two units' rows still ask the units to agree.
    expect(p?.advice).toContain('thống nhất với đơn vị cùng đề xuất');
  });

  it('the quota line of the phiếu tells the unit what it can do, not to mark «Không trùng»', () => {
    const q = finding('QUOTA_SHORT', { file: 'a.xlsx', unit: 'Đảng bộ xã An Bình' }, `Đăng ký 1/2. Không tính: 1 dòng có thể ghi lại điển hình đã tính (xem cảnh báo trùng lặp${DUPLICATE_ASK.quota}).`);
    const [p] = phieu([q]);
    expect(p?.said).not.toContain('Không trùng');
    expect(p?.said).toContain('hãy báo Ban');
  });
});

describe('one unit\'s rows in two of its lists', () => {
  it.each([
    ['a person', (o: object) => hoa(o)],
    ['a collective', (o: object) => collective('Chi bộ thôn Bình Minh, xã An Bình', o)],
  ])('%s of the phase-1 list repeated in the «bổ sung» list: already registered, the bổ sung list is for new exemplars', (_, make) => {
    const found = duplicates([make({ file: 'an-binh.xlsx', row: 8, date: feb(20) }), make({ file: 'an-binh-bo-sung.xlsx', row: 8, phase: 2, date: { y: 2024, m: 3, d: 15 } })]);
    expect(found).toHaveLength(1);
    const m = found[0]?.message ?? '';
    expect(m).toContain('đã đăng ký ở giai đoạn 1 (tệp an-binh.xlsx, ngày 20/02/2023)');
    expect(m).toContain('danh sách bổ sung dành cho điển hình mới');
    expect(m).not.toContain('đề xuất 2 lần');
    const [p] = phieu(found);
    expect(p?.advice).toContain('danh sách bổ sung dành cho điển hình mới');
    expect(p?.advice).not.toContain('đơn vị cùng đề xuất');
  });

  it.each([
    ['a person', (o: object) => hoa(o)],
    ['a collective', (o: object) => collective('Chi bộ thôn Bình Minh, xã An Bình', o)],
  ])('%s in two lists of one phase, both counted: the unit sent two lists; does the later replace the first?', (_, make) => {
    const found = duplicates([make({ file: 'ab-gui-lai.xlsx', row: 8, date: feb(24) }), make({ file: 'an-binh.xlsx', row: 8, date: feb(20) })]);
    expect(found).toHaveLength(1);
    const m = found[0]?.message ?? '';
    expect(m).toContain('gửi 2 danh sách (tệp an-binh.xlsx, ngày 20/02/2023; tệp ab-gui-lai.xlsx, ngày 24/02/2023)');
    expect(m).toContain('cả hai danh sách đều được tính');
    expect(m).toContain('thay cho danh sách gửi trước');
    expect(m).not.toContain('đề xuất 2 lần');
    expect(m).not.toContain('Mỗi điển hình chỉ ghi một dòng');
    const [p] = phieu(found);
    expect(p?.advice).toContain('thay cho danh sách gửi trước');
    expect(p?.advice).not.toContain('đơn vị cùng đề xuất');
  });

  it('near miss: two units, each in its own file, are two proposers, not two lists', () => {
    const found = duplicates([hoa({ file: 'an-binh.xlsx', unitId: 'X01' }), hoa({ file: 'nong-dan.xlsx', unitId: 'ND' })]);
    const m = found[0]?.message ?? '';
    expect(m).toContain('đề xuất bởi');
    expect(m).not.toContain('danh sách đều được tính');
  });

  it('near miss: one list with the person twice keeps its words', () => {
    const m = duplicates([hoa({ file: 'an-binh.xlsx', row: 7 }), hoa({ file: 'an-binh.xlsx', row: 9 })])[0]?.message ?? '';
    expect(m).toContain('cùng do Đảng bộ xã An Bình đề xuất 2 lần');
    expect(m).toContain('Mỗi điển hình chỉ ghi một dòng');
  });
});
