/**
 * A seeded, province-sized submission workbook for the bench: a units list ("Đơn vị") and a registrations list
 * ("Đăng ký") written with ExcelJS's streaming writer, so generating 100,000 rows needs little memory and the
 * file looks like one Excel saved (shared strings, styles). A sprinkling of legacy-font cells (TCVN3, VNI), NFD
 * text, text dates, late or missing dates and faulty rows makes every stage of the check do real work.
 *
 * Run directly (`node lib/bench/generate.js [path]`) it writes one file and prints where.
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { encodeLegacy, fitsTcvn3, fontOfEncoding } from '../src/domain/text/legacy';
import { createRng, Rng } from './random';
import * as V from './vocabulary';

export interface GenerateOptions {
  rows: number;
  units: number;
  seed: number;
  path: string;
}

export interface GenerateStats {
  path: string;
  bytes: number;
  units: number;
  registrations: number;
  /** Name cells written in a legacy font, by encoding. */
  legacy: { tcvn3: number; vni: number };
  /** Text cells written decomposed (NFD). */
  nfdCells: number;
  /** Rows planted for a rule to find: each is one finding of that code, and nothing else is. */
  planted: Record<Planted, number>;
}

type Planted =
  | 'SUBJECT_KIND_MISMATCH'
  | 'NOT_SINGLE_SUBJECT'
  | 'MISSING_VALUE'
  | 'UNKNOWN_UNIT'
  | 'PLAN_LATE'
  | 'PLAN_MISSING'
  | 'REGISTRATION_LATE'
  | 'INVALID_DATE';

type UnitScope = 'commune' | 'town' | 'office' | 'school';

interface BenchUnit {
  code: string;
  name: string;
  type: string;
  scope: UnitScope;
  district: string;
  /** The commune a commune unit or a commune school belongs to. */
  commune?: string;
  /** How positions and collectives name the body: "xã An Bình", "Công an huyện Tân Lập". */
  place: string;
  /** "Thôn", "Ấp", "Khu phố"…: what this unit's villages are called. */
  villageWord: string;
}

interface DateSpec {
  from: [number, number, number];
  to: [number, number, number];
}

const UNIT_HEADER = ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', 'Ngày nộp kế hoạch', 'Ngày nộp danh sách đăng ký'];
const REG_HEADER = [
  'STT',
  'Đơn vị đề xuất',
  'Đối tượng',
  'Họ và tên / Tên tập thể',
  'Năm sinh',
  'Giới tính',
  'Chức vụ, đơn vị công tác',
  'Lĩnh vực',
  'Tóm tắt thành tích',
  'Giai đoạn',
];
const NAME_COL = 4;
// Deadlines of the default profile: plans before 25/01/2022, lists before 25/02/2023.
const PLAN_ON_TIME: DateSpec = { from: [2022, 1, 3], to: [2022, 1, 24] };
const PLAN_LATE: DateSpec = { from: [2022, 1, 25], to: [2022, 2, 15] };
const LIST_ON_TIME: DateSpec = { from: [2023, 2, 1], to: [2023, 2, 24] };
const LIST_LATE: DateSpec = { from: [2023, 2, 25], to: [2023, 3, 10] };

/** Writes the workbook and says what went into it. Same options, same content. */
export async function generateBenchWorkbook(options: GenerateOptions): Promise<GenerateStats> {
  const rng = createRng(options.seed);
  const units = buildUnits(options.units, rng);
  const stats: GenerateStats = {
    path: options.path,
    bytes: 0,
    units: units.length,
    registrations: 0,
    legacy: { tcvn3: 0, vni: 0 },
    nfdCells: 0,
    planted: {
      SUBJECT_KIND_MISMATCH: 0,
      NOT_SINGLE_SUBJECT: 0,
      MISSING_VALUE: 0,
      UNKNOWN_UNIT: 0,
      PLAN_LATE: 0,
      PLAN_MISSING: 0,
      REGISTRATION_LATE: 0,
      INVALID_DATE: 0,
    },
  };
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: options.path, useSharedStrings: true, useStyles: true });
  writeUnitsSheet(wb, units, rng, stats);
  writeRegistrationsSheet(wb, units, options.rows, rng, stats);
  await wb.commit();
  stats.bytes = (await fs.stat(options.path)).size;
  return stats;
}

