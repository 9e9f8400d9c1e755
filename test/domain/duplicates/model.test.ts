/**
 * The matcher's levels as whole data (issue 16): each level's test and points together, scoring walks the table,
 * a field is one table entry; the room has no import cycle.
 */
import * as fs from 'fs';
import * as path from 'path';
import { COLLECTIVES, MatchModelTable, PEOPLE } from '../../../src/domain/duplicates/comparison-levels';
import { RecordFacts } from '../../../src/domain/duplicates/facts';
import { compileModel, discountOf, evidenceOf, scoreOf, walk } from '../../../src/domain/duplicates/model';
import { nameFrequencies } from '../../../src/domain/duplicates/name-frequency';
import { matchRegistrations } from '../../../src/domain/duplicates/match';
import { normalizeRegistrations } from '../../../src/domain/duplicates/normalize';
import { person, UNITS } from './factory';

describe('comparison levels as data', () => {
  it('every comparison ends with a level without a test, and every rule names levels that exist', () => {
    for (const table of [PEOPLE, COLLECTIVES]) {
      expect(() => compileModel(table)).not.toThrow();
      for (const c of table.comparisons) expect([c.field, c.levels[c.levels.length - 1]?.when]).toEqual([c.field, undefined]);
    }
    const broken: MatchModelTable = { ...PEOPLE, rules: [{ id: 'gender', effect: 'veto', when: [{ field: 'gender', level: 'nope' }] }] };
    expect(() => compileModel(broken)).toThrow(/gender\.nope/);
    const twice: MatchModelTable = {
      ...PEOPLE,
      comparisons: [{ field: 'x', levels: [{ level: 'a', points: 1, when: () => true }, { level: 'a', points: 0 }] }],
      rules: [],
    };
    expect(() => compileModel(twice)).toThrow(/twice/);
  });

  it('adding a field is one table entry: scoring walks whatever the table holds', () => {
    const rows = [
      person('Trần Văn Ba', 1970, { field: 'Nông nghiệp' }),
      person('Trần Văn Ba', 1970, { field: 'Nông nghiệp' }),
      person('Trần Văn Ba', 1970, { field: 'Y tế' }),
    ];
    const records = normalizeRegistrations(rows, UNITS);
    const facts = new RecordFacts(records, nameFrequencies(records));
    const withField: MatchModelTable = {
      ...PEOPLE,
      comparisons: [
        ...PEOPLE.comparisons,
        {
          field: 'achievementField',
          levels: [
            { level: 'same', points: 2, when: (f, i, j) => f.records[i]?.reg.field === f.records[j]?.reg.field },
            { level: 'different', points: -1 },
          ],
        },
      ],
    };
    const base = compileModel(PEOPLE);
    const more = compileModel(withField);
    const score = (model: typeof base, i: number, j: number) => {
      const levels = new Int8Array(model.fields.length);
      walk(model, facts, i, j, levels);
      const discount = discountOf(model, levels, facts, i, j);
      return { score: scoreOf(model, levels, discount), evidence: evidenceOf(model, levels, discount) };
    };
    expect(score(more, 0, 1).score).toBe(score(base, 0, 1).score + 2);
    expect(score(more, 0, 2).score).toBe(score(base, 0, 2).score - 1);
    expect(score(more, 0, 1).evidence).toContainEqual({ field: 'achievementField', level: 'same', points: 2 });
  });
});

describe('the duplicates room', () => {
  const dir = path.join(__dirname, '../../../src/domain/duplicates');
  const imports = new Map<string, string[]>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const local = [...text.matchAll(/from '\.\/([\w-]+)'/g)].map((m) => `${m[1]}.ts`);
    imports.set(file, local);
  }

  it('has no import cycle (type imports included)', () => {
    const cycles: string[] = [];
    const visit = (file: string, trail: string[]) => {
      if (trail.includes(file)) {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
        return;
      }
      for (const next of imports.get(file) ?? []) if (trail.length < 40) visit(next, [...trail, file]);
    };
    for (const file of imports.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });
});

describe('state of a run', () => {
  // The words of a run live in its word table and go with it (no module keeps them: test/domain/analysis).
  it('gives the same answer again', () => {
    const rows = [person('Đoàn Văn Mười', 1970), person('Đoàn Văn Mười', 1970)];
    const first = matchRegistrations(rows, UNITS).groups;
    expect(first).toHaveLength(1);
    expect(matchRegistrations(rows, UNITS).groups).toEqual(first);
  });
});
