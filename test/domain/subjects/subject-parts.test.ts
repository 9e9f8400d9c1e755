/** The shortcut of the subject count: a cell it calls plainly one exemplar is one whatever the full split says. */
import fc from 'fast-check';
import { isPlainlyOne, subjectsIn } from '../../../src/domain/subjects/subject-parts';

const KINDS = [undefined, 'individual', 'collective'] as const;

describe('isPlainlyOne', () => {
  // Words that steer the full split: honorifics, surnames with "Văn"/"Thị", "và", bodies, places, positions.
  const word = fc.constantFrom(
    'Nguyễn', 'Trần', 'Lê', 'Văn', 'Thị', 'Ông', 'Bà', 'ông', 'bà', 'Đồng', 'chí', 'đ/c', 'Đ/c', 'và', 'Và', 'Hùng', 'Lan',
    'Chi', 'bộ', 'Hội', 'Nông', 'dân', 'Thôn', 'xã', 'Trường', 'THCS', 'Gia', 'đình', 'Hộ', 'Phó', 'Bí', 'thư', 'An', 'Bình',
  );
  const cell = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));

  it('is never said of a cell the full split finds several exemplars in, whatever the kind', () => {
    fc.assert(
      fc.property(cell, fc.constantFrom(...KINDS), fc.boolean(), (name, kind, household) => {
        if (isPlainlyOne(name)) expect(subjectsIn(name, kind, household)).toEqual([name]);
      }),
      { numRuns: 5000 },
    );
  });

  it('takes the common three-word name, and leaves longer or separated cells to the full split', () => {
    for (const name of ['Lan', 'Nguyễn Văn Hùng', 'Chi bộ Thôn']) expect([name, isPlainlyOne(name)]).toEqual([name, true]);
    for (const name of ['Nguyễn Thị Thu Hà', 'Nguyễn Văn Hùng Lê Thị Lan', 'Nguyễn Văn An và Lê Thị Lan', 'An và Bình', 'Lê Văn A, Lê Văn B', 'Thôn 3', 'Nguyễn Văn A (Bí thư)'])
      expect([name, isPlainlyOne(name)]).toEqual([name, false]);
    // Four words can already be two people run together: the full split decides.
    expect(subjectsIn('Nguyễn Thị Bà Văn', 'individual', false)).toHaveLength(2);
    expect(subjectsIn('Nguyễn Văn Hùng Lê Thị', 'individual', false)).toHaveLength(2);
  });
});