/** Where the bench writes its file: the temp folder, named by seed and size. */
export function benchFilePath(seed: number, units: number, rows: number): string {
  return path.join(os.tmpdir(), `dienhinh-bench-${seed}-${units}u-${rows}r.xlsx`);
}

// ---------------------------------------------------------------------------------------------------------------
// Units

/** Every distinct two-syllable place name ("An Bình"), shuffled; numbered once they run out. */
function placeNames(rng: Rng): (i: number) => string {
  const pairs: string[] = [];
  for (const a of V.PLACE_SYLLABLES) for (const b of V.PLACE_SYLLABLES) if (a !== b) pairs.push(`${a} ${b}`);
  const order = rng.shuffled(pairs);
  return (i) => {
    const base = order[i % order.length] as string;
    return i < order.length ? base : `${base} ${Math.floor(i / order.length) + 1}`;
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** One district's units, in the order a district office lists them. */
function districtUnits(index: number, district: string, communes: string[], rng: Rng): BenchUnit[] {
  const h = `H${pad(index + 1)}`;
  const body = (place: string, name: string, code: string, type: string): BenchUnit => ({
    code,
    name,
    type,
    scope: 'office',
    district,
    place,
    villageWord: 'Tổ',
  });
  const out: BenchUnit[] = [
    body(`Ủy ban nhân dân huyện ${district}`, `Ủy ban nhân dân huyện ${district}`, `${h}.UB`, 'UBND huyện'),
    body(`Ủy ban MTTQ Việt Nam huyện ${district}`, `Ủy ban MTTQ Việt Nam huyện ${district}`, `${h}.MT`, 'MTTQ huyện'),
  ];
  V.MASS_ORGANISATIONS.forEach((org, i) => out.push(body(`${org} ${district}`, `${org} ${district}`, `${h}.DT${i + 1}`, 'Đoàn thể huyện')));
  V.DISTRICT_COMMITTEES.forEach((c, i) =>
    out.push(body(`${c.replace('Đảng bộ ', '')} ${district}`, `${c} ${district}`, `${h}.DB${i + 1}`, 'Đảng bộ cơ sở')),
  );
  out.push({
    code: `${h}.TT`,
    name: `Đảng bộ thị trấn ${district}`,
    type: 'Đảng bộ thị trấn',
    scope: 'town',
    district,
    place: `thị trấn ${district}`,
    villageWord: rng.pick(V.TOWN_WORDS),
  });
  communes.forEach((c, i) =>
    out.push({
      code: `${h}.X${pad(i + 1)}`,
      name: `Đảng bộ xã ${c}`,
      type: 'Đảng bộ xã',
      scope: 'commune',
      district,
      commune: c,
      place: `xã ${c}`,
      villageWord: rng.pick(V.VILLAGE_WORDS),
    }),
  );
  let cell = 0;
  for (const office of rng.shuffled(V.DISTRICT_CELLS).slice(0, 5)) {
    const place = `${office} ${district}`;
    const unit = body(place, `Chi bộ ${place}`, `${h}.CB${pad(++cell)}`, 'Chi bộ cơ sở');
    out.push(office.startsWith('Trường') ? { ...unit, scope: 'school' } : unit);
  }
  for (const c of communes) {
    if (!rng.chance(0.35)) continue;
    const place = `${rng.pick(V.SCHOOL_CELLS)} ${c}`;
    out.push({ ...body(place, `Chi bộ ${place}`, `${h}.CB${pad(++cell)}`, 'Chi bộ cơ sở'), commune: c, scope: 'school' });
  }
  return out;
}

function buildUnits(count: number, rng: Rng): BenchUnit[] {
  const place = placeNames(rng);
  let next = 0;
  const units: BenchUnit[] = [];
  for (let d = 0; units.length < count; d++) {
    const district = place(next++);
    const communes = Array.from({ length: rng.between(14, 22) }, () => place(next++));
    units.push(...districtUnits(d, district, communes, rng));
  }
  return units.slice(0, count);
}

// ---------------------------------------------------------------------------------------------------------------
// Cells

function dateIn(spec: DateSpec, rng: Rng): Date {
  const from = Date.UTC(spec.from[0], spec.from[1] - 1, spec.from[2]);
  const to = Date.UTC(spec.to[0], spec.to[1] - 1, spec.to[2]);
  const days = Math.round((to - from) / 86_400_000);
  return new Date(from + rng.int(days + 1) * 86_400_000);
}

function dmy(d: Date): string {
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** A date cell as staff fill it: mostly a real date, some typed as text, a few missing or impossible. */
interface DateValue {
  value: Date | string | null;
  /** A date after the deadline, none at all, or one no calendar has. */
  is: 'onTime' | 'late' | 'missing' | 'invalid';
}

function dateCell(onTime: DateSpec, late: DateSpec, rng: Rng): DateValue {
  const r = rng.next();
  if (r < 0.05) return { value: null, is: 'missing' };
  if (r < 0.053) return { value: `30/02/${onTime.from[0]}`, is: 'invalid' };
  const d = dateIn(r < 0.15 ? late : onTime, rng);
  return { value: rng.chance(0.25) ? dmy(d) : d, is: r < 0.15 ? 'late' : 'onTime' };
}

/** Text as typed: about 2% of cells end up decomposed (NFD), as some keyboards and Mac exports leave them. */
function typed(text: string, rng: Rng, stats: GenerateStats): string {
  if (!rng.chance(0.02)) return text;
  const nfd = text.normalize('NFD');
  if (nfd !== text) stats.nfdCells++;
  return nfd;
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => String(values[key] ?? m));
}

function commitRow(ws: ExcelJS.Worksheet, values: ExcelJS.CellValue[], format?: (row: ExcelJS.Row) => void): void {
  const row = ws.addRow(values);
  format?.(row);
  row.commit();
}

function writeUnitsSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, units: BenchUnit[], rng: Rng, stats: GenerateStats): void {
  const ws = wb.addWorksheet('Đơn vị');
  ws.columns = [{ width: 12 }, { width: 48 }, { width: 20 }, { width: 16 }, { width: 16 }];
  commitRow(ws, UNIT_HEADER, (row) => (row.font = { bold: true }));
  for (const u of units) {
    const plan = dateCell(PLAN_ON_TIME, PLAN_LATE, rng);
    const list = dateCell(LIST_ON_TIME, LIST_LATE, rng);
    if (plan.is === 'late') stats.planted.PLAN_LATE++;
    if (plan.is === 'missing') stats.planted.PLAN_MISSING++;
    if (list.is === 'late') stats.planted.REGISTRATION_LATE++;
    stats.planted.INVALID_DATE += Number(plan.is === 'invalid') + Number(list.is === 'invalid');
    // Some lists leave the type blank: the engine infers it from the name.
    const type = rng.chance(0.05) ? null : u.type;
    commitRow(ws, [u.code, typed(u.name, rng, stats), type, plan.value, list.value], (row) => {
      for (const c of [4, 5]) if (row.getCell(c).value instanceof Date) row.getCell(c).numFmt = 'dd/mm/yyyy';
    });
  }
  ws.commit();
}

// ---------------------------------------------------------------------------------------------------------------
// Registrations

/** How many rows each unit registers: a few none or one (missing lists, short quotas), communes more than offices. */
function rowsPerUnit(units: BenchUnit[], rows: number, rng: Rng): Int32Array {
  const counts = new Int32Array(units.length);
  const weights: number[] = [];
  let left = rows;
  units.forEach((u, i) => {
    const r = rng.next();
    if (r < 0.03) weights.push(0);
    else if (r < 0.07 && left > 0) {
      counts[i] = 1;
      left--;
      weights.push(0);
    } else weights.push(u.scope === 'commune' || u.scope === 'town' ? 3 : 1);
  });
  const cumulative: number[] = [];
  let total = 0;
  for (const w of weights) cumulative.push((total += w));
  for (let k = 0; k < left && total > 0; k++) {
    const x = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) > x) hi = mid;
      else lo = mid + 1;
    }
    counts[lo] = (counts[lo] ?? 0) + 1;
  }
  return counts;
}

