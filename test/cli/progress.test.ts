/**
 * The command line says what it is doing on a terminal (a national roll-up takes a minute), on one line it rewrites
 * and takes away before its output; a redirected stderr gets nothing of it.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { terminalProgress } from '../../src/cli/progress';
import { tempDir, withMaster } from './run-cli';
import { canonicalMaster } from '../fixtures/layouts';
import { toBytes } from '../fixtures/workbooks';

function recorded() {
  const events: string[] = [];
  let out = '';
  const io = {
    out: (s: string) => {
      events.push('out');
      out += s;
    },
    err: (s: string) => void events.push(`err:${s.trim()}`),
    today: () => ({ y: 2023, m: 3, d: 1 }),
    progress: { show: (step: string) => void events.push(`show:${step}`), clear: () => void events.push('clear') },
  };
  return { io, events, output: () => out };
}

describe('the steps of a run', () => {
  it('check of two files: each file read, then the tables, then the rules, before the report', async () => {
    const { dir, master } = await withMaster();
    const other = path.join(dir, 'ban-sao.xlsx');
    await fs.writeFile(other, await toBytes(canonicalMaster()));
    const { io, events } = recorded();
    await main(['check', master, other, '--as-of', '2023-03-01'], io);
    const shown = events.filter((e) => e.startsWith('show:'));
    expect(shown).toEqual([
      'show:Đang đọc tệp 1/2: tong-hop.xlsx…',
      'show:Đang đọc tệp 2/2: ban-sao.xlsx…',
      'show:Đang nhận ra các bảng và đọc từng dòng…',
      'show:Đang kiểm tra (chỉ tiêu, thời hạn, trùng lặp…)…',
    ]);
    expect(events.indexOf('out')).toBeGreaterThan(events.lastIndexOf(shown[shown.length - 1] ?? ''));
    expect(events[events.length - 1]).toBe('clear');
  });

  it('consolidate says it is writing its file; a failure still takes the line away', async () => {
    const { master, dir } = await withMaster();
    const out = path.join(dir, 'danh-sach.xlsx');
    const ok = recorded();
    expect(await main(['consolidate', master, '--ceremony', '2023', '-o', out, '--as-of', '2023-03-01'], ok.io)).toBe(0);
    expect(ok.events).toContain(`show:Đang lập và ghi ${out}…`);
    expect(ok.events[ok.events.length - 1]).toBe('clear');
    const bad = recorded();
    expect(await main(['check', path.join(await tempDir(), 'khong-co.xlsx')], bad.io)).toBe(2);
    expect(bad.events[bad.events.length - 1]).toBe('clear');
  });
});

describe('the line on a terminal', () => {
  const stream = (isTTY: boolean, columns = 80) => {
    let written = '';
    return { isTTY, columns, write: (s: string) => (written += s), text: () => written };
  };

  it('rewrites one line, spaces over a longer one, and clears it', () => {
    const s = stream(true);
    const p = terminalProgress(s);
    p.show('Đang đọc tệp 1/2: a.xlsx…');
    p.show('Đang kiểm tra…');
    p.clear();
    p.clear();
    const first = 'Đang đọc tệp 1/2: a.xlsx…';
    expect(s.text()).toBe(`\r${first}\rĐang kiểm tra…${' '.repeat(first.length - 'Đang kiểm tra…'.length)}\r${' '.repeat('Đang kiểm tra…'.length)}\r`);
  });

  it('cuts a step to the terminal\'s width, so that it never wraps', () => {
    const s = stream(true, 30);
    terminalProgress(s).show(`Đang đọc tệp 1/9: ${'rất-dài-'.repeat(20)}.xlsx…`);
    expect(s.text().length).toBe(1 + 29);
  });

  it('near miss: stderr redirected to a file or a pipe gets nothing', () => {
    const s = stream(false);
    const p = terminalProgress(s);
    p.show('Đang kiểm tra…');
    p.clear();
    expect(s.text()).toBe('');
  });
});
