/** The engine behind the task pane: its error contract, "không trùng" decisions, and the worker client that always settles. */
import { defaultProfile } from '../../src/domain/profile';
import { analyze, localEngine, quota } from '../../src/worker/engine';
import { decisionCells } from '../../src/worker/decisions';
import { EngineError } from '../../src/worker/protocol';
import { workerEngine } from '../../src/worker/worker-client';
import { canonicalMaster } from '../fixtures/layouts';
import { districtWorkbook } from '../e2e/sample';
import { roundTrip } from '../fixtures/workbooks';
import type { Finding } from '../../src/domain/findings/finding';

const ASOF = '2023-03-01';

describe('engine', () => {
  it('analyzes, builds the ceremony book, and gives the quota table alone', async () => {
    const grid = await roundTrip(canonicalMaster(), 'huyen.xlsx');
    const r = analyze({ grids: [grid], asOf: ASOF, ceremony: { id: '2025', taken: ['Lễ tuyên dương 2025'] } });
    expect(r.report.summary.units).toBe(6);
    expect(r.book?.sheets[0]?.name).toBe('Lễ tuyên dương 2025 (2)');
    expect(quota({ grids: [grid], asOf: ASOF }).quota).toEqual(r.report.quota);
  });

  it('turns domain errors into Vietnamese messages and hides unexpected ones', async () => {
    const engine = localEngine();
    await expect(engine.analyze({ grids: [], asOf: 'hôm qua' })).rejects.toMatchObject({ expected: true, message: expect.stringContaining('Ngày xét') });
    await expect(engine.validateProfile({ deadlines: { plan: '2022-02-30' } })).rejects.toMatchObject({ expected: true });
    await expect(engine.validateProfile({})).resolves.toEqual(defaultProfile());
    const r = await engine.readFiles([{ name: 'cu.xls', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).buffer }]);
    expect(r.errors[0]?.message).toMatch(/Lưu lại dưới dạng .xlsx|lưu lại dưới dạng \.xlsx/i);
  });

  it('gives the duplicate groups with their keys, and respects the decisions of the session', async () => {
    const grid = await roundTrip(districtWorkbook(), 'huyen.xlsx');
    const first = analyze({ grids: [grid], asOf: ASOF });
    const dup = first.report.findings.find((f) => f.code === 'DUPLICATE');
    expect(dup?.groupKey).toMatch(/^TL-/);
    expect(dup?.rows?.map((r) => r.row).sort((a, b) => a - b)).toEqual([3, 13]);
    const row = decisionCells(dup as Finding, { y: 2023, m: 3, d: 2 });
    expect(row[0]).toBe(dup?.groupKey);
    expect(row.slice(3, 5)).toEqual(['Không trùng', '02/03/2023']);
    const second = analyze({ grids: [grid], asOf: ASOF, decisions: [row] });
    expect(second.report.findings.filter((f) => f.code === 'DUPLICATE')).toEqual([]);
    expect(second.report.summary.warnings).toBe(first.report.summary.warnings - 1);
  });
});

type Handler = ((e: MessageEvent) => void) | null;

class FakeWorker {
  static made = 0;
  onmessage: Handler = null;
  onerror: ((e: unknown) => void) | null = null;
  terminated = false;
  constructor(private readonly behave: (call: { op: string }, reply: (r: unknown) => void, self: FakeWorker) => void) {
    FakeWorker.made++;
  }
  postMessage(msg: { id: number; call: { op: string } }): void {
    this.behave(msg.call, (reply) => setTimeout(() => this.onmessage?.({ data: { id: msg.id, reply } } as MessageEvent), 0), this);
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('worker client', () => {
  it('resolves replies, rejects errors with their message, times out, and survives a crash', async () => {
    FakeWorker.made = 0;
    const engine = workerEngine(
      () =>
        new FakeWorker((call, reply, self) => {
          if (call.op === 'validateProfile') reply({ ok: true, value: 'ok' });
          else if (call.op === 'readFiles') reply({ ok: false, message: 'Tệp hỏng', expected: true });
          else if (call.op === 'writeXlsx') setTimeout(() => self.onerror?.(new Error('boom')), 0);
          // 'analyze' never answers.
        }) as unknown as Worker,
      200,
    );
    await expect(engine.validateProfile({})).resolves.toBe('ok');
    await expect(engine.readFiles([])).rejects.toEqual(new EngineError('Tệp hỏng', true));
    await expect(engine.analyze({ grids: [], asOf: ASOF })).rejects.toMatchObject({ message: expect.stringContaining('quá lâu') });
    await expect(engine.writeXlsx([])).rejects.toMatchObject({ expected: false });
    await expect(engine.validateProfile({})).resolves.toBe('ok');
    expect(FakeWorker.made).toBe(3);
  });
});
