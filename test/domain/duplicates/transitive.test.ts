/**
 * Review groups are connected components of links (issue 15): one person copied into three units is one group with
 * one key; only rows joined by certain links, or marked "Trùng", are merged, and a near row beside them is reviewed
 * against the merged rows without undoing the merge (trial 14, class 4); decisions taken on a pair still hold once
 * the pair is part of a larger group.
 */
import { analyze } from '../../../src/domain/analysis/analyze';
import { parseDecision, DECISION_TEXTS } from '../../../src/domain/decision-sheet';
import { duplicatesRule } from '../../../src/domain/rules/duplicate';
import { groupKey } from '../../../src/domain/duplicates/group-key';
import { matchRegistrations } from '../../../src/domain/duplicates/match';
import { normalizeRegistrations } from '../../../src/domain/duplicates/normalize';
import type { Registration } from '../../../src/domain/records';
import { readResult } from '../rules/helpers';
import { person, UNITS } from './factory';

const female = { gender: 'female' as const };
const at = (position: string, workplace = 'Thôn 2, xã An Bình') => ({ position, workplace });

/** The same woman proposed by her commune and two district bodies, her post written differently in each file. */
const triple = (): Registration[] => [
  person('Phạm Thị Huệ', 1982, { ...female, unitId: 'X01', ...at('Chi hội trưởng') }),
  person('Phạm Thị Huệ', 1982, { ...female, unitId: 'PN', ...at('Hội viên') }),
  person('Phạm Thị Huệ', 1982, { ...female, unitId: 'UB', ...at('Trưởng thôn') }),
];

/** Two certain rows and a third probably the same (the given name's diacritics differ). */
const chain = (): Registration[] => [...triple().slice(0, 2), person('Phạm Thị Huê', 1982, { ...female, unitId: 'ND', ...at('Hội viên') })];

const keyOf = (rows: Registration[], ...which: number[]) => groupKey(normalizeRegistrations(which.map((k) => rows[k] as Registration), UNITS));

describe('transitive groups', () => {
  it('a person in three units is one certain group, one finding, one key', () => {
    const rows = triple();
    const { groups } = matchRegistrations(rows, UNITS);
    expect(groups.map((g) => [g.confidence, g.members.map((m) => m.index)])).toEqual([['certain', [0, 1, 2]]]);
    const findings = duplicatesRule(analyze(readResult({ units: UNITS, registrations: rows }), { y: 2023, m: 3, d: 1 }));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.rows).toHaveLength(3);
    expect(findings[0]?.groupKey).toBe(groups[0]?.key);
    // The same rows in another order: the same key.
    expect(matchRegistrations([...rows].reverse(), UNITS).groups[0]?.key).toBe(groups[0]?.key);
  });

  it('a probable link to a certain pair: the pair stays merged, the near row is reviewed against it', () => {
    const rows = chain();
    const { groups } = matchRegistrations(rows, UNITS);
    expect(groups.map((g) => [g.confidence, g.members.map((m) => m.index)])).toEqual([
      ['certain', [0, 1]],
      ['probable', [0, 1, 2]],
    ]);
    expect(groups[1]?.levels.name).toBe('diacriticsGiven');
    // Near miss: without the third row, the two are merged.
    expect(matchRegistrations(rows.slice(0, 2), UNITS).groups[0]?.confidence).toBe('certain');
  });

  it('four rows linked in a chain (A–B, B–C, C–D) are one review group, whatever order they come in', () => {
    const rows = [...chain(), person('Phạm Thị Huê', 1982, { ...female, unitId: 'ND', ...at('Đảng viên') })];
    const keys = new Set<string>();
    for (const order of [rows, [...rows].reverse(), [rows[2], rows[0], rows[3], rows[1]] as Registration[]]) {
      const { groups } = matchRegistrations(order, UNITS);
      // Two merged pairs (Huệ, Huê), probably one person: one group to review holds all four.
      expect(groups.map((g) => [g.confidence, g.members.length]).sort()).toEqual([
        ['certain', 2],
        ['certain', 2],
        ['probable', 4],
      ]);
      keys.add(groups.find((g) => g.confidence === 'probable')?.key ?? '');
    }
    expect(keys.size).toBe(1);
  });
});

describe('decisions on components', () => {
  it('"Trùng" on the group merges it; "Không trùng" on it leaves it out, the certain pair in it still merged', () => {
    const rows = chain();
    const g = matchRegistrations(rows, UNITS).groups.find((x) => x.confidence === 'probable');
    const key = g?.key ?? '';
    // The key a group of these three rows always had.
    expect(key).toBe(keyOf(rows, 0, 1, 2));
    const merged = matchRegistrations(rows, UNITS, { decisions: [{ key, decision: 'duplicate' }] }).groups;
    expect(merged.map((x) => [x.confidence, x.decided, x.members.length])).toEqual([['certain', 'duplicate', 3]]);
    const apart = matchRegistrations(rows, UNITS, { decisions: [{ key, decision: 'not-duplicate' }] }).groups;
    expect(apart.map((x) => [x.confidence, x.members.map((m) => m.index)])).toEqual([['certain', [0, 1]]]);
    // Near miss: a decision under another key changes nothing.
    const other = matchRegistrations(rows, UNITS, { decisions: [{ key: 'TL-00000000000000', decision: 'duplicate' }] }).groups;
    expect(other.map((x) => x.confidence)).toEqual(['certain', 'probable']);
  });

  it('a "Không trùng" kept under a pair\'s key (as groups of two had) cuts that link', () => {
    const rows = chain();
    const old = keyOf(rows, 1, 2);
    const { groups } = matchRegistrations(rows, UNITS, { decisions: [{ key: old, decision: 'not-duplicate' }] });
    // Row 2 is still linked to row 0 (probable), so it is reviewed against the pair unless that link is cut too.
    expect(groups.map((g) => g.members.length)).toEqual([2, 3]);
    const both = [old, keyOf(rows, 0, 2)].map((key) => ({ key, decision: 'not-duplicate' as const }));
    const left = matchRegistrations(rows, UNITS, { decisions: both }).groups;
    expect(left.map((g) => [g.confidence, g.members.map((m) => m.index)])).toEqual([['certain', [0, 1]]]);
  });

  it('a "Trùng" kept under a pair\'s key makes that link certain', () => {
    const rows = chain();
    const decisions = [keyOf(rows, 0, 2), keyOf(rows, 1, 2)].map((key) => ({ key, decision: 'duplicate' as const }));
    const [g] = matchRegistrations(rows, UNITS, { decisions }).groups;
    expect([g?.confidence, g?.members.length]).toEqual(['certain', 3]);
  });

  it('"Trùng" and "Không trùng" are read back from the sheet; "Không trùng" wins over "Trùng" for one key', () => {
    expect(parseDecision('Trùng')).toBe('duplicate');
    expect(parseDecision('TRÙNG LẶP')).toBe('duplicate');
    expect(parseDecision('Không trùng')).toBe('not-duplicate');
    expect(parseDecision('Để sau')).toBeUndefined();
    expect(DECISION_TEXTS.duplicate.written).toBe('Trùng');
    const rows = chain();
    const key = matchRegistrations(rows, UNITS).groups.find((g) => g.confidence === 'probable')?.key ?? '';
    const both = matchRegistrations(rows, UNITS, {
      decisions: [
        { key, decision: 'duplicate' },
        { key, decision: 'not-duplicate' },
      ],
    });
    expect(both.groups.map((g) => [g.confidence, g.members.length])).toEqual([['certain', 2]]);
  });
});
