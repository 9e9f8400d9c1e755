/**
 * Trial 17a, class 1: rows folded in a collapsed outline group (Data > Group) of a unit's sheet were taken by the
 * pane for rows the unit hid, and dropped (QUOTA_SHORT, «đơn vị đã ẩn dòng này»), while the command line counted
 * them. Office.js tells that a row is hidden, never why, so the open workbook's hidden rows now count (no exemplar is
 * lost, as the .xlsx reader decides for folded rows and for an Advanced Filter) and the pane names them beside the
 * result. Near misses: the .xlsx door still takes out a row hidden by hand; a filtered sheet, an empty hidden row and
 * a hidden row above the list's header are not named.
 */
import ExcelJS from 'exceljs';
import { officeWorkspace } from '../../src/taskpane/office-workspace';
import { analyze, localEngine } from '../../src/worker/engine';
import { install } from '../e2e/fake-office';
import { roundTrip, Row, sheetWith } from '../fixtures/workbooks';
import { seedFromWorkbook } from './seed';

const ASOF = '2023-03-01';
const quiet = () => undefined;
const UNITS: Row[] = [
  ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'],
  ['X01', 'Đảng bộ xã An Bình', 'Đảng bộ xã'],
  ['X02', 'Đảng bộ xã Tân Lập', 'Đảng bộ xã'],
];

/** A master with one sheet per unit; `hide` shapes An Bình's rows 4–5 (Chi bộ Thôn 1, Nguyễn Văn Hùng). */
function master(hide: (ws: ExcelJS.Worksheet) => void): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  sheetWith(wb, 'Đơn vị', UNITS);
  const a = sheetWith(wb, 'An Bình', [['ĐẢNG ỦY XÃ AN BÌNH'], [], ['STT', 'Đối tượng', 'Họ và tên / Tên tập thể', 'Năm sinh'], [1, 'Tập thể', 'Chi bộ Thôn 1', ''], [2, 'Cá nhân', 'Nguyễn Văn Hùng', 1975]]);
  sheetWith(wb, 'Tân Lập', [['ĐẢNG ỦY XÃ TÂN LẬP'], [], ['STT', 'Đối tượng', 'Họ và tên / Tên tập thể', 'Năm sinh'], [1, 'Cá nhân', 'Lê Thị Mai', 1980], [2, 'Cá nhân', 'Phạm Văn Tư', 1972]]);
  hide(a);
  return wb;
}

const folded = (ws: ExcelJS.Worksheet) => {
  for (const r of [4, 5]) {
    ws.getRow(r).outlineLevel = 1;
    ws.getRow(r).hidden = true;
  }
};
const hiddenByHand = (ws: ExcelJS.Worksheet) => {
  ws.getRow(5).hidden = true;
};

async function pane(wb: ExcelJS.Workbook) {
  install(seedFromWorkbook(wb, 'Huyện.xlsx'));
  const o = await officeWorkspace(localEngine(), () => ASOF).check(ASOF, quiet);
  return { o, anBinh: o.report.quota.find((q) => q.unit === 'Đảng bộ xã An Bình')?.registered };
}

async function cli(wb: ExcelJS.Workbook) {
  const r = analyze({ grids: [await roundTrip(wb, 'Huyện.xlsx')], asOf: ASOF });
  return r.report.quota.find((q) => q.unit === 'Đảng bộ xã An Bình')?.registered;
}

describe('hidden rows of the open workbook', () => {
  it('rows folded in a collapsed group count in the pane as on the command line, and are named', async () => {
    const wb = master(folded);
    const { o, anBinh } = await pane(wb);
    expect(anBinh).toBe(2);
    expect(await cli(wb)).toBe(2);
    expect(o.report.findings.filter((f) => f.code === 'QUOTA_SHORT')).toEqual([]);
    expect(o.notes).toHaveLength(1);
    expect(o.notes?.[0]).toContain('Trang «An Bình» có 2 dòng đang ẩn (dòng 4, 5)');
  });

  it('the consolidation lists them, and says so before signing', async () => {
    const wb = master(folded);
    install(seedFromWorkbook(wb, 'Huyện.xlsx'));
    const c = await officeWorkspace(localEngine(), () => ASOF).consolidate('2023', ASOF, async () => true, quiet);
    expect(c.collectives).toBe(1);
    expect(c.individuals).toBe(3);
    expect(c.notices?.[0]).toMatchObject({ level: 'warning', message: expect.stringContaining('«An Bình»') });
  });

  it('a row hidden by hand: Excel cannot tell it from a folded one, so it counts (named), never lost', async () => {
    const { o, anBinh } = await pane(master(hiddenByHand));
    expect(anBinh).toBe(2);
    expect(o.notes?.[0]).toContain('1 dòng đang ẩn (dòng 5)');
  });

  it('an Advanced Filter (hidden rows, no AutoFilter, no table) counts them too, as the command line does', async () => {
    // Office.js sees an Advanced Filter's rows only as hidden rows with the AutoFilter off: the same as by hand.
    const { anBinh } = await pane(master((ws) => { ws.getRow(4).hidden = true; ws.getRow(5).hidden = true; }));
    expect(anBinh).toBe(2);
  });

  it('near miss: the file door still takes out a row its unit hid by hand', async () => {
    expect(await cli(master(hiddenByHand))).toBe(1);
  });

  it('near misses: a filtered sheet, an empty hidden row, a hidden row above the header are not named', async () => {
    const filtered = await pane(master((ws) => { ws.getRow(5).hidden = true; ws.autoFilter = 'A3:D5'; }));
    expect(filtered.anBinh).toBe(2);
    expect(filtered.o.notes).toBeUndefined();
    const quiet2 = await pane(master((ws) => { ws.getRow(2).hidden = true; ws.getRow(1).hidden = true; ws.getRow(9).hidden = true; ws.getCell('A9').value = ''; }));
    expect(quiet2.anBinh).toBe(2);
    expect(quiet2.o.notes).toBeUndefined();
    const plain = await pane(master(() => undefined));
    expect(plain.o.notes).toBeUndefined();
  });
});
