/**
 * Trial 17a classes 3, 10 and 11: «Tô màu» / «Bỏ tô màu» never write the user's fills. Highlights are conditional
 * formats the add-in owns; removing them leaves every fill as the user left it, whatever rows were inserted, deleted,
 * sorted or refilled in between, patterns included. A workbook highlighted by an earlier version (saved fills) gets
 * its fills back only where a cell still shows the add-in's colour; the others are named. A cap on rules is said.
 */
import { clearHighlights, highlightCount, highlightSpots, MAX_RULES, spotBlocks, type Spot } from '../../src/workbook/office/highlights';
import { ui } from '../../src/taskpane/ui/texts';
import type { FakeSheetSeed } from '../e2e/fake-office';
import { install } from '../e2e/fake-office';

const GREEN = '#00FF00';
const ERROR = '#FDE7E9';
const WARNING = '#FFF4CE';

/** A registrations sheet: header and `n` rows of 4 columns; row 2 filled green by the user. */
function book(n = 10): FakeSheetSeed[] {
  const rows = [['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh'], ...Array.from({ length: n }, (_, i) => [i + 1, 'Xã An Bình', `Người ${i + 1}`, 1970 + i])];
  return [{ name: 'Đăng ký', rows: rows.map((r, i) => r.map((v) => (i === 1 ? { v, fill: GREEN } : v))) }];
}

const err = (row: number, column?: string): Spot => ({ sheet: 'Đăng ký', row, severity: 'error', ...(column ? { column } : {}) });

describe('highlights never write the user fills', () => {
  it('paints over the cells and takes the paint away, with no edit between', async () => {
    const fake = install({ sheets: book() });
    const r = await highlightSpots([err(3), err(10), { sheet: 'Đăng ký', row: 2, severity: 'warning' }]);
    expect(r).toEqual({ ranges: 3, rowsLeft: 0 });
    expect(fake.state.cell('Đăng ký', 3, 2)).toMatchObject({ fill: null, shown: ERROR });
    expect(fake.state.cell('Đăng ký', 2, 2)).toMatchObject({ fill: GREEN, shown: WARNING });
    expect(highlightCount()).toBe(3);
    const c = await clearHighlights();
    expect(c).toEqual({ ranges: 3, kept: [] });
    expect(fake.state.cell('Đăng ký', 2, 2)).toMatchObject({ fill: GREEN, shown: GREEN });
    expect(fake.state.cell('Đăng ký', 3, 2)).toMatchObject({ fill: null, shown: null });
    expect(fake.state.conditionalFormats('Đăng ký')).toEqual([]);
    expect(highlightCount()).toBe(0);
  });

  it.each([
    ['a row inserted above', (s: FakeState) => s.insertRows('Đăng ký', 2, 1), 3],
    ['two rows inserted inside a highlighted run', (s: FakeState) => s.insertRows('Đăng ký', 4, 2), 2],
    ['a row deleted above', (s: FakeState) => s.deleteRows('Đăng ký', 1, 1), 1],
    ['the highlighted row deleted', (s: FakeState) => s.deleteRows('Đăng ký', 3, 1), 2],
    ['rows sorted by year of birth, newest first', (s: FakeState) => s.sortRows('Đăng ký', 2, 11, 4, true), 11],
  ])('after %s, the user green row keeps its green and no paint is left', async (_what, edit, greenRow) => {
    const fake = install({ sheets: book() });
    await highlightSpots([err(3), err(4), err(10)]);
    edit(fake.state);
    await clearHighlights();
    expect(fake.state.conditionalFormats('Đăng ký')).toEqual([]);
    for (let row = 1; row <= 13; row++)
      for (let col = 1; col <= 4; col++) {
        const cell = fake.state.cell('Đăng ký', row, col);
        if (!cell) continue;
        expect(cell.shown).toBe(cell.fill);
        expect(cell.fill).toBe(row === greenRow ? GREEN : null);
      }
  });

  it('a row the user refills while highlighted keeps the new fill; a patterned fill keeps its pattern (class 11)', async () => {
    const fake = install({ sheets: book() });
    fake.state.setFill('Đăng ký', 5, 3, '#FF0000', 'Gray50');
    await highlightSpots([err(3), err(5)]);
    fake.state.setFill('Đăng ký', 3, 2, '#0000FF');
    expect(fake.state.cell('Đăng ký', 3, 2)?.shown).toBe(ERROR);
    await clearHighlights();
    expect(fake.state.cell('Đăng ký', 3, 2)).toMatchObject({ fill: '#0000FF', shown: '#0000FF' });
    expect(fake.state.cell('Đăng ký', 5, 3)).toMatchObject({ fill: '#FF0000', pattern: 'Gray50', shown: '#FF0000' });
  });

  it("leaves the user's own conditional formats, and removes copies of its own rules in other sheets", async () => {
    const fake = install({ sheets: [...book(), { name: 'Bản sao', rows: [['x']] }] });
    await Excel.run(async (context) => {
      const own = context.workbook.worksheets.getItem('Đăng ký').getRange('A2:D11').conditionalFormats.add('Custom');
      own.custom.rule.formula = '=$D2>1975';
      own.custom.format.fill.color = '#CCCCFF';
      // A highlighted row copied by the user into another sheet carries the add-in's rule with it.
      const copy = context.workbook.worksheets.getItem('Bản sao').getRange('A1').conditionalFormats.add('Custom');
      copy.custom.rule.formula = '=ISTEXT("dienhinh.highlight:error")';
      copy.custom.format.fill.color = ERROR;
      await context.sync();
    });
    await highlightSpots([err(3)]);
    expect(fake.state.conditionalFormats('Đăng ký')).toHaveLength(2);
    await clearHighlights();
    expect(fake.state.conditionalFormats('Đăng ký').map((c) => c.formula)).toEqual(['=$D2>1975']);
    expect(fake.state.conditionalFormats('Bản sao')).toEqual([]);
  });

  it('«Tô màu» again replaces the earlier highlights instead of stacking them', async () => {
    const fake = install({ sheets: book() });
    await highlightSpots([err(3), err(7)]);
    fake.state.insertRows('Đăng ký', 2, 1);
    await highlightSpots([err(4)]);
    expect(fake.state.conditionalFormats('Đăng ký').map((c) => c.addresses)).toEqual([["'Đăng ký'!A4:D4"]]);
  });

  it('an error colour wins over a warning on the same row; a cell spot and its row stay one rule each', async () => {
    const fake = install({ sheets: book() });
    await highlightSpots([{ sheet: 'Đăng ký', row: 4, severity: 'warning' }, err(4), err(4, 'C'), err(4, 'C')]);
    expect(fake.state.cell('Đăng ký', 4, 1)?.shown).toBe(ERROR);
    expect(fake.state.conditionalFormats('Đăng ký')).toHaveLength(2);
  });

  it('workbooks highlighted by an earlier version: fills given back only where the paint is still there (classes 3, 11)', async () => {
    // What the earlier version saved: rows 3 and 5 painted, row 3 over nothing, row 5 over a hatched fill.
    const legacy = [
      { sheetId: '{sheet-1}', address: 'A3:D3', fills: [[0, 1, 2, 3].map(() => ({ color: '#FFFFFF', pattern: 'None' }))] },
      { sheetId: '{sheet-1}', address: 'A5:D5', fills: [[0, 1, 2, 3].map(() => ({ color: '#FF0000', pattern: 'Gray50' }))] },
    ];
    const fake = install({ sheets: book(), settings: { 'dienhinh.highlights': legacy } });
    for (const row of [3, 5]) for (let col = 1; col <= 4; col++) fake.state.setFill('Đăng ký', row, col, ERROR);
    expect(highlightCount()).toBe(2);
    // The user inserts a row above: the paint moves to rows 4 and 6, the green row to 3.
    fake.state.insertRows('Đăng ký', 2, 1);
    const r = await clearHighlights();
    expect(r.ranges).toBe(2);
    expect(r.kept).toEqual(["Đăng ký!A3:D3", "Đăng ký!A5:D5"]);
    expect(fake.state.cell('Đăng ký', 3, 2)?.fill).toBe(GREEN);
    expect(highlightCount()).toBe(0);

    // With no edit, the saved fills come back, the pattern with them.
    const again = install({ sheets: book(), settings: { 'dienhinh.highlights': legacy } });
    for (const row of [3, 5]) for (let col = 1; col <= 4; col++) again.state.setFill('Đăng ký', row, col, ERROR);
    again.state.setFill('Đăng ký', 5, 4, '#123456');
    const r2 = await clearHighlights();
    expect(r2.kept).toEqual(['Đăng ký!A5:D5']);
    expect(again.state.cell('Đăng ký', 3, 2)?.fill).toBeNull();
    expect(again.state.cell('Đăng ký', 5, 2)).toMatchObject({ fill: '#FF0000', pattern: 'Gray50' });
    // The cell the user refilled after the highlight keeps the user's fill.
    expect(again.state.cell('Đăng ký', 5, 4)?.fill).toBe('#123456');
  });
});

