import { computeQuota, quota } from '../../../src/domain/rules/quota';
import { ctx, reg, unit } from './helpers';

describe('QUOTA_SHORT (R2, R3)', () => {
  const xa = unit('Đảng bộ xã Thạch Bàn', { code: 'X07' });

  it('fires when a commune registers fewer than 02 valid phase-1 exemplars, on the unit row, with the values judged', () => {
    const findings = quota(
      ctx({
        units: [xa],
        registrations: [
          reg('Chi bộ Thôn 3', xa),
          reg('Nguyễn Văn Hùng', xa, { phase: 2 }),
          reg('Lê Thị Lan', xa, { readError: true }),
        ],
      }),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'QUOTA_SHORT',
        severity: 'error',
        rule: 'R2, R3',
        file: xa.source.file,
        sheet: 'Đơn vị',
        row: xa.source.row,
        unit: 'Đảng bộ xã Thạch Bàn',
        unitCode: 'X07',
      }),
    ]);
    const message = findings[0]?.message ?? '';
    expect(message).toContain('Đảng bộ xã Thạch Bàn đăng ký 1/2 điển hình tiên tiến');
    expect(message).toContain('ít nhất 02');
    expect(message).toContain('1 dòng có lỗi');
    expect(message).toContain('1 dòng bổ sung ở giai đoạn 2');
  });

  it('does not fire at exactly the quota', () => {
    const read = { units: [xa], registrations: [reg('Chi bộ Thôn 3', xa), reg('Nguyễn Văn Hùng', xa)] };
    expect(quota(ctx(read))).toEqual([]);
    expect(computeQuota(ctx(read))).toEqual([
      { unit: 'Đảng bộ xã Thạch Bàn', unitCode: 'X07', type: 'Đảng bộ xã', bloc: 'Đảng', required: 2, registered: 2, shortfall: 0, status: 'ok' },
    ]);
  });

  it('counts the same exemplar listed twice by one unit once, whatever the spelling of its tones', () => {
    const person = { kind: 'individual', kindSource: 'column' } as const;
    const rows = [
      reg('Lê Văn Hoà', xa, { ...person, birthYear: 1968 }),
      reg('Lê Văn Hòa'.normalize('NFD'), xa, { ...person, birthYear: 1968 }),
      reg('Lê Văn Hòa', xa, person),
    ];
    const findings = quota(ctx({ units: [xa], registrations: rows }));
    expect(findings.map((f) => f.code)).toEqual(['QUOTA_SHORT']);
    expect(findings[0]?.message).toContain('2 dòng ghi lại điển hình đã tính');
  });

  it('counts two people of one name told apart by their birth years as two', () => {
    const rows = [reg('Nguyễn Văn Hùng', xa, { birthYear: 1975 }), reg('Nguyễn Văn Hùng', xa, { birthYear: 1990 })];
    expect(quota(ctx({ units: [xa], registrations: rows }))).toEqual([]);
  });

  it('does not count a row with a row-level error from a rule (NOT_SINGLE_SUBJECT, UNKNOWN_UNIT)', () => {
    const rows = [reg('Chi bộ Thôn 3', xa), reg('Nguyễn Văn A, Lê Thị B', xa, { kind: 'individual', kindSource: 'column' })];
    expect(computeQuota(ctx({ units: [xa], registrations: rows }))[0]).toMatchObject({ registered: 1, shortfall: 1, status: 'short' });
  });

  it('counts an exemplar co-proposed by two units for each of them', () => {
    const cb = unit('Chi bộ Trường THPT An Phú');
    const pn = unit('Hội Liên hiệp Phụ nữ huyện');
    const rows = [reg('Vũ Thị Lan', cb, { birthYear: 1983 }), reg('Vũ Thị Lan', pn, { birthYear: 1983 })];
    const q = computeQuota(ctx({ units: [cb, pn], registrations: rows }));
    expect(q.map((r) => [r.unit, r.required, r.registered, r.status])).toEqual([
      ['Chi bộ Trường THPT An Phú', 1, 1, 'ok'],
      ['Hội Liên hiệp Phụ nữ huyện', 1, 1, 'ok'],
    ]);
  });

  // Was: a unit of unknown type was left out of the table. Never dropped silently now (issue 14): quota "?".
  it('keeps units-list order and keeps a unit whose type is unknown, with quota "?" (required null) and no QUOTA_SHORT', () => {
    const units = [unit('Ủy ban nhân dân huyện'), unit('Ban Quản lý dự án huyện'), unit('Đảng bộ thị trấn Phú Hòa')];
    const bql = units[1] as (typeof units)[number];
    const q = computeQuota(ctx({ units, registrations: [reg('Nguyễn Văn Hùng', bql)] }));
    expect(q.map((r) => [r.unit, r.required, r.registered, r.shortfall, r.status])).toEqual([
      ['Ủy ban nhân dân huyện', 1, 0, 1, 'short'],
      ['Ban Quản lý dự án huyện', null, 1, null, 'unknownType'],
      ['Đảng bộ thị trấn Phú Hòa', 2, 0, 2, 'short'],
    ]);
    expect(quota(ctx({ units })).map((f) => f.unit)).toEqual(['Ủy ban nhân dân huyện', 'Đảng bộ thị trấn Phú Hòa']);
  });
});
