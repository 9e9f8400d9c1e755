/**
 * Damaged and hostile workbooks: the command always answers 0, 1 or 2 in bounded time, never with a stack trace
 * or our "unexpected error" sentence, writes nothing on 2, and never changes its input.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { runCli, tempDir } from '../cli/run-cli';
import { hostileWorkbooks, Mutant, mutants } from './mutations';

const SEED = 20230225;
const COUNT = 60;
const TIME_BOUND_MS = 15_000;

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});

async function exercise(m: Mutant, i: number): Promise<void> {
  const input = path.join(dir, `dau-vao-${i}.xlsx`);
  const out = path.join(dir, `ket-qua-${i}.xlsx`);
  await fs.writeFile(input, m.bytes);

  const t0 = Date.now();
  const check = await runCli(['check', input, '--json', '--as-of', '2023-03-01']);
  const made = await runCli(['consolidate', input, '--ceremony', '2025', '-o', out, '--as-of', '2023-03-01']);
  const elapsed = Date.now() - t0;

  for (const r of [check, made]) {
    expect([0, 1, 2]).toContain(r.code);
    expect(r.err).not.toMatch(/\bat \S+ \(|Error:|node_modules|ngoài dự kiến/);
    if (r.code === 2) expect(r.err.trim().split('\n')).toHaveLength(1);
    else JSON.stringify(r.out);
  }
  if (check.code !== 2) expect(() => JSON.parse(check.out) as unknown).not.toThrow();
  if (made.code === 2) await expect(fs.stat(out)).rejects.toThrow();
  else expect((await fs.readFile(out)).subarray(0, 2).toString()).toBe('PK');
  expect(Buffer.compare(Buffer.from(m.bytes), await fs.readFile(input))).toBe(0);
  expect(elapsed).toBeLessThan(TIME_BOUND_MS);
  expect((await fs.readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
}

describe('fuzzing the command line with damaged workbooks', () => {
  it(`survives ${COUNT} seeded mutations`, async () => {
    const list = await mutants(SEED, COUNT);
    for (const [i, m] of list.entries()) {
      try {
        await exercise(m, i);
      } catch (e) {
        throw new Error(`${m.name}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  }, 240_000);

  it('survives hostile but valid workbooks', async () => {
    for (const [i, m] of (await hostileWorkbooks()).entries()) {
      try {
        await exercise(m, 1000 + i);
      } catch (e) {
        throw new Error(`${m.name}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  }, 240_000);
});
