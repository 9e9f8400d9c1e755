/**
 * Trial 20a #6 and #9. A row of a unit's Word list whose every run is hidden text (Font › Hidden, w:vanish)
 * disappeared without a word; it is now read as the hidden row of a unit's Excel list is: a row the unit took out,
 * counted for no quota, printed on no list, and the list's left-off rows say why (hidden text). Near misses: a row
 * with one hidden run among others, or its name alone hidden (a row with no name: MISSING_VALUE, not a row hidden),
 * a row whose end mark alone is hidden (w:trPr/w:hidden), and a table hidden whole (no list at all) are read as before.
 * A row deleted as a tracked change marked on the row alone (w:trPr/w:del, ECMA «Deleted Table Row») is not read, as
 * one whose runs are marked deleted; a row inserted so (w:trPr/w:ins) is.
 */
import { consolidate } from '../../src/domain/ceremony/consolidate';
import { ceremonyText } from '../../src/domain/ceremony/ceremony-texts';
import { buildReport } from '../../src/domain/report/report';
import { renderText } from '../../src/domain/report/render-text';
import { readDocx } from '../../src/workbook/docx/read-docx';
import { rawDocx, read } from '../fixtures/trial12-fix12-word';
import { body, cell, COLLECTIVES, Entry, entryRow, group, HEADER, NAMES, PERSONS, row, table } from '../fixtures/trial20a-word';

const AS_OF = { y: 2023, m: 3, d: 10 };
const HIDDEN = '<w:vanish/>';

/** The An Bình list's table with one row given as `replace` says, the others plain. */
function listTable(replace: (e: Entry) => string | undefined): string {
  const rows = (entries: Entry[]) => entries.map((e) => replace(e) ?? entryRow(e));
  return table([...HEADER, group('I. TẬP THỂ'), ...rows(COLLECTIVES), group('II. CÁ NHÂN'), ...rows(PERSONS)]);
}
const list = (replace: (e: Entry) => string | undefined) => body(listTable(replace));

async function readList(xml: string) {
  const grid = await readDocx(await rawDocx(xml), 'an-binh.docx');
  const result = await read(grid);
  const report = buildReport(result, AS_OF, 2);
  return { grid, read: result, report };
}

const anBinh = (report: Awaited<ReturnType<typeof readList>>['report']) => report.quota.find((q) => q.unit === 'Đảng bộ xã An Bình');

describe('a row hidden as text is a row the unit took out', () => {
  const hiddenRows: [string, string, (e: Entry) => string][] = [
    ['a person’s row', 'Lê Thị Ngọc Trâm', (e) => entryRow(e, { rPr: HIDDEN })],
    ['a collective’s row', 'Hội Nông dân xã An Bình', (e) => entryRow(e, { rPr: HIDDEN })],
    ['hidden switched on by value', 'Võ Công Danh', (e) => entryRow(e, { rPr: '<w:vanish w:val="1"/>' })],
    ['its paragraph marks hidden too', 'Nguyễn Văn Hòa', (e) => row(e.map((t) => `<w:tc><w:p><w:pPr><w:rPr>${HIDDEN}</w:rPr></w:pPr><w:r><w:rPr>${HIDDEN}</w:rPr><w:t>${t}</w:t></w:r></w:p></w:tc>`))],
    ['empty cells and all', 'Lê Thị Ngọc Trâm', (e) => row(e.map((t) => (t ? cell(t, { rPr: HIDDEN }) : cell(''))))],
  ];

  it.each(hiddenRows)('%s', async (_n, name, hide) => {
    const { read: result, report } = await readList(list((e) => (e[1] === name ? hide(e) : undefined)));
    expect(result.registrations.map((x) => x.name)).toEqual(NAMES);
    const reg = result.registrations.find((x) => x.name === name);
    expect(reg?.hidden).toBe(true);
    expect(result.registrations.filter((x) => x.hidden)).toHaveLength(1);
    // Counted for no quota: four of the five.
    expect(anBinh(report)?.registered).toBe(4);
    expect(report.findings.filter((f) => f.code === 'MISSING_VALUE')).toEqual([]);
    // Said in the check's report, with the table and row as a Word list is read.
    expect(report.summary.hiddenRows?.map((h) => [h.name, h.sheet, h.unit])).toEqual([[name, 'Bảng 1', 'Đảng bộ xã An Bình']]);
    expect(renderText(report)).toMatch(new RegExp(`Đảng bộ xã An Bình: «${name}» — an-binh\\.docx, bảng 1 \\(chữ định dạng ẩn\\), dòng \\d+\\.`));
    // Off the ceremony list, on its left-off rows with the reason.
    const book = consolidate(result, report, '2023');
    const listed = [...book.selection.collectives, ...book.selection.individuals].map((x) => x.name);
    expect(listed).not.toContain(name);
    expect(book.selection.excluded.filter((x) => x.name === name).map((x) => x.reason)).toEqual([ceremonyText.reasonHiddenText]);
  });

  it('the reason names Word’s hidden text, not a sheet’s hidden row', () => {
    expect(ceremonyText.reasonHiddenText).toMatch(/^Chữ của dòng này được định dạng ẩn \(Phông chữ › Ẩn\) trong văn bản Word/);
  });
});

