/**
 * A given and a middle name swapped when typed ("Lê Văn Hùng" / "Lê Hùng Văn"), the same birth year: at most a
 * probable duplicate for a clerk to look at, never merged. Near misses: another year, another surname, a word more.
 */
import { matchRegistrations } from '../../../src/domain/duplicates/match';
import { person, UNITS, verdict } from './factory';

const POST = { position: 'Trưởng ấp Bình Hòa, xã An Bình' };

describe('names with a given and a middle name swapped', () => {
  it.each([
    ['Lê Văn Hùng', 'Lê Hùng Văn'],
    ['Nguyễn Thị Thu Hương', 'Nguyễn Thị Hương Thu'],
    ['Tran Van Hung', 'Trần Hùng Văn'],
  ])('"%s" / "%s", born the same year: probable', (a, b) => {
    expect(verdict(person(a, 1970, { unitId: 'UB', ...POST }), person(b, 1970, { unitId: 'PN', ...POST }))).toBe('probable');
  });

  it('found among many rows, and its message says the names are swapped', () => {
    const others = Array.from({ length: 40 }, (_, i) => person(`Lê Văn ${['An', 'Bình', 'Cường', 'Dũng'][i % 4]}`, 1950 + i, { unitId: 'UB' }));
    const rows = [...others, person('Lê Văn Hùng', 1970, { unitId: 'UB', ...POST }), person('Lê Hùng Văn', 1970, { unitId: 'PN', ...POST })];
    const groups = matchRegistrations(rows, UNITS).groups.filter((g) => g.members.length === 2 && g.confidence === 'probable');
    expect(groups).toHaveLength(1);
  });

  it.each([
    ['another year', 'Lê Văn Hùng', 1970, 'Lê Hùng Văn', 1975],
    ['another surname', 'Lê Văn Hùng', 1970, 'Lý Hùng Văn', 1970],
    ['a word more', 'Lê Văn Hùng', 1970, 'Lê Hùng Văn Minh', 1970],
    ['the same given name (not swapped)', 'Lê Văn Hùng', 1970, 'Lê Minh Hùng', 1970],
  ])('near miss: %s', (_, a, ya, b, yb) => {
    expect(verdict(person(a, ya, { unitId: 'UB' }), person(b, yb, { unitId: 'PN' }))).toBeUndefined();
  });
});
