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
  groupPrecision: 0.95,
  groupRecall: 0.995,
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
  /** Review groups (certain and probable, transitive groups counted as one) against the planted exemplars. */
  groupsReported: number;
  groupsRight: number;
  exemplars: number;
  exemplarsFound: number;
  /** Pairs inside reported groups (certain + probable), and how many are planted duplicates. */
  reportedPairs: number;
  reportedTrue: number;
  wrongGroups: string[];
  missedExemplars: string[];
  largestGroup: number;
  /** The clerk's exact (name, birth year) match, on the same rows. */
  baseline: { pairs: number; right: number };
  /** Findings as the province grows: rows, groups, matching time. */
  growth: { rows: number; groups: number; ms: number }[];
}

const pairKey = (a: number, b: number) => (a < b ? a * 1_048_576 + b : b * 1_048_576 + a);

/** Each row's group and its confidence: a pair is what the group holding both says, else nothing. */
function verdicts(result: MatchResult, rows: number): (a: number, b: number) => Verdict {
  const group = new Int32Array(rows).fill(-1);
  result.groups.forEach((g, k) => {
    for (const m of g.members) group[m.index] = k;
  });
  return (a, b) => {
    const g = group[a] ?? -1;
    if (g < 0 || g !== group[b]) return 'none';
    return result.groups[g]?.confidence === 'certain' ? 'certain' : 'probable';
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

/** Each row's exemplar: rows joined by planted pairs are one (a triple is one exemplar in three rows). */
function exemplarsOf(data: DuplicateBenchData): Int32Array {
  const parent = new Int32Array(data.registrations.length).map((_, k) => k);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x] as number] as number;
    return x;
  };
  for (const p of data.truePairs) parent[find(p.a)] = find(p.b);
  return parent.map((_, k) => find(k));
}

/**
 * Review groups counted as one each: a group is right when all its rows are one planted exemplar; an exemplar is
 * found when one group holds all its rows. Pairs inside groups are counted too, for the side-by-side table.
 */
function groupFigures(result: MatchResult, data: DuplicateBenchData, truth: Set<number>) {
  const exemplar = exemplarsOf(data);
  const size = new Map<number, number>();
  for (let k = 0; k < exemplar.length; k++) size.set(exemplar[k] as number, (size.get(exemplar[k] as number) ?? 0) + 1);
  let exemplars = 0;
  for (const n of size.values()) if (n > 1) exemplars++;
  let right = 0;
  let found = 0;
  let pairs = 0;
  const wrong: string[] = [];
  let truePairs = 0;
  for (const g of result.groups) {
    const ids = g.members.map((m) => exemplar[m.index] as number);
    const one = ids.every((x) => x === ids[0]);
    if (one) right++;
    else if (wrong.length < 6)
      wrong.push(
        `${g.confidence}: ${g.members.map((m) => describeRow(data, m.index)).join('  ~  ')}  [${g.evidence.map((e) => `${e.field}:${e.level}`).join(' ')}]`,
      );
    if (one && size.get(ids[0] as number) === ids.length) found++;
    for (let i = 0; i < g.members.length; i++)
      for (let j = i + 1; j < g.members.length; j++) {
        pairs++;
        if (truth.has(pairKey(g.members[i]?.index ?? 0, g.members[j]?.index ?? 0))) truePairs++;
      }
  }
  const missed: string[] = [];
  const groupOf = new Int32Array(exemplar.length).fill(-1);
  result.groups.forEach((g, k) => g.members.forEach((m) => (groupOf[m.index] = k)));
  const rowsOf = new Map<number, number[]>();
  for (let k = 0; k < exemplar.length; k++) if ((size.get(exemplar[k] as number) ?? 0) > 1) rowsOf.set(exemplar[k] as number, [...(rowsOf.get(exemplar[k] as number) ?? []), k]);
  for (const rows of rowsOf.values()) {
    if (missed.length >= 6) break;
    const gs = rows.map((r) => groupOf[r]);
    if (gs.every((x) => x !== -1 && x === gs[0]) && result.groups[gs[0] as number]?.members.length === rows.length) continue;
    missed.push(rows.map((r) => `${describeRow(data, r)} (group ${groupOf[r]})`).join('  ~  '));
  }
  return {
    groupsReported: result.groups.length,
    groupsRight: right,
    exemplars,
    exemplarsFound: found,
    reportedPairs: pairs,
    reportedTrue: truePairs,
    wrongGroups: wrong,
    missedExemplars: missed,
    largestGroup: Math.max(0, ...result.groups.map((g) => g.members.length)),
  };
}

/** The match a clerk would do in Excel: people with the same name (as written, case aside) and birth year. */
function exactBaseline(data: DuplicateBenchData, truth: Set<number>): { pairs: number; right: number } {
  const byKey = new Map<string, number[]>();
  data.registrations.forEach((r, i) => {
    if (r.kind !== 'individual' || r.birthYear === undefined) return;
    const k = `${r.name.normalize('NFC').toLowerCase().trim()}|${r.birthYear}`;
    const list = byKey.get(k);
    if (list) list.push(i);
    else byKey.set(k, [i]);
  });
  let pairs = 0;
  let right = 0;
  for (const list of byKey.values())
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        pairs++;
        if (truth.has(pairKey(list[i] as number, list[j] as number))) right++;
      }
  return { pairs, right };
}