interface Person {
  name: string;
  year: number;
  gender: 'Nam' | 'Nữ';
  position: string;
}

function personName(gender: Person['gender'], rng: Rng): string {
  const male = gender === 'Nam';
  return [
    rng.pick(V.SURNAMES),
    rng.pick(male ? V.MIDDLE_MALE : V.MIDDLE_FEMALE),
    rng.pick(male ? V.GIVEN_MALE : V.GIVEN_FEMALE),
  ].join(' ');
}

function placeValues(u: BenchUnit, rng: Rng): Record<string, string> {
  return {
    village: `${u.villageWord} ${rng.between(1, 12)}`,
    place: u.place,
    name: u.commune ?? u.district,
    district: u.district,
  };
}

const POSITIONS: Record<UnitScope, readonly string[]> = {
  commune: V.COMMUNE_POSITIONS,
  town: V.COMMUNE_POSITIONS,
  office: V.OFFICE_POSITIONS,
  school: V.SCHOOL_POSITIONS,
};
const COLLECTIVES: Record<UnitScope, readonly string[]> = {
  commune: V.COMMUNE_COLLECTIVES,
  town: V.COMMUNE_COLLECTIVES,
  office: V.OFFICE_COLLECTIVES,
  school: V.SCHOOL_COLLECTIVES,
};

