import { subjectKindMismatch } from '../../../src/domain/rules/subject-kind-mismatch';
import { ctx, reg, unit } from './helpers';

describe('SUBJECT_KIND_MISMATCH (R1)', () => {
  const u = unit('Đảng bộ xã An Bình', { code: 'X01' });
  const run = (...regs: ReturnType<typeof reg>[]) => subjectKindMismatch(ctx({ units: [u], registrations: regs }));

  it.each(['Chi bộ Thôn 3', 'Hội Nông dân xã An Bình', 'Trường THCS An Bình', 'Tổ dân phố 5'])(
    'warns when %p is marked "Cá nhân"',
    (name) => {
      const r = reg(name, u, { kind: 'individual', kindSource: 'column' });
      const findings = run(r);
      expect(findings).toEqual([
        expect.objectContaining({ code: 'SUBJECT_KIND_MISMATCH', severity: 'warning', rule: 'R1', row: r.source.row, unit: u.name, unitCode: 'X01' }),
      ]);
      expect(findings[0]?.message).toContain(`«${name}» được ghi là cá nhân nhưng tên là của một tập thể`);
    },
  );

  it('warns when a person is put in the "Tập thể" group', () => {
    const findings = run(reg('Nguyễn Văn Hùng', u, { kind: 'collective', kindSource: 'group' }));
    expect(findings.map((f) => f.code)).toEqual(['SUBJECT_KIND_MISMATCH']);
    expect(findings[0]?.message).toContain('được xếp vào nhóm tập thể nhưng tên là của một người');
  });

  it('stays quiet for names that only resemble the other kind, for households, and for kinds read from the name', () => {
    expect(
      run(
        reg('Hồ Văn Nam', u, { kind: 'individual', kindSource: 'column' }),
        reg('Đoàn Văn Hậu', u, { kind: 'individual', kindSource: 'column' }),
        reg('Gia đình ông Nguyễn Văn A', u, { kind: 'collective', kindSource: 'column', household: true }),
        reg('Phòng Văn hóa và Thông tin huyện', u, { kind: 'collective', kindSource: 'column' }),
        reg('Chi bộ Thôn 3', u, { kind: 'collective', kindSource: 'name' }),
      ),
    ).toEqual([]);
  });

  it('leaves a row naming several people to NOT_SINGLE_SUBJECT', () => {
    expect(run(reg('Nguyễn Văn A và Lê Thị B', u, { kind: 'collective', kindSource: 'column' }))).toEqual([]);
  });
});