/** The matcher on larger provinces (rows, and units and planted pairs in proportion): findings must grow no faster. */
function measureGrowth(sizes: readonly number[], base: DuplicateDataOptions): DuplicateFigures['growth'] {
  return sizes.map((rows) => {
    const scale = rows / base.rows;
    const data = generateDuplicateData({ ...base, rows, units: Math.round(base.units * scale), perVariant: Math.round(base.perVariant * scale) });
    collectGarbage();
    const t0 = performance.now();
    const result = matchRegistrations(data.registrations, data.units);
    return { rows, groups: result.groups.length, ms: performance.now() - t0 };
  });
}

/** Province sizes of the growth table; `BENCH_GROWTH=0` leaves it out. */
const GROWTH_ROWS = process.env.BENCH_GROWTH === '0' ? [] : [300_000, 800_000];

function describeRow(data: DuplicateBenchData, i: number): string {
  const r = data.registrations[i];
  return r ? `«${r.name}» ${r.birthYear ?? ''} ${r.unitId ?? ''} ${r.position ?? ''} | ${r.workplace ?? ''}`.trim() : '?';
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
  const groups = groupFigures(result, data, truth);
  const baseline = exactBaseline(data, truth);
  const growth = [{ rows: data.registrations.length, groups: result.groups.length, ms }, ...measureGrowth(GROWTH_ROWS, options)];
  return {
    ...groups,
    baseline,
    growth,
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

/** Ours next to the clerk's exact (name, birth year) match, pairs counted as the issue's table counts them. */
function sideBySide(f: DuplicateFigures): string[] {
  const truth = sum(f.byVariant).pairs;
  const w = [34, 16, 10, 8];
  const line = (c: string[]) => c.map((x, i) => (i ? x.padStart(w[i] ?? 0) : x.padEnd(w[i] ?? 0))).join('  ');
  const row = (name: string, reported: number, right: number) => line([name, int(reported), pct(share(right, reported), 1), pct(share(right, truth), 1)]);
  return [
    'Side by side (pairs of rows)',
    line(['  method', 'pairs reported', 'precision', 'recall']),
    row("  ours, 'certain'", f.certainPairs, f.certainTrue),
    row("  ours, 'certain' + 'probable'", f.reportedPairs, f.reportedTrue),
    row('  exact (name, birth year)', f.baseline.pairs, f.baseline.right),
    `  ours as review groups: ${int(f.groupsReported)} groups for ${int(f.exemplars)} planted exemplars (${int(f.groupsRight)} right, ${int(f.exemplarsFound)} found whole); ` +
      `the largest holds ${int(f.largestGroup)} rows`,
  ];
}

function growthTable(f: DuplicateFigures): string[] {
  const w = [12, 10, 16, 12];
  const line = (c: string[]) => c.map((x, i) => (i ? x.padStart(w[i] ?? 0) : x.padEnd(w[i] ?? 0))).join('  ');
  return [
    'Growth (findings must not grow faster than rows)',
    line(['  rows', 'groups', 'per 1,000 rows', 'matching']),
    ...f.growth.map((g) => line([`  ${int(g.rows)}`, int(g.groups), (g.groups / (g.rows / 1000)).toFixed(2), `${int(g.ms)} ms`])),
  ];
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
  const groupPrecision = share(f.groupsRight, f.groupsReported);
  const groupRecall = share(f.exemplarsFound, f.exemplars);
  const first = f.growth[0];
  const last = f.growth[f.growth.length - 1];
  const growthRatio = first && last ? last.groups / last.rows / (first.groups / first.rows) : 1;
  const figures: [string, string, string, boolean][] = [
    ['blocking recall (true pairs compared)', pct(blocking, 2), `≥ ${pct(T.blockingRecall, 0)}`, blocking >= T.blockingRecall],
    ["'certain' precision (pairs in groups)", pct(precision, 2), `≥ ${pct(T.certainPrecision)}`, precision >= T.certainPrecision],
    ["'certain' + 'probable' recall (pairs)", pct(recall, 2), `≥ ${pct(T.recall, 0)}`, recall >= T.recall],
    ['review groups that are one exemplar', pct(groupPrecision, 2), `≥ ${pct(T.groupPrecision, 0)}`, groupPrecision >= T.groupPrecision],
    ['exemplars found whole in one group', pct(groupRecall, 2), `≥ ${pct(T.groupRecall)}`, groupRecall >= T.groupRecall],
    [`groups per row, ${int(last?.rows ?? 0)} / ${int(first?.rows ?? 0)} rows`, `${growthRatio.toFixed(2)}×`, '≤ 1.00×', growthRatio <= 1.005],
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
    ...sideBySide(f),
    '',
    ...growthTable(f),
    '',
    ...breakdown('Planted duplicates by variant', f.byVariant, false),
    '',
    ...breakdown('Planted look-alikes by kind', f.byLookAlike, true),
    ...(f.wrongGroups.length ? ['', 'Review groups that are not one exemplar (first few):', ...f.wrongGroups.map((x) => `  ${x}`)] : []),
    ...(f.missedExemplars.length ? ['', 'Planted exemplars not found whole in one group (first few):', ...f.missedExemplars.map((x) => `  ${x}`)] : []),
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
