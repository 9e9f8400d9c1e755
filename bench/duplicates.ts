/**
 * The duplicate matcher's figures (R5) on a seeded province with ground truth (duplicates-data.ts): what blocking
 * keeps, how right "certain" is, how much "certain" + "probable" find, whether look-alikes stay apart, and the cost
 * (candidates per row, time, peak heap). The matcher runs once, after a full collection, on this one thread.
 *
 * Run directly (`node --expose-gc lib/bench/duplicates.js`) it prints its own section without the workbook stages.
 */
import { matchRegistrations, MatchResult } from '../src/domain/duplicates';
import { DEFAULT_DUPLICATE_OPTIONS, DuplicateBenchData, DuplicateDataOptions, generateDuplicateData, LOOK_ALIKES, Pair, VARIANTS } from './duplicates-data';
import { collectGarbage, PeakMemory } from './memory';

export const DUPLICATE_TARGETS = {
  blockingRecall: 0.99,
  certainPrecision: 0.999,
  recall: 0.95,
  lookAlikesFlagged: 0,
  candidatesPerRow: 30,
  matchMs: 2500,
  heapMb: 500,
  wholeCheckRatio: 1.5,
} as const;

/** What the matcher said about one pair of rows. */
type Verdict = 'certain' | 'probable' | 'none';

interface Tally {
  pairs: number;
  blocked: number;
  certain: number;
  probable: number;
}

export interface DuplicateFigures {
  rows: number;
  units: number;
  seed: number;
  generateMs: number;
  ms: number;
  /** CPU time of the process meanwhile (main thread and V8's helpers): well under `ms` means the machine was busy. */
  cpuMs: number;
  heapMb: number;
  rssMb: number;
  candidates: number;
  skippedBlocks: number;
  groups: { certain: number; probable: number };
  certainPairs: number;
  certainTrue: number;
  /** Wrongly merged pairs, a few, for the report. */
  falseCertain: string[];
  byVariant: Map<string, Tally>;
  byLookAlike: Map<string, Tally>;
}

const pairKey = (a: number, b: number) => (a < b ? a * 1_048_576 + b : b * 1_048_576 + a);

/** Each row's certain group (or -1), and the probable links between groups or lone rows. */
function verdicts(result: MatchResult, rows: number): (a: number, b: number) => Verdict {
  const group = new Int32Array(rows).fill(-1);
  result.groups.forEach((g, k) => {
    if (g.confidence === 'certain') for (const m of g.members) group[m.index] = k;
  });
  // A probable finding links two certain groups (or lone rows): any row of one with any row of the other.
  const node = (x: number) => ((group[x] ?? -1) >= 0 ? -1 - (group[x] as number) : x);
  const linked = new Set<number>();
  for (const g of result.groups) {
    const [x, y] = g.members;
    if (g.confidence === 'probable' && x && y) linked.add(pairKey(node(x.index) + rows, node(y.index) + rows));
  }
  return (a, b) => {
    if ((group[a] ?? -1) >= 0 && group[a] === group[b]) return 'certain';
    return linked.has(pairKey(node(a) + rows, node(b) + rows)) ? 'probable' : 'none';
  };
}

function tallies<K extends string>(kinds: readonly K[], pairs: Pair<K>[], blocked: Set<number>, verdict: (a: number, b: number) => Verdict) {
  const out = new Map<string, Tally>(kinds.map((k) => [k, { pairs: 0, blocked: 0, certain: 0, probable: 0 }]));
  for (const p of pairs) {
    const t = out.get(p.kind);
    if (!t) continue;
    t.pairs++;
    if (blocked.has(pairKey(p.a, p.b))) t.blocked++;
    const v = verdict(p.a, p.b);
    if (v === 'certain') t.certain++;
    else if (v === 'probable') t.probable++;
  }
  return out;
}