function newPerson(u: BenchUnit, used: Set<string>, rng: Rng): Person {
  const gender = rng.chance(0.5) ? 'Nam' : 'Nữ';
  return {
    name: fresh(used, () => personName(gender, rng)),
    year: rng.between(1958, 2000),
    gender,
    position: fill(rng.pick(POSITIONS[u.scope]), placeValues(u, rng)),
  };
}

function collectiveName(u: BenchUnit, rng: Rng): string {
  return fill(rng.pick(COLLECTIVES[u.scope]), placeValues(u, rng));
}

/** A name nobody in this unit has used yet: units do not list one exemplar twice by accident. */
function fresh(used: Set<string>, draw: () => string): string {
  let name = draw();
  for (let tries = 0; used.has(name) && tries < 8; tries++) name = draw();
  used.add(name);
  return name;
}

interface RegRow {
  code: string;
  kind: string;
  name: string | null;
  year: number | string | null;
  gender: string | null;
  position: string | null;
  field: string;
  achievement: string;
  phase: number | string;
  planted?: Planted;
}

function kindText(kind: 'Cá nhân' | 'Tập thể', rng: Rng): string {
  const r = rng.next();
  return r < 0.03 ? kind.toUpperCase() : r < 0.05 ? kind.toLowerCase() : kind;
}

function phaseValue(rng: Rng): number | string {
  const r = rng.next();
  return r < 0.82 ? 1 : r < 0.9 ? 2 : r < 0.94 ? 'Giai đoạn 1' : r < 0.97 ? 'Bổ sung' : 'Giai đoạn 2';
}

/** Recent individuals of other units: a few are nominated again elsewhere (R5 duplicates). */
class RecentPeople {
  private readonly items: Person[] = [];
  add(p: Person): void {
    if (this.items.length < 500) this.items.push(p);
    else this.items[this.items.length % 500] = p;
  }
  pick(rng: Rng): Person | undefined {
    return this.items.length ? rng.pick(this.items) : undefined;
  }
}

function registration(u: BenchUnit, used: Set<string>, recent: RecentPeople, rng: Rng): RegRow {
  const base = {
    code: rng.chance(0.0005) ? `H99.X${pad(rng.int(100))}` : u.code,
    field: rng.pick(V.FIELDS),
    achievement: fill(rng.pick(V.ACHIEVEMENTS), { n: rng.between(2, 300), k: rng.between(2, 5) }),
    phase: phaseValue(rng),
  };
  const r = rng.next();
  if (r < 0.25 || r >= 0.998) {
    // Tập thể; the last sliver is marked "Cá nhân" although it names a body (SUBJECT_KIND_MISMATCH).
    const kind = r < 0.25 ? 'Tập thể' : 'Cá nhân';
    const planted = kind === 'Cá nhân' ? 'SUBJECT_KIND_MISMATCH' : undefined;
    return { ...base, kind: kindText(kind, rng), name: fresh(used, () => collectiveName(u, rng)), year: null, gender: null, position: null, planted };
  }
  const again = r < 0.256 ? recent.pick(rng) : undefined;
  const p = again ?? newPerson(u, used, rng);
  if (!again) recent.add(p);
  let name: string | null = p.name;
  let planted: Planted | undefined;
  if (r >= 0.996) {
    name = null; // content without a name
    planted = 'MISSING_VALUE';
  } else if (r >= 0.9945) {
    // Two people in one row: NOT_SINGLE_SUBJECT.
    const other = personName(p.gender === 'Nam' ? 'Nữ' : 'Nam', rng);
    name = rng.chance(0.5) ? `${p.name}, ${other}` : `Ông ${p.name} và bà ${other}`;
    planted = 'NOT_SINGLE_SUBJECT';
  }
  const year = rng.chance(0.03) ? String(p.year) : p.year;
  return { ...base, kind: kindText('Cá nhân', rng), name, year, gender: p.gender, position: p.position, planted };
}

