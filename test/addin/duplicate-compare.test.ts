import { finding, rowKey, type Finding } from '../../src/domain/findings/finding';
import type { RowFacts } from '../../src/domain/report/duplicate-rows';
import { compareRows, whySentence } from '../../src/taskpane/ui/duplicate-compare';

const a = { file: 'a.xlsx', sheet: 'DS', row: 3 };
const b = { file: 'b.xlsx', sheet: 'Sheet1', row: 9 };
const dup = (confidence: 'certain' | 'probable', evidence: Finding['evidence']) =>
  finding('DUPLICATE', { file: 'a.xlsx', rows: [a, b], confidence, evidence, groupKey: 'TL-1' }, 'Trùng lặp.');
const facts: Record<string, RowFacts> = {
  [rowKey(a)]: { ...a, name: 'Nguyễn Văn Hùng', unit: 'Xã An Bình', birthYear: 1975, gender: 'male', position: 'Bí thư', commune: 'xã An Bình' },
  [rowKey(b)]: { ...b, name: 'nguyễn văn  hùng', unit: 'Hội Phụ nữ', birthYear: 1976, gender: 'male', position: 'Bí thư' },
};

describe('compareRows', () => {
  const rows = compareRows(dup('certain', []), facts);
  const row = (field: string) => rows.find((r) => r.field === field);

  it('puts each member\'s value side by side, in the fields staff compare', () => {
    expect(rows.map((r) => r.field)).toEqual(['file', 'sheet', 'row', 'unit', 'bloc', 'name', 'birthYear', 'gender', 'work', 'commune']);
    expect(row('row')?.values).toEqual(['3', '9']);
    expect(row('gender')?.values).toEqual(['Nam', 'Nam']);
  });

  it('marks real differences only: not case or spacing, not where a row is, not a value given on one side only', () => {
    expect(row('unit')?.differs).toBe(true);
    expect(row('birthYear')?.differs).toBe(true);
    expect(row('name')?.differs).toBe(false);
    expect(row('file')?.differs).toBe(false);
    expect(row('commune')?.differs).toBe(false);
    expect(row('gender')?.differs).toBe(false);
  });

  it('shows an empty column for a member the result does not describe', () => {
    const r = compareRows(dup('certain', []), { [rowKey(a)]: facts[rowKey(a)] as RowFacts });
    expect(r.find((x) => x.field === 'name')?.values).toEqual(['Nguyễn Văn Hùng', '']);
  });
});

describe('whySentence', () => {
  it('says what agrees for a certain group', () => {
    const f = dup('certain', [
      { field: 'name', level: 'exact', points: 8 },
      { field: 'birthYear', level: 'equal', points: 5 },
    ]);
    expect(whySentence(f)).toBe('Chắc chắn trùng vì cùng tên, cùng năm sinh.');
  });

  it('says what agrees and what does not for a probable one', () => {
    const f = dup('probable', [
      { field: 'name', level: 'noDiacritics', points: 6 },
      { field: 'birthYear', level: 'different', points: -4 },
      { field: 'gender', level: 'unknown', points: 0 },
    ]);
    expect(whySentence(f)).toBe('Chỉ có thể trùng: cùng tên, nhưng năm sinh khác nhau, thiếu giới tính để so; cần người xem lại.');
  });
});
