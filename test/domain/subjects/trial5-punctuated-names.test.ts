/**
 * Trial 5: people's names with ordinary punctuation (an apostrophe in Ê Đê names, an initial for the middle name, a
 * footnote star) are people's; a leading "=" or "@" is a stray mark like "-" or "+", no part of the name and never a
 * formula. Near misses: bodies with punctuation stay bodies, and texts that are no one's name stay unknown.
 */
import type { Row } from '../../fixtures/workbooks';
import { checkBooks } from '../../fixtures/trial2-fixgroups-shapes';
import { inferSubjectKind } from '../../../src/domain/subjects/subject-kind';
import { readNameCell } from '../../../src/domain/reading/name-cell';

describe('a name with punctuation', () => {
  it.each(["H'Hen Niê", 'Ksor H’Ngơm', 'Nguyễn T. Thu Hương', 'Nguyễn T.Thu Hương', 'Lê V. Tám', 'Rơ Châm H’Mai'])('«%s» is a person', (name) => {
    expect(inferSubjectKind(name)).toBe('individual');
  });

  it.each(['Nguyễn Văn Tâm*', '=Phạm Thị Thủy', '@Lê Văn Năm', '= Phạm Thị Thủy', '@ Lê Văn Năm', 'Trần Thị Hoa **'])('«%s» is read without its mark, a person', (cell) => {
    const name = readNameCell([cell], undefined).name;
    expect(name).toMatch(/^\p{Lu}[\p{L} ]+\p{L}$/u);
    expect(inferSubjectKind(name)).toBe('individual');
  });

  it('near misses: punctuation that names no one', () => {
    for (const text of ['T. T. T.', 'a.b c.d', 'Nguyễn.Văn.Tâm', "''"]) expect([text, inferSubjectKind(text)]).toEqual([text, undefined]);
    expect(inferSubjectKind("Trường THCS H'Leo")).toBe('collective');
  });
});

describe('in a list', () => {
  it('every such row counts for its unit and is listed under its own name', async () => {
    const names = ["H'Hen Niê", 'Nguyễn T. Thu Hương', 'Nguyễn T.Thu Hương', 'Nguyễn Văn Tâm*', '=Phạm Thị Thủy', '@Lê Văn Năm'];
    const rows: Row[] = [['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh', 'Chức vụ'], ...names.map((n, i): Row => [i + 1, 'Đảng bộ xã An Bình', n, 1970 + 2 * i, 'Nông dân'])];
    const { read, report } = await checkBooks([
      { fileName: 'don-vi.xlsx', sheets: [{ name: 'Đơn vị', rows: [['STT', 'Tên đơn vị'], [1, 'Đảng bộ xã An Bình']] }] },
      { fileName: 'ds.xlsx', sheets: [{ name: 'Đăng ký', rows }] },
    ]);
    expect(read.registrations.map((r) => [r.name, r.kind])).toEqual(
      ["H'Hen Niê", 'Nguyễn T. Thu Hương', 'Nguyễn T.Thu Hương', 'Nguyễn Văn Tâm', 'Phạm Thị Thủy', 'Lê Văn Năm'].map((n) => [n, 'individual']),
    );
    expect(report.findings.filter((f) => f.code === 'MISSING_VALUE' || f.code === 'QUOTA_SHORT')).toEqual([]);
  });
});
