/** The analysis stage: built once per check from the read, every rule reads it, nothing outlives it. */
import { analyze } from '../../../src/domain/analysis/analyze';
import { RULES } from '../../../src/domain/rules';
import { quota } from '../../../src/domain/rules/quota';
import { AFTER, readResult, reg, unit } from '../rules/helpers';

const xa = unit('Đảng bộ xã Thạch Bàn', { code: 'X07' });
const cb = unit('Chi bộ Trường Tiểu học An Bình', { code: 'C01' });

describe('analyze(read, asOf)', () => {
  it('indexes units, registrations and plans by unit, in read order', () => {
    const a1 = reg('Nguyễn Văn Hùng', xa);
    const a2 = reg('Lê Thị Lan', xa);
    const b1 = reg('Trần Văn Bình', cb);
    const stray = reg('Phạm Thị Mai', undefined, { unitText: 'Xã Không Có' });
    const a = analyze(readResult({ units: [xa, cb], registrations: [a1, b1, a2, stray] }), AFTER);
    expect(a.registrationsOf(xa)).toEqual([a1, a2]);
    expect(a.registrationsOf(cb)).toEqual([b1]);
    expect(a.unitOf(xa.id)).toBe(xa);
    expect(a.unitOf('code:none')).toBeUndefined();
    expect(a.plansOf(xa)).toEqual([]);
  });

  it('counts the quotas and matches the duplicates once, however often they are asked', () => {
    const a = analyze(readResult({ units: [xa], registrations: [reg('Nguyễn Văn Hùng', xa), reg('Nguyễn Văn Hùng', xa)] }), AFTER);
    expect(a.quotas()).toBe(a.quotas());
    expect(a.duplicates()).toBe(a.duplicates());
    expect(a.duplicates().groups).toHaveLength(1);
  });

  it('gives each analysis its own answers: a read changed between checks is analysed afresh', () => {
    const read = readResult({ units: [xa], registrations: [reg('Chi bộ Thôn 3', xa), reg('Nguyễn Văn Hùng', xa)] });
    expect(quota(analyze(read, AFTER))).toEqual([]);
    // The same read object, one row fewer: a cache keyed by the read would still say the quota is met.
    const shorter = { ...read, registrations: read.registrations.slice(0, 1) };
    expect(quota(analyze(shorter, AFTER)).map((f) => f.code)).toEqual(['QUOTA_SHORT']);
    expect(analyze(read, AFTER).quotas()).not.toBe(analyze(read, AFTER).quotas());
  });

  it('keeps a row with a row-rule error out of the count, whatever order the rules run in', () => {
    const pair = reg('Nguyễn Văn Hùng và Lê Thị Lan', xa);
    const one = reg('Chi bộ Thôn 3', xa);
    const rows = [pair, one];
    const forward = analyze(readResult({ units: [xa], registrations: rows }), AFTER);
    const backward = analyze(readResult({ units: [xa], registrations: rows }), AFTER);
    const codes = (fs: { code: string }[]) => fs.map((f) => f.code).sort();
    const f1 = RULES.flatMap((rule) => rule(forward));
    const f2 = [...RULES].reverse().flatMap((rule) => rule(backward));
    expect(codes(f1)).toEqual(codes(f2));
    expect(forward.hasRowError(pair)).toBe(true);
    expect(forward.hasRowError(one)).toBe(false);
    expect(forward.quotas()[0]?.count).toMatchObject({ registered: 1, rowErrors: 1 });
    expect(codes(f1)).toContain('NOT_SINGLE_SUBJECT');
  });

  it('splits a name cell listing several exemplars, and not one naming one', () => {
    const a = analyze(readResult({ units: [xa] }), AFTER);
    expect(a.extraSubjects(reg('Nguyễn Văn Hùng và Lê Thị Lan', xa))).toHaveLength(2);
    expect(a.extraSubjects(reg('Nguyễn Văn Hùng', xa))).toBeUndefined();
    expect(a.extraSubjects(reg('', xa))).toBeUndefined();
  });
});