/** The name cell: ~2% in a legacy font (TCVN3 where it fits, else VNI), ~2% NFD, the rest as Excel stores it. */
function nameCell(name: string, rng: Rng, stats: GenerateStats): { text: string; font?: string } {
  const r = rng.next();
  const encoding = r < 0.01 && fitsTcvn3(name) ? 'tcvn3' : r < 0.02 ? 'vni' : undefined;
  if (encoding) {
    const text = encodeLegacy(name, encoding);
    // A name without diacritics ("Mai Kim Lan") reads the same in any font: nothing for the engine to convert.
    if (text !== name) stats.legacy[encoding]++;
    return { text, font: fontOfEncoding(encoding) };
  }
  return { text: typed(name, rng, stats) };
}

function writeRegistration(ws: ExcelJS.Worksheet, stt: number, reg: RegRow, rng: Rng, stats: GenerateStats): void {
  const name = reg.name === null ? null : nameCell(reg.name, rng, stats);
  const text = (s: string | null) => (s === null ? null : typed(s, rng, stats));
  const values: ExcelJS.CellValue[] = [
    stt,
    reg.code,
    text(reg.kind),
    name?.text ?? null,
    reg.year,
    text(reg.gender),
    text(reg.position),
    text(reg.field),
    text(reg.achievement),
    typeof reg.phase === 'string' ? text(reg.phase) : reg.phase,
  ];
  commitRow(ws, values, (row) => {
    if (name?.font) row.getCell(NAME_COL).font = { name: name.font };
  });
}

function writeRegistrationsSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  units: BenchUnit[],
  rows: number,
  rng: Rng,
  stats: GenerateStats,
): void {
  const ws = wb.addWorksheet('Đăng ký');
  ws.columns = [8, 12, 10, 30, 10, 10, 40, 20, 60, 12].map((width) => ({ width }));
  commitRow(ws, REG_HEADER, (row) => (row.font = { bold: true }));
  const counts = rowsPerUnit(units, rows, rng);
  const recent = new RecentPeople();
  let stt = 0;
  units.forEach((u, i) => {
    const used = new Set<string>();
    for (let k = 0; k < (counts[i] ?? 0); k++) {
      const reg = registration(u, used, recent, rng);
      if (reg.planted) stats.planted[reg.planted]++;
      // A code no unit has (H99.…): the row's unit is unknown, whatever else was planted in it.
      if (reg.code !== u.code) stats.planted.UNKNOWN_UNIT++;
      writeRegistration(ws, ++stt, reg, rng, stats);
    }
  });
  stats.registrations = stt;
  ws.commit();
}

// ---------------------------------------------------------------------------------------------------------------

function envInt(name: string, fallback: number): number {
  const n = Number(process.env[name]);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

export const DEFAULT_SEED = 20230225;

/** Sizes of the default run, overridable for quick trials (BENCH_ROWS, BENCH_UNITS, BENCH_SEED). */
export function benchSizes(): { rows: number; units: number; seed: number } {
  return { rows: envInt('BENCH_ROWS', 100_000), units: envInt('BENCH_UNITS', 3_000), seed: envInt('BENCH_SEED', DEFAULT_SEED) };
}

if (require.main === module) {
  const { rows, units, seed } = benchSizes();
  const target = process.argv[2] ?? benchFilePath(seed, units, rows);
  generateBenchWorkbook({ rows, units, seed, path: target }).then(
    (s) => console.log(`${s.path}: ${s.units} units, ${s.registrations} registrations, ${(s.bytes / 1e6).toFixed(1)} MB`),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
