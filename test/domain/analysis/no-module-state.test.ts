/**
 * The domain holds functions and constant tables only: state lives in the analysis (or a per-run object) and dies
 * with it. A module-level cache keeps people's names in the add-in's long-lived runtime after a check is over, and
 * makes rules depend on cache identity instead of the data passed in.
 */
import fs from 'fs';
import path from 'path';

const DOMAIN = path.join(__dirname, '../../../src/domain');

/** Top-level statements that make or change mutable state, by line. */
const STATE = [
  // let / var at module level: a value the module changes.
  /^(export )?(let|var) /,
  // A module-level Map, WeakMap, WeakSet or memo: a cache. Constant tables are built by a function instead.
  /^(export )?const [A-Za-z_$][\w$]* *(: *[^=]+)?= *(new (Weak)?Map\b|new WeakSet\b|memoize\b)/,
  // A statement at module level that fills a container: a table built in place is a table that can change.
  /^[A-Za-z_$][\w$]*\.(set|add|push|clear|delete)\(/,
];


function stateLines(file: string, source: string): string[] {
  const found: string[] = [];
  for (const line of source.split('\n')) {
    if (STATE.some((re) => re.test(line))) found.push(`${file}: ${line.trim()}`);
  }
  return found;
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

describe('no module-level state in src/domain', () => {
  it('finds none', () => {
    const found = filesUnder(DOMAIN).flatMap((f) => stateLines(path.relative(DOMAIN, f).split(path.sep).join('/'), fs.readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });

  it('tells state from constants and functions', () => {
    const bad = [
      'const cache = new Map<string, string>();',
      'export const toneKey = memoize((s: string) => s);',
      'const byHeader = new WeakMap<object, string[]>();',
      'let count = 0;',
      'TABLE.set(key, value);',
      'const seen: Map<string, number> = new Map();',
    ];
    const good = [
      'const TABLE = table();',
      'const LABELS = new Set([\'ho va ten\']);',
      '  const memo = new Map<string, string>();',
      'export function f(): void {}',
      '    cache.set(k, v);',
      'const KEY = memoizedName;',
    ];
    expect(bad.map((l) => stateLines('x.ts', l).length)).toEqual(bad.map(() => 1));
    expect(good.map((l) => stateLines('x.ts', l).length)).toEqual(good.map(() => 0));
  });
});
