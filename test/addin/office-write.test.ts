/** Writing SheetModels through Office.js: one batch, text as text, one undo step where the host allows it. */
import { defaultProfile } from '../../src/domain/profile';
import { readWorkbooks } from '../../src/domain/reading/read-workbooks';
import { buildReport } from '../../src/domain/report/report';
import { consolidate } from '../../src/domain/ceremony/consolidate';
import { textCell, type SheetModel } from '../../src/domain/sheet-model';
import { styleSegments, writeSheetModels } from '../../src/workbook/office/write-sheets';
import { install } from '../e2e/fake-office';
import { canonicalMaster } from '../fixtures/layouts';
import { readXlsx, toBytes } from '../fixtures/workbooks';

async function ceremonySheets(taken: string[]): Promise<SheetModel[]> {
  const grid = await readXlsx(await toBytes(canonicalMaster()), 'huyen.xlsx');
  const read = readWorkbooks([grid], { profile: defaultProfile() });
  const report = buildReport(read, { y: 2023, m: 3, d: 1 }, 1);
  return consolidate(read, report, '2023', taken).sheets;
}

describe('Office adapter: writing', () => {
  it('writes the ceremony workbook as new sheets in one write sync, one undo step on ExcelApi 1.20', async () => {
    const fake = install({ sheets: [{ name: 'Đăng ký', rows: [['Họ và tên']] }] });
    const models = await ceremonySheets(fake.state.sheetNames());
    const result = await writeSheetModels(models);
    expect(result.sheets.map((s) => s.name)).toEqual(models.map((m) => m.name));
    expect(fake.state.runs.at(-1)?.options).toEqual({ mergeUndoGroup: true });
    expect(fake.state.runs.at(-1)?.syncs).toBe(2);
    const name = models[0]?.name ?? '';
    const info = fake.state.sheetInfo(name);
    expect(info?.merges).toBeGreaterThan(3);
    expect(info?.page).toMatchObject({ orientation: 'Landscape', paperSize: 'A4' });
    expect(info?.printTitles).toMatch(/^\$\d+:\$\d+$/);
    // The same page setup as the .xlsx: at 100 %, page numbers in the footer, every row of the list sized.
    expect(info?.page.zoom).toEqual({ scale: 100 });
    expect(info?.page['footer.centerFooter']).toMatch(/Trang &P\/&N$/);
    expect(Object.keys(info?.heights ?? {}).length).toBeGreaterThan(10);
    expect(info?.pageBreaks).toEqual(models[0]?.page?.breaksBefore?.map((r) => `A${r}`) ?? []);
    expect(fake.state.textOf(name)).toEqual(expect.arrayContaining(['DANH SÁCH', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Nguyễn Văn Hùng']));
    expect(fake.state.activeSheet).toBe(name);
  });

  it('adds the page breaks the model asks for', async () => {
    const fake = install({ sheets: [{ name: 'Sheet1', rows: [['x']] }] });
    const model: SheetModel = {
      name: 'Ngắt trang',
      widths: [20],
      cells: [textCell(1, 1, 'a'), textCell(40, 1, 'b')],
      merges: [],
      page: { orientation: 'landscape', paper: 'A4', fitToWidth: false, margins: { top: 20, bottom: 20, left: 30, right: 15 }, breaksBefore: [30] },
    };
    await writeSheetModels([model]);
    expect(fake.state.sheetInfo('Ngắt trang')?.pageBreaks).toEqual(['A30']);
  });

  it('keeps text that looks like a formula as text', async () => {
    const fake = install({ sheets: [{ name: 'Sheet1', rows: [['x']] }] });
    const model: SheetModel = { name: 'Thử', widths: [20], cells: [textCell(1, 1, '=SUM(A1:A3)'), textCell(2, 1, '+84 912'), { row: 3, col: 1, value: 5 }], merges: [] };
    await writeSheetModels([model]);
    expect(fake.state.cell('Thử', 1, 1)).toMatchObject({ value: '=SUM(A1:A3)', format: '@', formula: false });
    expect(fake.state.cell('Thử', 2, 1)).toMatchObject({ value: '+84 912', formula: false });
    expect(fake.state.cell('Thử', 3, 1)).toMatchObject({ value: 5, type: 'Double' });
  });

  it('on older hosts writes without the undo option, and never over a sheet the user made', async () => {
    const fake = install({ api: '1.19', sheets: [{ name: 'Thử', rows: [['của người dùng']] }] });
    const model: SheetModel = { name: 'Thử', widths: [], cells: [textCell(1, 1, 'mới')], merges: [] };
    await expect(writeSheetModels([model])).rejects.toMatchObject({ name: 'SheetNameTaken' });
    expect(fake.state.cell('Thử', 1, 1)?.value).toBe('của người dùng');
    await writeSheetModels([{ ...model, name: 'Thử 2' }]);
    expect(fake.state.runs.at(-1)?.options).toEqual({});
  });

  it('formats runs of equal cells as one range', () => {
    const style = { border: ['top', 'bottom', 'left', 'right'] as ('top' | 'bottom' | 'left' | 'right')[] };
    const segs = styleSegments([textCell(5, 1, 'a', style), textCell(5, 2, 'b', style), textCell(5, 3, 'c', { ...style, wrap: true }), textCell(6, 1, 'd', style)]);
    expect(segs.map((s) => [s.row, s.col, s.cols])).toEqual([[5, 1, 2], [5, 3, 1], [6, 1, 1]]);
  });
});