/** Pairs inside certain groups, and how many of them are planted duplicates. */
function certainPairs(result: MatchResult, truth: Set<number>, data: DuplicateBenchData) {
  let total = 0;
  let right = 0;
  const wrong: string[] = [];
  for (const g of result.groups) {
    if (g.confidence !== 'certain') continue;
    for (let i = 0; i < g.members.length; i++)
      for (let j = i + 1; j < g.members.length; j++) {
        const a = g.members[i]?.index ?? 0;
        const b = g.members[j]?.index ?? 0;
        total++;
        if (truth.has(pairKey(a, b))) right++;
        else if (wrong.length < 8) wrong.push(describe(data, a, b, g.evidence.map((e) => `${e.field}:${e.level}`).join(' ')));
      }
  }
  return { total, right, wrong };
}

function describe(data: DuplicateBenchData, a: number, b: number, why: string): string {
  const row = (i: number) => {
    const r = data.registrations[i];
    return r ? `«${r.name}» ${r.birthYear ?? ''} ${r.unitId ?? ''} ${r.position ?? ''}`.trim() : '?';
  };
  return `${row(a)}  ~  ${row(b)}  [${why}]`;
}

/** Generates the province, runs the matcher once and measures it. */
export function measureDuplicates(mem: PeakMemory, options: DuplicateDataOptions = DEFAULT_DUPLICATE_OPTIONS): DuplicateFigures {
  const g0 = performance.now();
  const data = generateDuplicateData(options);
  const generateMs = performance.now() - g0;
  const truth = new Set(data.truePairs.map((p) => pairKey(p.a, p.b)));
  const watched = new Set([...truth, ...data.lookAlikes.map((p) => pairKey(p.a, p.b))]);
  const blocked = new Set<number>();
  let seen = 0;
  // A synchronous run blocks the sampler's timer: sample from inside it, every 64k candidates.
  const onCandidate = (a: number, b: number) => {
    if ((++seen & 0xffff) === 0) mem.sample();
    const k = pairKey(a, b);
    if (watched.has(k)) blocked.add(k);
  };
  collectGarbage();
  mem.beginStage();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = matchRegistrations(data.registrations, data.units, { onCandidate });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const peak = mem.endStage();

  const verdict = verdicts(result, data.registrations.length);
  const certain = certainPairs(result, truth, data);
  return {
    rows: data.registrations.length,
    units: data.units.length,
    seed: options.seed,
    generateMs,
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    heapMb: peak.heapMb,
    rssMb: peak.rssMb,
    candidates: result.stats.candidates,
    skippedBlocks: result.stats.skippedCount,
    groups: {
      certain: result.groups.filter((g) => g.confidence === 'certain').length,
      probable: result.groups.filter((g) => g.confidence === 'probable').length,
    },
    certainPairs: certain.total,
    certainTrue: certain.right,
    falseCertain: certain.wrong,
    byVariant: tallies(VARIANTS, data.truePairs, blocked, verdict),
    byLookAlike: tallies(LOOK_ALIKES, data.lookAlikes, blocked, verdict),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Printing

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const pct = (x: number, digits = 1) => `${(x * 100).toFixed(digits)}%`;
const share = (n: number, d: number) => (d ? n / d : 1);
const mark = (ok: boolean) => (ok ? '✓' : '✗');

function sum(tallies: Map<string, Tally>): Tally {
  const t: Tally = { pairs: 0, blocked: 0, certain: 0, probable: 0 };
  for (const x of tallies.values()) {
    t.pairs += x.pairs;
    t.blocked += x.blocked;
    t.certain += x.certain;
    t.probable += x.probable;
  }
  return t;
}

function breakdown(title: string, tallies: Map<string, Tally>, flaggedIsBad: boolean): string[] {
  const w = [20, 7, 9, 9, 10, 8];
  const line = (c: string[]) => c.map((x, i) => (i ? x.padStart(w[i] ?? 0) : x.padEnd(w[i] ?? 0))).join('  ');
  const rows = [...tallies.entries(), ['all', sum(tallies)] as const].map(([k, t]) =>
    line([
      `  ${k}`,
      int(t.pairs),
      int(t.blocked),
      int(t.certain),
      int(t.probable),
      flaggedIsBad ? int(t.certain + t.probable) : int(t.pairs - t.certain - t.probable),
    ]),
  );
  return [title, line(['', 'pairs', 'compared', 'certain', 'probable', flaggedIsBad ? 'flagged' : 'missed']), ...rows];
}

/** The figures of the issue, each next to its target. `wholeCheckRatio` comes from the workbook stages. */
export function duplicateReport(f: DuplicateFigures, wholeCheckRatio?: number): string[] {
  const T = DUPLICATE_TARGETS;
  const truth = sum(f.byVariant);
  const looks = sum(f.byLookAlike);
  const flagged = looks.certain + looks.probable;
  const blocking = share(truth.blocked, truth.pairs);
  const precision = share(f.certainTrue, f.certainPairs);
  const recall = share(truth.certain + truth.probable, truth.pairs);
  const perRow = f.candidates / f.rows;
  const figures: [string, string, string, boolean][] = [
    ['blocking recall (true pairs compared)', pct(blocking, 2), `≥ ${pct(T.blockingRecall, 0)}`, blocking >= T.blockingRecall],
    ["'certain' precision (pairs in groups)", pct(precision, 2), `≥ ${pct(T.certainPrecision)}`, precision >= T.certainPrecision],
    ["'certain' + 'probable' recall", pct(recall, 2), `≥ ${pct(T.recall, 0)}`, recall >= T.recall],
    ['planted look-alikes flagged', `${int(flagged)} of ${int(looks.pairs)}`, `${T.lookAlikesFlagged}`, flagged <= T.lookAlikesFlagged],
    ['candidate pairs per row', perRow.toFixed(2), `≤ ${T.candidatesPerRow}`, perRow <= T.candidatesPerRow],
    ['matching time, one thread', `${int(f.ms)} ms`, `≤ ${int(T.matchMs)} ms`, f.ms <= T.matchMs],
    ['peak heap while matching', `${int(f.heapMb)} MB`, `≤ ${T.heapMb} MB`, f.heapMb <= T.heapMb],
  ];
  if (wholeCheckRatio !== undefined)
    figures.push(['whole check / bare ExcelJS read', `${wholeCheckRatio.toFixed(2)}×`, `≤ ${T.wholeCheckRatio}×`, wholeCheckRatio <= T.wholeCheckRatio]);
  const w = [40, 14, 12];
  const line = (c: string[]) => c.map((x, i) => (i ? x.padStart(w[i] ?? 2) : x.padEnd(w[i] ?? 0))).join('  ');
  return [
    `Duplicate matching (R5): ${int(f.rows)} registrations, ${int(f.units)} units, seed ${f.seed}; ` +
      `${int(truth.pairs)} planted duplicates, ${int(looks.pairs)} planted look-alikes; generated in ${int(f.generateMs)} ms`,
    `  ${int(f.candidates)} candidate pairs, ${int(f.skippedBlocks)} oversized blocks skipped; ` +
      `${int(f.groups.certain)} certain groups (${int(f.certainPairs)} pairs), ${int(f.groups.probable)} probable`,
    `  matched in one call on the main thread: ${int(f.ms)} ms wall, ${int(f.cpuMs)} ms CPU (with V8's GC helpers); ` +
      `peak RSS ${int(f.rssMb)} MB`,
    '',
    line(['figure', 'measured', 'target', '']),
    '-'.repeat(w.reduce((s, x) => s + x + 2, 3)),
    ...figures.map(([name, value, target, ok]) => line([name, value, target, mark(ok)])),
    '',
    ...breakdown('Planted duplicates by variant', f.byVariant, false),
    '',
    ...breakdown('Planted look-alikes by kind', f.byLookAlike, true),
    ...(f.falseCertain.length ? ['', "Certain pairs that are not planted duplicates (first few):", ...f.falseCertain.map((s) => `  ${s}`)] : []),
  ];
}

if (require.main === module) {
  const mem = new PeakMemory();
  mem.start();
  const figures = measureDuplicates(mem);
  mem.stop();
  console.log(duplicateReport(figures).join('\n'));
}