describe('near misses: hidden text that does not hide a row', () => {
  it('a row with one hidden run among others is read, without it', async () => {
    const { read: result } = await readList(
      list((e) => (e[1] === 'Võ Công Danh' ? row(e.map((t, i) => (i === 6 ? cell('Rút tên', { rPr: HIDDEN }) : cell(t)))) : undefined)),
    );
    const danh = result.registrations.find((x) => x.name === 'Võ Công Danh');
    expect(danh?.hidden).toBeUndefined();
    expect(danh?.withdrawn).toBeUndefined();
    expect(danh?.note).toBeUndefined();
  });

  it('a row with its name alone hidden is a row with no name, not a row hidden', async () => {
    const { read: result, report } = await readList(list((e) => (e[1] === 'Võ Công Danh' ? row(e.map((t, i) => cell(t, i === 1 ? { rPr: HIDDEN } : {}))) : undefined)));
    expect(result.registrations.some((x) => x.hidden)).toBe(false);
    expect(result.registrations.map((x) => x.name)).toEqual([...NAMES.slice(0, 4), '']);
    expect(report.findings.filter((f) => f.code === 'MISSING_VALUE').map((f) => f.file)).toEqual(['an-binh.docx']);
  });

  it('a row whose end mark alone is hidden (w:trPr/w:hidden) is read', async () => {
    const { read: result } = await readList(list((e) => (e[1] === 'Lê Thị Ngọc Trâm' ? entryRow(e, { trPr: '<w:hidden/>' }) : undefined)));
    expect(result.registrations.map((x) => x.name)).toEqual(NAMES);
    expect(result.registrations.some((x) => x.hidden)).toBe(false);
  });

  it('a table hidden whole (an old copy kept out of sight) is no table, as before', async () => {
    const hidden = (texts: string[]) => row(texts.map((t) => cell(t, { rPr: HIDDEN })));
    const old = table([hidden(['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Chức vụ', 'Tóm tắt thành tích', 'Ghi chú']), hidden(['1', 'Trần Văn Bảy', '1966', 'Nam', 'Trưởng thôn', 'Làm đường', ''])]);
    const { grid, read: result } = await readList(body(listTable(() => undefined), old));
    expect(grid.sheets).toHaveLength(2);
    expect(grid.sheets[1]?.hiddenRows).toBeUndefined();
    expect(result.registrations.map((x) => x.name)).toEqual(NAMES);
  });
});

describe('a row deleted as a tracked change (trial 20a #9)', () => {
  const del = '<w:del w:id="9" w:author="Văn phòng" w:date="2023-02-20T08:00:00Z"/>';
  const bay: Entry = ['2', 'Trần Văn Bảy', '1966', '', 'Trưởng thôn', 'Làm đường', ''];
  const withBay = (trPr: string) =>
    body(table([...HEADER, group('I. TẬP THỂ'), ...COLLECTIVES.map((e) => entryRow(e)), group('II. CÁ NHÂN'), entryRow(PERSONS[0] as Entry), entryRow(bay, { trPr }), ...PERSONS.slice(1).map((e) => entryRow(e))]));

  it.each([
    ['marked on the row alone', del],
    ['marked on the row beside its height', `<w:trHeight w:val="400"/>${del}`],
  ])('%s: not read', async (_n, trPr) => {
    const { read: result } = await readList(withBay(trPr));
    expect(result.registrations.map((x) => x.name)).toEqual(NAMES);
  });

  it('near miss: a row inserted as a tracked change (w:trPr/w:ins) is read', async () => {
    const { read: result } = await readList(withBay('<w:ins w:id="9" w:author="Văn phòng" w:date="2023-02-20T08:00:00Z"/>'));
    expect(result.registrations.map((x) => x.name)).toEqual([...NAMES.slice(0, 3), 'Trần Văn Bảy', ...NAMES.slice(3)]);
  });
});
