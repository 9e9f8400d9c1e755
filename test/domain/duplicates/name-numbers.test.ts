/**
 * The first name levels read numbers (facts.ts) instead of the names' texts: they must answer as the tests on the
 * texts (name-levels.ts) do, for every pair, near misses included.
 */
import { RecordFacts } from '../../../src/domain/duplicates/facts';
import { nameFrequencies } from '../../../src/domain/duplicates/name-frequency';
import {
  sameCollective,
  sameCollectiveAt,
  sameName,
  sameNameAt,
  sameWordSet,
  sameWordSetAt,
} from '../../../src/domain/duplicates/name-levels';
import { MatchRecord, normalizeRegistrations } from '../../../src/domain/duplicates/normalize';
import { collective, person, reg, UNITS } from './factory';

const ROWS = [
  person('Nguyễn Thị Thủy', 1980),
  person('Nguyễn Thị Thuỷ', 1981),
  person('Nguyễn Thị Thủy'.normalize('NFD'), 1980),
  person('Nguyễn Thị Thùy', 1980),
  person('Nguyen Thi Thuy', 1980),
  person('Ông Nguyễn Thị Thủy', 1980),
  person('NGUYỄN THỊ THỦY', 1980),
  person('Trần Văn Lý', 1970),
  person('Trần Văn Lí', 1970),
  person('Trần Lý', 1970),
  person('Lý'),
  reg('Nguyễn Thị Thủy', { kind: 'collective' }),
  reg('Hộ gia đình Nguyễn Văn An', {}),
  reg('Gia đình ông Nguyễn Văn An', {}),
  reg('Nguyễn Văn An', { household: true }),
  collective('Chi bộ Thôn 3 xã An Bình'),
  collective('Chi bộ xã An Bình Thôn 3'),
  collective('Chi bộ Thôn III xã An Bình'),
  collective('Chi bộ Thôn 3'),
  collective('Chi bộ Thôn 3', { unitId: 'X02' }),
  collective('Chi bộ thôn 3'),
  collective('Chi bo Thon 3'),
  collective('Thôn 3 Chi bộ'),
  collective('Trường THCS xã Tân Lập'),
  collective('Trường THCS Tân Lập'),
  collective('Trường Trung học cơ sở Tân Lập'),
  collective('Hội Nông dân xã An Bình'),
  collective('Hội Liên hiệp Phụ nữ xã An Bình'),
  reg('Chi bộ Thôn 3', { kind: 'individual' }),
  reg('Trần Văn Lý', { kind: 'collective' }),
];

describe('name levels read from numbers', () => {
  const records = normalizeRegistrations(ROWS, UNITS);
  const facts = new RecordFacts(records, nameFrequencies(records));
  const rec = (i: number) => records[i] as MatchRecord;
  const tests = [
    ['sameName', sameName, sameNameAt],
    ['sameCollective', sameCollective, sameCollectiveAt],
    ['sameWordSet', sameWordSet, sameWordSetAt],
  ] as const;

  it.each(tests)('%s: the same answer for every pair', (_, onText, onNumbers) => {
    let yes = 0;
    for (let i = 0; i < records.length; i++) {
      for (let j = 0; j < records.length; j++) {
        const expected = onText(rec(i), rec(j));
        expect([i, j, onNumbers(facts, i, j)]).toEqual([i, j, expected]);
        if (expected && i !== j) yes++;
      }
    }
    // Not only pairs that differ: several pairs of distinct rows agree.
    expect(yes).toBeGreaterThan(2);
  });
});
