/**
 * A unit's list sent as a Word document gives the same records, units, findings and ceremony list as the same list
 * sent as a workbook: Unicode and legacy fonts, a letterhead of two or three lines, two-level headers, group rows,
 * notes and the signature block under the table, one table or two.
 */
import { consolidate } from '../../src/domain/ceremony/consolidate';
import type { WorkbookGrid } from '../../src/domain/grid';
import { defaultProfile } from '../../src/domain/profile';
import { readWorkbooks } from '../../src/domain/reading/read-workbooks';
import type { ReadResult } from '../../src/domain/records';
import type { Registration } from '../../src/domain/records';
import { buildReport } from '../../src/domain/report/report';
import { wordTableNamer } from '../../src/domain/report/word-table-names';
import { renderText } from '../../src/domain/report/render-text';
import { readDocx } from '../../src/workbook/docx/read-docx';
import { REGISTRATIONS, UNITS } from '../fixtures/district';
import { messyUnitFile, messyUnits } from '../fixtures/layouts';
import { WordListOptions, wordUnitFile } from '../fixtures/word-lists';
import { roundTrip } from '../fixtures/workbooks';

const AS_OF = { y: 2023, m: 3, d: 1 };
const ENCODINGS = { X01: 'tcvn3', X02: 'vni', TT1: undefined, CB1: 'tcvn3', UB: undefined, PN: 'vni' } as const;
const WORD_OPTIONS: Record<string, WordListOptions> = {
  X01: { letterhead: 3, twoTables: true, notes: ['Ghi chú: danh sách có 03 điển hình./.'] },
  X02: { letterhead: 2 },
  TT1: { letterhead: 3, notes: ['(Kèm theo Công văn số 12-CV/ĐU)'] },
  CB1: { letterhead: 2, twoTables: true },
  UB: { letterhead: 3, layoutTables: true },
  PN: { letterhead: 2, twoTables: true, layoutTables: true },
};
const code = (c: string) => c as keyof typeof ENCODINGS;

function facts(r: Registration) {
  return { unitId: r.unitId, kind: r.kind, name: r.name, honorific: r.honorific, birthYear: r.birthYear, gender: r.gender, position: r.position, achievements: r.achievements, phase: r.phase };
}
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

async function workbookSet(): Promise<ReadResult> {
  const grids: WorkbookGrid[] = [await roundTrip(messyUnits(), 'don-vi.xlsx')];
  for (const u of UNITS) grids.push(await roundTrip(messyUnitFile(u.code, ENCODINGS[code(u.code)]), `${u.code}.xlsx`));
  return readWorkbooks(grids, { profile: defaultProfile() });
}

async function wordSet(extra: Partial<WordListOptions> = {}): Promise<ReadResult> {
  const grids: WorkbookGrid[] = [await roundTrip(messyUnits(), 'don-vi.xlsx')];
  for (const u of UNITS) {
    const bytes = await wordUnitFile(u.code, { encoding: ENCODINGS[code(u.code)], ...WORD_OPTIONS[u.code], ...extra });
    grids.push(await readDocx(bytes, `${u.code}.docx`));
  }
  return readWorkbooks(grids, { profile: defaultProfile() });
}

describe('the same lists as Word documents and as workbooks', () => {
  it('reads the same units and records, each unit named by its letterhead', async () => {
    const [book, word] = [await workbookSet(), await wordSet()];
    expect(word.units).toEqual(book.units);
    expect(word.registrations).toHaveLength(REGISTRATIONS.length);
    expect(word.registrations.map(facts).sort(byName)).toEqual(book.registrations.map(facts).sort(byName));
    expect(word.registrations.every((r) => r.unitSource === 'title')).toBe(true);
  });

  it('finds the same problems, and decodes the same legacy cells', async () => {
    const [book, word] = [await workbookSet(), await wordSet()];
    const kinds = (read: ReadResult) => buildReport(read, AS_OF, 7).findings.map((f) => `${f.code} ${f.unit ?? ''} ${f.message.replace(/\S+\.(xlsx|docx)\S*/g, '')}`).filter((s) => !s.startsWith('LEGACY_ENCODING')).sort();
    expect(kinds(word)).toEqual(kinds(book));
    const legacyFiles = (read: ReadResult) => [...new Set(read.findings.filter((f) => f.code === 'LEGACY_ENCODING').map((f) => f.file.replace(/\.\w+$/, '')))].sort();
    expect(legacyFiles(word)).toEqual(legacyFiles(book));
    expect(legacyFiles(word)).toEqual(['CB1', 'PN', 'X01', 'X02']);
  });

  it('makes the same ceremony list', async () => {
    const [book, word] = [await workbookSet(), await wordSet()];
    const list = (read: ReadResult) => {
      const sel = consolidate(read, buildReport(read, AS_OF, 7), '2023').selection;
      const entry = (e: (typeof sel.individuals)[number]) => ({ name: e.name, birthYear: e.birthYear, position: e.position, units: e.units, achievements: e.achievements, award: e.award });
      return { collectives: sel.collectives.map(entry), individuals: sel.individuals.map(entry), excluded: sel.excluded.length };
    };
    expect(list(word)).toEqual(list(book));
  });

  it('reads a list whose letterhead names the unit in Unicode, and a letterhead of two lines as well as three', async () => {
    for (const letterhead of [2, 3] as const) {
      const read = await wordSet({ letterhead, encoding: undefined });
      expect(read.registrations.map(facts).sort(byName)).toEqual((await workbookSet()).registrations.map(facts).sort(byName));
      expect(read.findings).toEqual([]);
    }
  });
});

describe('where a finding in a Word list points', () => {
  it('names the file, the table, its row number and the text of its first cells', async () => {
    const units = await roundTrip(messyUnits(), 'don-vi.xlsx');
    // A row with two people in one name cell: NOT_SINGLE_SUBJECT on row 7 of table 1 (two header rows, the column
    // numbers, "I. TẬP THỂ", the collective, "II. CÁ NHÂN", then the person).
    const doc = await wordUnitFile('X02', { letterhead: 2 });
    const grid = await readDocx(doc, 'X02.docx');
    const sheet = grid.sheets[0];
    const row = sheet?.rows[6];
    expect(row?.[1]).toMatchObject({ v: 'Lê Văn Hoà' });
    if (row) row[1] = { t: 's', v: 'Lê Văn Hoà\nTrần Văn Bình' };
    const read = readWorkbooks([units, grid], { profile: defaultProfile() });
    const report = buildReport(read, AS_OF, 2);
    const f = report.findings.find((x) => x.code === 'NOT_SINGLE_SUBJECT');
    if (!f) throw new Error(report.findings.map((x) => x.code).join());
    expect(f).toMatchObject({ file: 'X02.docx', sheet: 'Bảng 1', row: 7, rowText: '1 | Lê Văn Hoà Trần Văn Bình | 1968' });
    expect(renderText(report)).toContain('X02.docx, bảng 1, dòng 7, «1 | Lê Văn Hoà Trần Văn Bình | 1968»');
    expect(renderText(report, wordTableNamer(read))).toContain('X02.docx, bảng danh sách, dòng 7, «1 | Lê Văn Hoà Trần Văn Bình | 1968»');
    // The JSON contract carries it too, and workbook findings have none.
    expect(JSON.parse(JSON.stringify(report)).findings.some((x: { rowText?: string }) => x.rowText)).toBe(true);
    expect((await workbookSet()).findings.some((x) => x.rowText)).toBe(false);
  });
});
