import type { SubjectKind } from '../../../src/domain/subjects/subject-kind';
import { singleSubject } from '../../../src/domain/rules/single-subject';
import { subjectsIn } from '../../../src/domain/rules/subject-parts';
import { splitHonorific } from '../../../src/domain/text';
import { ctx, reg, unit } from './helpers';

/** The name as the reader stores it: an individual's leading honorific removed. */
function stored(cell: string, kind: SubjectKind): string {
  return kind === 'individual' ? splitHonorific(cell).name : cell;
}

const count = (cell: string, kind: SubjectKind, household = false) => subjectsIn(stored(cell, kind), kind, household).length;

describe('NOT_SINGLE_SUBJECT (R1)', () => {
  const u = unit('Đảng bộ xã An Bình', { code: 'X01' });

  it('fires on a row naming two people, located on the row and naming the unit', () => {
    const r = reg('Nguyễn Văn A, Lê Thị B', u, { kind: 'individual', kindSource: 'column' });
    const findings = singleSubject(ctx({ units: [u], registrations: [r] }));
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'NOT_SINGLE_SUBJECT',
        severity: 'error',
        rule: 'R1',
        sheet: 'Đăng ký',
        row: r.source.row,
        unit: 'Đảng bộ xã An Bình',
        unitCode: 'X01',
      }),
    ]);
    expect(findings[0]?.message).toContain('«Nguyễn Văn A», «Lê Thị B»');
    expect(findings[0]?.message).toContain('01 tập thể hoặc 01 cá nhân');
  });

  it('does not fire on one body whose name holds "và"', () => {
    const r = reg('Phòng Văn hóa và Thông tin huyện', u, { kind: 'collective', kindSource: 'column' });
    expect(singleSubject(ctx({ units: [u], registrations: [r] }))).toEqual([]);
  });

  it.each([
    'Nguyễn Văn A, Lê Thị B',
    'Nguyễn Văn A và Lê Thị B',
    'Ông Nguyễn Văn A và bà Lê Thị B',
    'Nguyễn Văn A; Lê Thị B',
    'Nguyễn Văn A + Lê Thị B',
    'Nguyễn Văn A & Lê Thị B',
    'Nguyễn Văn A - Trần Văn C',
    'Đồng chí Nguyễn Văn A Đồng chí Lê Văn B',
    'Nguyễn Văn A Bà Lê Thị B',
    'Nguyễn Văn Hùng Lê Thị Lan',
    '1. Nguyễn Văn A 2. Lê Thị B',
    'NGUYỄN VĂN A, LÊ THỊ B',
    'Nguyễn Văn A (Bí thư, Chủ tịch), Lê Văn B (Trưởng thôn)',
    'Chị Lê Thị B; anh Trần Văn C',
  ])('individual row %p names two people', (cell) => {
    expect(count(cell, 'individual')).toBe(2);
  });

  it.each([
    'Hội Cựu chiến binh và Hội Nông dân',
    'Chi bộ Thôn 3, Chi bộ Thôn 5',
    'Thôn 3, Thôn 5',
    'Hội Nông dân xã và ông Nguyễn Văn A',
    'Ông Nguyễn Văn A và bà Lê Thị B',
    'Trường THCS An Bình; Trường Tiểu học An Bình',
    'Ủy ban nhân dân và Ủy ban MTTQ xã An Bình',
  ])('collective row %p names two subjects', (cell) => {
    expect(count(cell, 'collective')).toBe(2);
  });

  it('names the people it found without their honorifics', () => {
    expect(subjectsIn('Thầy Nguyễn Văn A và cô Lê Thị B', 'individual', false)).toEqual(['Nguyễn Văn A', 'Lê Thị B']);
  });

  it('names every body of a list of abbreviations', () => {
    expect(subjectsIn('Đảng ủy, HĐND, UBND xã An Bình', 'collective', false)).toEqual(['Đảng ủy', 'HĐND', 'UBND xã An Bình']);
  });

  it('counts households apart only when each piece is a household', () => {
    expect(count('Gia đình ông Nguyễn Văn A, gia đình bà Lê Thị B', 'collective', true)).toBe(2);
    expect(count('Gia đình ông Nguyễn Văn A và bà Lê Thị B', 'collective', true)).toBe(1);
    expect(count('Ông Nguyễn Văn A và bà Lê Thị B', 'collective', true)).toBe(1);
  });

  it.each([
    'Phòng Văn hóa và Thông tin huyện',
    'Phòng Tài nguyên và Môi trường',
    'Phòng Lao động - Thương binh và Xã hội',
    'Phòng Nông nghiệp và Phát triển nông thôn',
    'Trung tâm Văn hóa, Thông tin và Thể thao huyện',
    'Trường Tiểu học và THCS An Bình',
    'Ban Tuyên giáo và Dân vận Huyện ủy',
    'Chi bộ Thôn 3, xã An Bình',
    'Hội Nông dân xã Tân Lập, huyện An Phú',
    'Chi bộ Thôn 3',
    'Khu phố 1, phường An Lạc',
    'Phòng Tư pháp, Hộ tịch',
    'Trường Mầm non và Tiểu học Hòa Bình',
  ])('collective row %p is one body', (cell) => {
    expect(count(cell, 'collective')).toBe(1);
  });

  it.each([
    'Nguyễn Văn A, Bí thư Chi bộ Thôn 3',
    'Nguyễn Văn A - Trưởng thôn',
    'Nguyễn Văn A, Trường THCS An Bình',
    'Nguyễn Văn A, sinh năm 1975',
    'Bà Nguyễn Thị Minh Khai',
    'Hoàng Minh Đức',
    'Sùng A Và',
    'Nguyễn Văn Anh Tuấn',
    'Nguyễn Văn A (Bí thư, Trưởng thôn)',
    'Nguyễn Văn A, Hà Nội',
    'Nguyễn Văn A và gia đình',
  ])('individual row %p is one person', (cell) => {
    expect(count(cell, 'individual')).toBe(1);
  });
});