describe('the cap on highlights is said, and runs of rows share one rule (class 10)', () => {
  it('700 rows in a run: one rule, every row painted', async () => {
    const fake = install({ sheets: book(700) });
    const spots = Array.from({ length: 700 }, (_, i) => err(i + 2));
    const r = await highlightSpots(spots);
    expect(r).toEqual({ ranges: 1, rowsLeft: 0 });
    expect(fake.state.cell('Đăng ký', 701, 3)?.shown).toBe(ERROR);
  });

  it('more scattered rows than rules: the first are painted, the rest counted; the syncs do not grow with the rows', async () => {
    const fake = install({ sheets: book(1400) });
    const spots = Array.from({ length: 600 }, (_, i) => err(2 + 2 * i));
    const r = await highlightSpots(spots);
    expect(r).toEqual({ ranges: MAX_RULES, rowsLeft: 100 });
    expect(fake.state.cell('Đăng ký', 2 + 2 * 499, 3)?.shown).toBe(ERROR);
    expect(fake.state.cell('Đăng ký', 2 + 2 * 500, 3)?.shown).toBeNull();
    const syncs = fake.state.runs.reduce((n, run) => n + (run.syncs ?? 0), 0);
    const small = install({ sheets: book(1400) });
    await highlightSpots(spots.slice(0, 3));
    expect(small.state.runs.reduce((n, run) => n + (run.syncs ?? 0), 0)).toBe(syncs);
  });

  it('the pane says what was left unpainted, and what an earlier version could not give back', () => {
    expect(ui.highlighted(500, 100)).toMatch(/^Đã tô màu 500 vùng đầu; còn 100 dòng có lỗi, cảnh báo chưa tô/);
    expect(ui.highlighted(3, 0)).toMatch(/^Đã tô màu 3 vùng\. /);
    expect(ui.cleared(2, ['Đăng ký!A5:D5'])).toMatch(/1 vùng .* không trả lại màu cũ được .*Đăng ký!A5:D5/);
  });

  it('under a cap, errors are painted before warnings', () => {
    const spots: Spot[] = [
      ...Array.from({ length: MAX_RULES }, (_, i): Spot => ({ sheet: 'Đăng ký', row: 2 + 2 * i, severity: 'warning' })),
      err(5000),
    ];
    expect(spotBlocks(spots)[0]).toMatchObject({ first: 5000, severity: 'error' });
  });
});

type FakeState = ReturnType<typeof install>['state'];
