/**
 * Trial 16: on the browser page a «Trùng» / «Không trùng» click was kept in this browser and applied to every later
 * check, with nothing to show it: the downloaded list did not carry it, no view listed it, and a mistaken click could
 * not be taken back. The page now lists the kept decisions, each can be taken back, the downloaded list carries them
 * in a «Quyết định trùng lặp» sheet, and a group merged by a decision says so in its message (every door).
 */
import ExcelJS from 'exceljs';
import { DECISION_SHEET_NAME } from '../../src/domain/decision-sheet';
import type { Finding } from '../../src/domain/findings/finding';
import { localStore } from '../../src/taskpane/local-store';
import { standaloneWorkspace } from '../../src/taskpane/standalone-workspace';
import { localEngine } from '../../src/worker/engine';
import { toBytes } from '../fixtures/workbooks';
import { memoryStorage } from '../fixtures/pane-inputs';

const ASOF = '2023-03-01';
const quiet = () => undefined;

const fileOf = (name: string, bytes: Uint8Array) => {
  const copy = bytes.slice().buffer;
  return { name, arrayBuffer: () => Promise.resolve(copy) } as unknown as File;
};

/** A master where two people are each proposed by two units: two duplicate groups. */
function master(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Đơn vị').addRows([
    ['STT', 'Tên đơn vị', 'Loại đơn vị'],
    [1, 'Đảng bộ xã An Bình', 'Đảng bộ xã'],
    [2, 'Hội Nông dân huyện', 'Đoàn thể huyện'],
    [3, 'Hội Cựu chiến binh huyện', 'Đoàn thể huyện'],
  ]);
  wb.addWorksheet('Đăng ký').addRows([
    ['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Chức vụ, đơn vị công tác'],
    [1, 'Đảng bộ xã An Bình', 'Nguyễn Văn Hòa', 1970, 'Nam', 'Chủ nhiệm HTX An Bình'],
    [2, 'Hội Nông dân huyện', 'Nguyễn Văn Hòa', 1970, 'Nam', 'Chủ nhiệm HTX An Bình'],
    [3, 'Đảng bộ xã An Bình', 'Trần Văn Lực', 1958, 'Nam', 'Chi hội trưởng CCB ấp 2'],
    [4, 'Hội Cựu chiến binh huyện', 'Trần Văn Lực', 1958, 'Nam', 'Chi hội trưởng CCB ấp 2'],
  ]);
  return wb;
}

async function workspace(storage = memoryStorage()) {
  const ws = standaloneWorkspace(localEngine(), () => ASOF, localStore(storage));
  await ws.addFiles([fileOf('huyen.xlsx', await toBytes(master()))], quiet);
  return ws;
}

const duplicates = (findings: Finding[]) => findings.filter((f) => f.code === 'DUPLICATE');

describe('duplicate decisions kept in the browser', () => {
  it('are listed, survive a reload, and each can be taken back', async () => {
    const storage = memoryStorage();
    const first = await workspace(storage);
    const groups = duplicates((await first.check(ASOF, quiet)).report.findings);
    const [a, b] = groups;
    if (!a || !b) throw new Error('the sample has two duplicate groups');
    await first.decisions.record(a, 'not-duplicate');
    await first.decisions.record(b, 'duplicate');
    expect(first.decisions.stored?.().map((d) => [d.key, d.verdict])).toEqual([
      [a.groupKey, 'not-duplicate'],
      [b.groupKey, 'duplicate'],
    ]);
    expect(first.decisions.stored?.()[0]?.group).toContain(a.message.slice(0, 20));

    const second = await workspace(storage);
    expect(second.decisions.stored?.()).toHaveLength(2);
    expect(duplicates((await second.check(ASOF, quiet)).report.findings).map((f) => f.groupKey)).not.toContain(a.groupKey);
    second.decisions.forget?.(a.groupKey ?? '');
    expect(second.decisions.stored?.().map((d) => d.key)).toEqual([b.groupKey]);
    expect(duplicates((await second.check(ASOF, quiet)).report.findings).map((f) => f.groupKey)).toContain(a.groupKey);

    // Taken back for good: a reload does not bring it again.
    const third = await workspace(storage);
    expect(third.decisions.stored?.().map((d) => d.key)).toEqual([b.groupKey]);
  });

  it('a group merged by a «Trùng» decision says so; near miss: the same group undecided does not', async () => {
    const ws = await workspace();
    const before = duplicates((await ws.check(ASOF, quiet)).report.findings);
    for (const f of before) expect(f.message).not.toContain('Đã đánh dấu «Trùng»');
    const b = before[1] as Finding;
    await ws.decisions.record(b, 'duplicate');
    const after = duplicates((await ws.check(ASOF, quiet)).report.findings);
    const decided = after.filter((f) => f.message.includes(`Đã đánh dấu «Trùng» trong trang «${DECISION_SHEET_NAME}»`));
    expect(decided).toHaveLength(1);
    expect(decided[0]?.rows).toEqual(b.rows);
  });

  it('go with the downloaded ceremony list, in its «Quyết định trùng lặp» sheet; near miss: none kept, no such sheet', async () => {
    const ws = await workspace();
    const plain = await ws.consolidate('2023', ASOF, () => Promise.resolve(true), quiet);
    expect(plain.sheetNames).not.toContain(DECISION_SHEET_NAME);
    const f = duplicates((await ws.check(ASOF, quiet)).report.findings)[0] as Finding;
    await ws.decisions.record(f, 'not-duplicate');
    const r = await ws.consolidate('2023', ASOF, () => Promise.resolve(true), quiet);
    expect(r.sheetNames).toContain(DECISION_SHEET_NAME);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.download?.bytes as ArrayBuffer);
    const sheet = wb.getWorksheet(DECISION_SHEET_NAME);
    expect(sheet?.getRow(1).values).toEqual([undefined, 'Mã nhóm', 'Nội dung nhóm', 'Mức độ', 'Quyết định', 'Ngày quyết định', 'Ghi chú']);
    expect([sheet?.getCell('A2').value, sheet?.getCell('D2').value, sheet?.getCell('E2').value]).toEqual([f.groupKey, 'Không trùng', '01/03/2023']);
  });
});
