/**
 * Trial 14 #17: a body's own short name before a dash or comma ("@Home - Câu lạc bộ Khởi nghiệp …") is one collective,
 * and an "@" glued to a word is part of the name, not a bullet. Near misses: two bodies, two places, a person and a
 * body after a comma stay two; a bullet "@ " or "- " is still dropped.
 */
import { readNameCell } from '../../../src/domain/reading/name-cell';
import { subjectsIn } from '../../../src/domain/subjects/subject-parts';

describe("a body's own name before it", () => {
  it.each([
    '@Home - Câu lạc bộ Khởi nghiệp thanh niên xã An Bình',
    'Mai Vàng - Tổ hợp tác may mặc ấp 2',
    'Sen Hồng, Câu lạc bộ Dưỡng sinh ấp 3',
  ])('«%s» is one collective', (name) => {
    expect(subjectsIn(name, 'collective', false)).toEqual([name]);
    expect(subjectsIn(name, undefined, false)).toEqual([name]);
  });

  it.each<[string, string[]]>([
    ['Hợp tác xã A, Hợp tác xã B', ['Hợp tác xã A', 'Hợp tác xã B']],
    ['Tổ 1 - Tổ 2', ['Tổ 1', 'Tổ 2']],
    ['Nguyễn Văn An, Chi bộ ấp 3', ['Nguyễn Văn An', 'Chi bộ ấp 3']],
    ['@Home và Câu lạc bộ Dưỡng sinh ấp 3', ['@Home', 'Câu lạc bộ Dưỡng sinh ấp 3']],
  ])('near miss: «%s» stays two', (name, parts) => {
    expect(subjectsIn(name, 'collective', false)).toEqual(parts);
  });
});

describe('an «@» glued to a word', () => {
  it('is kept in the name', () => {
    expect(readNameCell(['@Home - Câu lạc bộ Khởi nghiệp thanh niên'], 'collective').name).toBe('@Home - Câu lạc bộ Khởi nghiệp thanh niên');
  });

  it.each([
    ['@ Nguyễn Văn An', 'Nguyễn Văn An'],
    ['- Nguyễn Văn An', 'Nguyễn Văn An'],
    ['+ Chi bộ ấp 3', 'Chi bộ ấp 3'],
  ])('near miss: «%s» drops its bullet', (cell, name) => {
    expect(readNameCell([cell], undefined).name).toBe(name);
  });
});
