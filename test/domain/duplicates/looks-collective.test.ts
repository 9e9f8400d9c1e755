/**
 * Names whose first word begins no collective's name are told from their tokens (names.ts), the others by folding
 * the name (subjects/subject-kind.ts): both ways must give the same answer for every name.
 */
import fc from 'fast-check';
import { looksCollectiveByWords } from '../../../src/domain/duplicates/names';
import { tokenize } from '../../../src/domain/duplicates/tokens';
import { COLLECTIVE_NAME_STARTS, looksCollective } from '../../../src/domain/subjects/subject-kind';

const byWords = (name: string) => looksCollectiveByWords(name, tokenize(name));

// Words and pieces a name is made of here: beginnings of collectives, surnames that are also words of them ("Hồ",
// "Đặng", "Phan", "Trương", "Đoàn"), others, tone placements, decomposed text, digits, punctuation, odd spaces.
const PIECES = [
  ...COLLECTIVE_NAME_STARTS,
  ...COLLECTIVE_NAME_STARTS.map((s) => s.toUpperCase()),
  ...COLLECTIVE_NAME_STARTS.map((s) => s.normalize('NFD')),
  'Nguyễn', 'Trần', 'Lê', 'Hồ', 'Hộ', 'Đặng', 'Đảng', 'Phan', 'Trương', 'Trường', 'Đoàn', 'Lâm', 'Văn', 'Thị', 'Hoà', 'Hòa',
  'Ký', 'Kí', 'Ky', 'Thuỷ', 'Ủy', 'Uỷ', 'ubnd', 'UBND', 'Ðảng', 'đang3', 'Đang3', 'hôi2', 'hội2', '3', 'III', '٣',
  ' ', ' ', ' ', '  ', '\u00a0', '-', ',', '.', '(', ')', '/', '"', '\u200b', 'x', 'a', 'A',
];

describe('looksCollectiveByWords answers as looksCollective', () => {
  it('every beginning alone, followed by a word, by punctuation, a digit, or in other spellings', () => {
    for (const s of COLLECTIVE_NAME_STARTS) {
      for (const name of [s, `${s} An Bình`, `${s}, An Bình`, `${s}-An`, `${s}3`, `${s} 3`, s.toUpperCase(), s.normalize('NFD'), ` ${s}`, `(${s})`, `Ông ${s}`]) {
        expect([name, byWords(name)]).toEqual([name, looksCollective(name)]);
      }
    }
  });

  it('people, households and near misses', () => {
    for (const name of ['Nguyễn Văn An', 'Hồ Thị Lan', 'Đặng Văn Hùng', 'Phan Thị Thu', 'Trương Văn Ba', 'Đoàn Văn Hậu', 'Hộ gia đình Lê Văn C', 'Gia đình ông A', 'Đang3 Văn A', 'hôi2 x', 'Ðảng bộ xã A', '', ' ', '...', '3 Chi bộ', 'Chi-bộ Thôn 3', 'Lâm Trường Sơn']) {
      expect([name, byWords(name)]).toEqual([name, looksCollective(name)]);
    }
  });

  it('any name made of such pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 }), (parts) => {
        const name = parts.join('');
        return byWords(name) === looksCollective(name);
      }),
      { numRuns: 30000 },
    );
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 5 }), (parts) => {
        const name = parts.join(' ');
        return byWords(name) === looksCollective(name);
      }),
      { numRuns: 30000 },
    );
  });

  it('any text at all', () => {
    fc.assert(fc.property(fc.string(), (name) => byWords(name) === looksCollective(name)), { numRuns: 20000 });
    fc.assert(fc.property(fc.fullUnicodeString(), (name) => byWords(name) === looksCollective(name)), { numRuns: 20000 });
  });

  it('a first word written with its tone as a digit is folded as the name is ("Đang3 bộ" is "Đảng bộ")', () => {
    for (const name of ['Đang3 bộ xã An Bình', 'hôi5 Nông dân', 'Chi bô5 Thôn 3']) {
      expect(looksCollective(name)).toBe(true);
      expect(byWords(name)).toBe(true);
    }
  });
});
