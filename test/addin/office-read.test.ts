/**
 * The Office.js adapter reads the open workbook (here the fake Excel host) into the same grid the ExcelJS adapter
 * gives for the saved file, in a fixed number of syncs whatever the row count, halving its chunks on payload errors.
 */
import ExcelJS from 'exceljs';
import { defaultProfile } from '../../src/domain/profile';
import { readWorkbooks } from '../../src/domain/reading/read-workbooks';
import { readOpenWorkbook } from '../../src/workbook/office/read-workbook';
import { install } from '../e2e/fake-office';
import { canonicalMaster, messyUnitFile, messyUnits } from '../fixtures/layouts';
import { readXlsx, sheetWith, toBytes } from '../fixtures/workbooks';
import { comparable } from './grid-compare';
import { seedFromWorkbook } from './seed';

async function both(wb: ExcelJS.Workbook, options: { payloadLimitCells?: number; api?: string } = {}) {
  const fileGrid = await readXlsx(await toBytes(wb), 'Sổ mẫu.xlsx');
  const fake = install({ ...seedFromWorkbook(wb), ...options });
  const open = await readOpenWorkbook();
  return { fileGrid, open, fake };
}

function withExtras(wb: ExcelJS.Workbook): ExcelJS.Workbook {
  const ws = wb.getWorksheet('Đăng ký') as ExcelJS.Worksheet;
  ws.getCell('J1').value = 'Ngày đăng ký';
  ws.getCell('J2').value = new Date(Date.UTC(2023, 1, 20));
  ws.getCell('J2').numFmt = 'dd/mm/yyyy';
  ws.getCell('J3').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
  ws.getCell('J4').value = 45000.5;
  ws.getCell('K1').value = 'Ghi chú';
  ws.getCell('K2').value = '=không phải công thức';
  return wb;
}

describe('Office adapter: reading', () => {
  it('gives the same grid as the ExcelJS adapter (dates, errors, merges, legacy fonts)', async () => {
    for (const wb of [withExtras(canonicalMaster()), messyUnits(), messyUnitFile('X01', 'tcvn3'), messyUnitFile('TT1', 'vni')]) {
      const { fileGrid, open } = await both(wb);
      expect(comparable(open.grid)).toEqual(comparable(fileGrid));
    }
  });

  it('gives the engine the same records and findings', async () => {
    const wb = messyUnitFile('X01', 'tcvn3');
    const { fileGrid, open } = await both(wb);
    const a = readWorkbooks([fileGrid], { profile: defaultProfile() });
    const b = readWorkbooks([{ ...open.grid, fileName: fileGrid.fileName }], { profile: defaultProfile() });
    expect(b.registrations).toEqual(a.registrations);
    expect(b.findings).toEqual(a.findings);
    expect(a.registrations.map((r) => r.name)).toContain('Nguyễn Văn Hùng');
  });

  it('reads dates as dates only where the number format says so', async () => {
    const { open } = await both(withExtras(canonicalMaster()));
    const reg = open.grid.sheets.find((s) => s.name === 'Đăng ký');
    expect(reg?.rows[1]?.[9]).toEqual({ t: 'd', v: { y: 2023, m: 2, d: 20 } });
    expect(reg?.rows[2]?.[9]).toEqual({ t: 'e', v: '#N/A' });
    expect(reg?.rows[3]?.[9]).toEqual({ t: 'n', v: 45000.5 });
  });

  it('needs the same number of syncs for 10 rows and for 3,000 rows', async () => {
    const counts: number[] = [];
    for (const n of [10, 3000]) {
      const wb = new ExcelJS.Workbook();
      sheetWith(wb, 'Đăng ký', [['STT', 'Họ và tên / Tên tập thể', 'Năm sinh'], ...Array.from({ length: n }, (_, i) => [i + 1, `Nguyễn Văn ${i}`, 1960 + (i % 40)])]);
      const { open } = await both(wb);
      expect(open.grid.sheets[0]?.rows.length).toBe(n + 1);
      counts.push(open.syncs);
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(4);
  });

  it('halves its chunks when Excel refuses a payload, and still reads everything', async () => {
    const wb = new ExcelJS.Workbook();
    sheetWith(wb, 'Đăng ký', [['STT', 'Họ và tên / Tên tập thể'], ...Array.from({ length: 2000 }, (_, i) => [i + 1, `Trần Thị ${i}`])]);
    const { fileGrid, open, fake } = await both(wb, { payloadLimitCells: 1500 });
    expect(fake.state.payloadErrors).toBeGreaterThan(0);
    expect(comparable(open.grid)).toEqual(comparable(fileGrid));
  });

  it('leaves out the sheets the add-in made and reads without merges on old hosts', async () => {
    const wb = messyUnits();
    sheetWith(wb, 'Lễ tuyên dương 2023', [['DANH SÁCH']]);
    const fake = install({ ...seedFromWorkbook(wb), api: '1.12' });
    const ids = new Set<string>();
    const first = await readOpenWorkbook();
    const made = first.sheets.find((s) => s.name === 'Lễ tuyên dương 2023');
    if (made) ids.add(made.id);
    const open = await readOpenWorkbook({ skipSheetIds: ids });
    expect(open.grid.sheets.map((s) => s.name)).toEqual(['Sheet1']);
    expect(open.grid.sheets[0]?.merges).toEqual([]);
    expect(fake.state.sheetNames()).toContain('Lễ tuyên dương 2023');
  });
});
