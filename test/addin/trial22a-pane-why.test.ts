/** Trial 22a #8: the pane's «có thể» sentence gives, after «nhưng», the reason for doubt, never an agreement. */
import { finding, type Finding } from '../../src/domain/findings/finding';
import { whySentence } from '../../src/taskpane/ui/duplicate-compare';

const rows = [
  { file: 'a.xlsx', sheet: 'DS', row: 3 },
  { file: 'b.xlsx', sheet: 'DS', row: 9 },
];
const dup = (confidence: 'certain' | 'probable', evidence: Finding['evidence']) =>
  finding('DUPLICATE', { file: 'a.xlsx', rows, confidence, evidence, groupKey: 'TL-1' }, 'Trùng lặp.');
const agreeing: Finding['evidence'] = [
  { field: 'birthYear', level: 'equal', points: 5 },
  { field: 'gender', level: 'same', points: 1 },
  { field: 'place', level: 'same', points: 2 },
  // The same kind weighs nothing: it is agreement all the same.
  { field: 'kind', level: 'same', points: 0 },
];

const after = (s: string) => s.slice(s.indexOf('nhưng'));

describe('the pane says why a group is only probable', () => {
  it.each([
    ['diacriticsGiven', 'tên chỉ khác dấu'],
    ['oneEdit', 'khác một chữ cái'],
    ['wordMore', 'thêm một chữ trong tên'],
  ])('name %s: the «nhưng» clause names the name, not the kind', (level, words) => {
    const s = whySentence(dup('probable', [{ field: 'name', level, points: 4 }, ...agreeing]));
    expect(after(s)).toContain(words);
    expect(s).not.toContain('đối tượng giống nhau');
    expect(s).toContain('cùng đối tượng');
    expect(s.indexOf('cùng năm sinh')).toBeLessThan(s.indexOf('nhưng'));
  });

  it('a year a year apart is the doubt', () => {
    const s = whySentence(dup('probable', [{ field: 'name', level: 'exact', points: 8 }, { field: 'birthYear', level: 'near', points: 2 }, { field: 'kind', level: 'same', points: 0 }]));
    expect(after(s)).toContain('năm sinh lệch một năm');
    expect(after(s)).not.toContain('đối tượng');
  });

  it('every field agreeing (held back by another row): the «nhưng» clause still gives a reason', () => {
    const s = whySentence(dup('probable', [{ field: 'name', level: 'exact', points: 8 }, ...agreeing]));
    expect(after(s)).toContain('giống một dòng khác');
    expect(after(s)).not.toContain('giống nhau');
  });

  it('near miss: a certain group keeps its sentence, near agreements counted as agreement', () => {
    const s = whySentence(dup('certain', [{ field: 'name', level: 'noDiacritics', points: 6 }, { field: 'workplace', level: 'similar', points: 2 }, ...agreeing]));
    expect(s).toBe('Chắc chắn trùng vì cùng tên, chức vụ, nơi công tác gần giống, cùng năm sinh, cùng giới tính, cùng địa phương, cùng đối tượng.');
  });
});
