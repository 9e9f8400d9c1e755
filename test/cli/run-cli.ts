import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { canonicalMaster } from '../fixtures/layouts';
import { toBytes } from '../fixtures/workbooks';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/** Runs the command line in-process, today fixed, output captured. */
export async function runCli(args: string[]): Promise<CliResult> {
  let out = '';
  let err = '';
  const code = await main(args, {
    out: (s) => (out += s),
    err: (s) => (err += s),
    today: () => ({ y: 2023, m: 3, d: 1 }),
  });
  return { code, out, err };
}

export async function tempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'dienhinh-test-'));
}

/** A temporary folder holding the canonical master workbook as tong-hop.xlsx. */
export async function withMaster(): Promise<{ dir: string; master: string }> {
  const dir = await tempDir();
  const master = path.join(dir, 'tong-hop.xlsx');
  await fs.writeFile(master, await toBytes(canonicalMaster()));
  return { dir, master };
}
