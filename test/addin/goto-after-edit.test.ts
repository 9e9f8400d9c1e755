/**
 * Trial 17a class 9: «Đến ô» after the user edits. The pane hears the sheet events: once a sheet the check read has
 * changed, the check view says its result may be out of date, and «Đến ô» says the cell may no longer be the one. It
 * finds the checked sheet by id (renamed, still found; replaced under the old name, not taken for it), and every
 * failure is a Vietnamese sentence the pane shows, never an unhandled error.
 */
import ExcelJS from 'exceljs';
import type { Finding } from '../../src/domain/findings/finding';
import { officeWorkspace } from '../../src/taskpane/office-workspace';
import { ui } from '../../src/taskpane/ui/texts';
import { UserError, type Workspace } from '../../src/taskpane/workspace';
import { localEngine } from '../../src/worker/engine';
import { districtWorkbook } from '../e2e/sample';
import { install } from '../e2e/fake-office';
import type { FakeSeed } from '../e2e/fake-office';
import { canonicalMaster } from '../fixtures/layouts';
import { seedFromWorkbook } from './seed';

const ASOF = '2023-03-01';
const quiet = () => undefined;
const FILE = 'An Phú.xlsx';
const place = { file: FILE, sheet: 'Đăng ký', row: 12, column: 'D' };

/** The canonical master with a row of two people (NOT_SINGLE_SUBJECT at 'Đăng ký'!D12). */
function master(): ExcelJS.Workbook {
  const wb = canonicalMaster();
  (wb.getWorksheet('Đăng ký') as ExcelJS.Worksheet).addRow([11, 'X02', 'Cá nhân', 'Nguyễn Văn A, Lê Thị B', undefined, undefined, undefined, 'Hai người', 1]);
  return wb;
}

async function checked(seed: FakeSeed = seedFromWorkbook(master(), FILE)) {
  const fake = install(seed);
  const ws = officeWorkspace(localEngine(), () => ASOF);
  const told: boolean[] = [];
  ws.onStale?.((s) => told.push(s));
  const o = await ws.check(ASOF, quiet);
  expect(o.report.findings.some((f) => f.code === 'NOT_SINGLE_SUBJECT' && f.sheet === 'Đăng ký' && f.row === 12)).toBe(true);
  return { fake, ws, told };
}

const go = (ws: Workspace, p = place) => (ws.select as NonNullable<Workspace['select']>)(p);

describe('«Đến ô» and the check view after the user edits', () => {
  it('with no edit: selects the cell, says nothing more, and the check is not stale', async () => {
    const { fake, ws, told } = await checked();
    await expect(go(ws)).resolves.toBeUndefined();
    expect(fake.state.selected).toBe("'Đăng ký'!D12");
    expect(ws.isStale?.()).toBe(false);
    expect(told).toEqual([false]);
  });

  it.each([
    ['a row inserted above', (s: FakeState) => s.insertRows('Đăng ký', 2, 1)],
    ['a row deleted', (s: FakeState) => s.deleteRows('Đăng ký', 3, 1)],
    ['a cell edited', (s: FakeState) => s.edit('Đăng ký', 5, 4, 'Trần Văn Bảy')],
    ['rows hidden', (s: FakeState) => s.hideRows('Đăng ký', [4])],
    ['the units sheet edited', (s: FakeState) => s.edit('Đơn vị', 2, 2, 'Đảng bộ xã An Bình mới')],
  ])('after %s: the check says it may be out of date, «Đến ô» says the cell may have moved', async (_what, edit) => {
    const { fake, ws, told } = await checked();
    edit(fake.state);
    expect(ws.isStale?.()).toBe(true);
    expect(told.at(-1)).toBe(true);
    const said = await go(ws);
    if (_what === 'the units sheet edited') expect(said).toBeUndefined();
    else expect(said).toBe(ui.goToChanged('Đăng ký', 'D12'));
    // A new check: up to date again.
    await ws.check(ASOF, quiet);
    expect(ws.isStale?.()).toBe(false);
    expect(told.at(-1)).toBe(false);
  });

  it('a renamed sheet is still the finding’s sheet; a new sheet of the old name is not', async () => {
    const { fake, ws } = await checked();
    fake.state.renameSheet('Đăng ký', 'ĐK 2023');
    expect(ws.isStale?.()).toBe(true);
    await expect(go(ws)).resolves.toBe(ui.goToChanged('ĐK 2023', 'D12'));
    expect(fake.state.selected).toBe("'ĐK 2023'!D12");
    fake.state.addSheet('Đăng ký', [['Giai đoạn 2']]);
    fake.state.selected = undefined;
    await go(ws);
    expect(fake.state.selected).toBe("'ĐK 2023'!D12");
  });

  it('a sheet deleted, or replaced under its name, is said in Vietnamese and never selected', async () => {
    const { fake, ws } = await checked();
    fake.state.deleteSheet('Đăng ký');
    await expect(go(ws)).rejects.toEqual(new UserError(ui.goToGone('Đăng ký')));
    fake.state.addSheet('Đăng ký', [['Trang mới']]);
    await expect(go(ws)).rejects.toThrow(ui.goToGone('Đăng ký'));
    expect(fake.state.selected).toBeUndefined();
  });

  it('a hidden sheet cannot be selected: the sentence says how to show it', async () => {
    const seed = seedFromWorkbook(master(), FILE);
    const { fake, ws } = await checked(seed);
    fake.state.hideSheet('Đăng ký');
    await expect(go(ws)).rejects.toThrow(ui.goToHidden('Đăng ký'));
  });

  it('near misses: the add-in writing its own sheets (a decision, the ceremony list) is no change to what was checked', async () => {
    const { fake, ws } = await checked(seedFromWorkbook(districtWorkbook(), FILE));
    const o = await ws.check(ASOF, quiet);
    const dup = o.report.findings.find((f) => f.code === 'DUPLICATE');
    expect(dup).toBeDefined();
    await ws.decisions.record(dup as Finding, 'not-duplicate');
    await ws.consolidate('2023', ASOF, async () => true, quiet);
    // Checked again with the list sheets in the workbook, then the list made again over them.
    await ws.check(ASOF, quiet);
    await ws.consolidate('2023', ASOF, async () => true, quiet);
    fake.state.addSheet('Ghi chép', [['Việc cần làm']]);
    expect(ws.isStale?.()).toBe(false);
  });

  it('an older host without sheet events still selects, by id', async () => {
    const seed = { ...seedFromWorkbook(master(), FILE), api: '1.8' };
    const { fake, ws } = await checked(seed);
    await expect(go(ws)).resolves.toBeUndefined();
    expect(fake.state.selected).toBe("'Đăng ký'!D12");
    expect(ws.isStale?.()).toBe(false);
  });
});

type FakeState = ReturnType<typeof install>['state'];
