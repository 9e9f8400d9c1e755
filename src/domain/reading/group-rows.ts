/**
 * What the group rows of a table give the rows under them: a kind ("I. TẬP THỂ", "b) Cá nhân"), a proposing unit
 * ("1. Đảng ủy xã An Bình", "ĐẢNG ỦY XÃ TÂN LẬP", "Đơn vị: Hội Nông dân huyện") or a phase ("II. ĐĂNG KÝ BỔ SUNG").
 * Units and kinds nest either way: whichever comes first is the outer level. An outer unit row resets the kind of
 * the unit before it ("b) Cá nhân" does not carry into the next unit); an outer kind row resets the unit.
 * A row holding one text besides its number ("Hội Nông dân huyện", "3 | Hội LHPN huyện") is a unit row only when
 * that text is a unit of the list, and only a group row naming a unit opens the unit level (not a heading typed in
 * the table, "DANH SÁCH ĐỀ NGHỊ"): both are known once the units are read, when the groups are walked again.
 */
import { parseSubjectKind, SubjectKind } from '../subjects/subject-kind';
import { groupLabel, isKindLabel } from '../recognition/rows';
import { isFieldHeading, isPeopleHeading, isReserveHeading } from '../recognition/section-labels';
import { asciiKey } from '../text';
import { additionKey } from '../text/addition-key';
import { splitPhaseAfterName } from './phase';
import type { SheetView } from '../recognition/sheet-view';

export interface KindOfGroup {
  kind: SubjectKind;
  household: boolean;
}

/** A group row of a table, as the row classifier labelled it. */
export interface GroupRow {
  r: number;
  label: string;
}

/** A data row, with what its group rows give it. */
export interface GroupedRow {
  r: number;
  groupKind?: SubjectKind;
  groupHousehold?: boolean;
  /** The latest group label that is not a kind ("1. Đảng bộ xã An Bình"), a candidate proposing unit. */
  groupLabel?: string;
  /** The latest group label naming a phase ("II. ĐĂNG KÝ BỔ SUNG (GIAI ĐOẠN 2023 - 2025)"), read with the profile. */
  groupPhase?: string;
  /** The phase its unit's group row writes after the unit's name ("… - GĐ2"), read before the group's. */
  unitPhase?: string;
  /**
   * The list's reserve the row is under ("III. DỰ PHÒNG", "ĐỀ NGHỊ KHÔNG XÉT"), up to the next kind, unit or part not
   * numbered inside it ("1. Tập thể" under "III. DỰ PHÒNG" is the reserve's).
   */
  groupReserve?: string;
  /** The row's only text besides its number: a unit row when that names a unit of the list. */
  lone?: string;
  /** A lone row numbered in the rows' own run ("1 | Phòng GD&ĐT huyện" over "2 | Nguyễn Văn Hùng | 1970 | …"). */
  numberedOn?: true;
  /** A lone row without a number right over a row numbered 1 ("Hội CCB" over "1 | Trần Văn Tư | …"). */
  headsRun?: true;
  /**
   * Its group label heads a unit's rows in a master of the list's units, even where the list does not know it as
   * written ("Hội CCB", "Hội Khuyến học huyện"): the rows are that unit's, not the unit's above.
   */
  groupUnit?: true;
}

export function kindOfLabel(label: string): KindOfGroup | undefined {
  if (!isKindLabel(label)) return undefined;
  const k = asciiKey(label).replace(/^(ve )?(khoi |danh sach )?(cac )?/, '');
  if (k.startsWith('tap the')) return { kind: 'collective', household: false };
  if (k.startsWith('ca nhan')) return { kind: 'individual', household: false };
  return parseSubjectKind(k.split(' dien hinh')[0] ?? k) ?? { kind: 'collective', household: true };
}

/**
 * The reserve a table's own heading names ("III. DỰ PHÒNG", "DANH SÁCH DỰ PHÒNG", "DANH SÁCH ĐỀ NGHỊ KHÔNG XÉT"),
 * typed over it as a paragraph or a title row rather than as a group row inside it: its label as a group row's is.
 */
export function reserveIn(heading: readonly string[]): string | undefined {
  for (let i = heading.length - 1; i >= 0; i--) {
    const text = heading[i] as string;
    const label = groupLabel(text) ?? text;
    if (isReserveHeading(label)) return label;
  }
  return undefined;
}

/**
 * A group label naming a phase or the additions: "GIAI ĐOẠN 2", "GĐ II (2023 - 2025)", "ĐIỂN HÌNH BỔ SUNG NĂM 2024",
 * "ĐĂNG KÝ ĐẦU GIAI ĐOẠN"; not a unit whose name holds "GD" ("Phòng GD&ĐT").
 */
export function isPhaseLabel(label: string): boolean {
  const k = additionKey(label);
  return /(^| )(giai doan|gd) (1|2|i|ii|mot|hai|01|02|\d{4})( |$)/.test(k) || /(^| )bo sung( |$)/.test(k) || /(^| )giai doan$/.test(k);
}

/** A unit as a group row writes it: without "Đơn vị:" before it nor "(03 điển hình)", "- 03 điển hình", "(02)" after it. */
export function unitLabel(text: string): string {
  const t = text
    .trim()
    .replace(/^đơn vị( đề xuất| đăng ký)?\s*:\s*/iu, '')
    .replace(/\s*\(\s*\d+\s*(điển hình|đhtt|đh|tập thể|cá nhân|người)(?!\p{L})[^()]*\)$/iu, '')
    .replace(/\s*[-–:]\s*\d+\s+(điển hình|đhtt|đh|tập thể|cá nhân)(?!\p{L}).*$/iu, '')
    .trim();
  return t || text.trim();
}

/**
 * A unit's group row without a count or a note after the name, for a name the list does not know as written
 * ("Đảng bộ xã An Bình (02)", "(1 TT, 1 CN)", "(đã gửi 20/02/2023)", ": 02"; "Chi bộ Khu phố (3)" may be a name).
 */
function withoutCount(label: string): string {
  const t = label
    .replace(/\s*\(\s*(?:\d+\s*(?:\)|(?:tt|cn|tập thể|cá nhân)(?!\p{L})[^()]*\))|(?:đã|gửi|nộp|ngày)(?!\p{L})[^()]*\))$/iu, '')
    .replace(/\s*:\s*\d+$/u, '')
    .trim();
  return t || label;
}

/** Once the units are known: which lone rows are unit rows, and which group labels name a unit. */
export interface UnitJudge {
  /** A unit of the list (a lone row is a unit row only then). */
  isUnit(text: string): boolean;
  /** A group label naming a unit: of the list, or of a known type when there is no list. */
  namesUnit(text: string): boolean;
  /** A units list was read. */
  listed: boolean;
}

/** A group label that is neither a kind, a phase nor a bloc: the unit of the rows under it, if it names one. */
export function isUnitGroup(label: string): boolean {
  return !kindOfLabel(label) && !isPhaseLabel(label) && !/^khoi /.test(asciiKey(label));
}

/**
 * A bloc ("Khối Đảng"), or a body of a commune's hamlet or of a commune ("Chi bộ ấp 1", "Hội Nông dân xã An Bình";
 * not its party committee, "Đảng bộ xã Phú Hữu"): no unit of a district's master.
 */
function namesNoDistrictUnit(text: string): boolean {
  const k = asciiKey(text);
  if (/^khoi /.test(k) || / (ap|thon|xom|khu pho|khom|buon|to dan pho)( |$)/.test(k)) return true;
  return / (xa(?! hoi)|thi tran|phuong)( |$)/.test(k) && !/^(dang (bo|uy)|du|db) (xa|thi tran|phuong)( |$)/.test(k);
}

/** How a heading row is numbered: "II" / "II." (roman), "a)" / "B" (a letter), "2" / "2." (arabic), or not at all. */
type Numbering = 'roman' | 'letter' | 'arabic' | 'none';

/** Outer numberings first: a roman heading holds lettered ones, which hold arabic ones, which hold unnumbered ones. */
const NUMBERING_RANK: Record<Numbering, number> = { roman: 3, letter: 2, arabic: 1, none: 0 };

/** The numbering a row's first text opens with. */
function numberingOf(first: string): Numbering {
  const head = /^\s*([^\s.)|:-]+)[.)]?(?:\s|$)/.exec(first)?.[1] ?? '';
  // A lone "C", "D", "L" is a letter (A, B, C, D…); "I", "V", "X" alone and "II", "IV"… are roman.
  if (/^(?:[IVX]|[IVXLC]{2,})$/.test(head)) return 'roman';
  if (/^\d{1,3}$/.test(head)) return 'arabic';
  if (/^[A-Za-z]$/.test(head) && head !== first.trim()) return 'letter';
  return /^[A-Za-z]$/.test(first.trim()) ? 'letter' : 'none';
}

/** A body's name as a district's units are called: "Hội CCB", "Mặt trận", "Hội Khuyến học huyện"; not "DANH SÁCH ĐỀ NGHỊ". */
const BODY_WORDS =
  /^(hoi|dang (bo|uy)|chi bo|uy ban|ubnd|ubmttq|mat tran|mttq|(huyen )?doan|lien doan|ldld|cong an|ban|phong|van phong|trung tam|truong|benh vien|ngan hang|nhcsxh|kho bac|kbnn|chi cuc|hat|doi|ccb|hlhpn|hoi lhpn|bch|ban chi huy|vien kiem sat|toa an|chi nhanh|bao hiem|buu dien|dien luc|cuc|cong ty|hop tac xa)( |$)/;
const mayNameUnit = (text: string) => {
  const k = asciiKey(text);
  return BODY_WORDS.test(k) || / huyen$/.test(k);
};

/**
 * A master of units: the numbering of its first heading that names a unit of the list as written (a group row, or a
 * lone row heading its rows; without a list: a unit of a known type, "Đảng bộ xã An Bình"). Its units' headings are
 * numbered so; one numbered otherwise ("Trường Tiểu học An Bình" under "I | Đảng bộ xã An Bình", "1 | Hội Nông dân xã"
 * under "I | Hội Nông dân huyện") is a part of a unit's rows, no unit of its own. Undefined when the table is no master.
 */
function unitNumbering(rows: readonly GroupedRow[], groups: readonly GroupRow[], judge: UnitJudge, formOf: (r: number) => Numbering): Numbering | undefined {
  const names = (text: string) => !namesNoDistrictUnit(text) && (judge.listed ? judge.isUnit(text) : judge.namesUnit(text));
  const named = (label: string) => names(unitLabel(label)) || names(withoutCount(unitLabel(label)));
  const group = groups.find((g) => isUnitGroup(g.label) && named(g.label));
  const lone = rows.find((r) => r.lone !== undefined && (judge.listed ? !r.numberedOn : r.headsRun) && named(r.lone));
  const first = group && (!lone || group.r < lone.r) ? group.r : lone?.r;
  return first === undefined ? undefined : formOf(first);
}

/**
 * The rows with what their group rows give them. `judge`, once the units are known, tells which lone rows are unit
 * rows (dropped from the data, they name the unit of the rows under them) and which group labels name a unit.
 */
export function assignGroups(
  rows: readonly GroupedRow[],
  groups: readonly GroupRow[],
  base: KindOfGroup | undefined,
  judge?: UnitJudge,
  /** How the table numbers a row's heading (its view's first text): what is numbered inside a reserve, and a master's units. */
  formOf?: (r: number) => Numbering,
): GroupedRow[] {
  const out: GroupedRow[] = [];
  let kind = base;
  let label: string | undefined;
  let phase: string | undefined;
  // The phase a unit row writes after the unit's name ("II. Đảng bộ xã An Bình - GĐ2"): its rows' alone.
  let unitPhase: string | undefined;
  let reserve: string | undefined;
  // How the reserve's heading is numbered: a kind or part numbered inside it heads a part of the reserve.
  let reserveRank = 0;
  const leavesReserve = (r: number) => !formOf || NUMBERING_RANK[formOf(r)] >= reserveRank;
  let outer: 'unit' | 'kind' | undefined;
  // The unit was named by a group row ("I | Ủy ban nhân dân huyện"), not a lone row.
  let unitByGroup = false;
  // The label heads a unit's rows in a master of units, though the list does not know it as written.
  let labelHeadsUnit = false;
  const level = judge && formOf ? unitNumbering(rows, groups, judge, formOf) : undefined;
  // A heading at the level of the master's unit headings, or outside it ("II | Hội Người cao tuổi huyện" among blocs
  // numbered I, II over units numbered 1, 2), or where no unit is open: a unit's. One numbered inside it is a part of one.
  // A heading's text may name a unit of the master: a body a district's units are ("Hội CCB"; without a list, of a known type).
  const mayHeadUnit = (text: string) => judge !== undefined && !namesNoDistrictUnit(text) && (judge.listed ? mayNameUnit(text) : judge.namesUnit(text));
  const atUnitLevel = (r: number) => {
    if (level === undefined || !formOf) return false;
    return NUMBERING_RANK[formOf(r)] >= NUMBERING_RANK[level] || label === undefined;
  };
  const unitRow = (text: string, namesUnit: boolean, phaseOfUnit?: string, byGroup = false, headsUnit = false) => {
    label = text;
    labelHeadsUnit = headsUnit;
    unitPhase = phaseOfUnit;
    // A heading that names no unit neither opens the unit level nor ends a kind.
    if (!namesUnit) return;
    unitByGroup = byGroup;
    reserve = undefined;
    if (outer === 'unit') kind = base;
    else outer ??= 'unit';
  };
  let g = 0;
  for (const row of rows) {
    for (; g < groups.length && (groups[g] as GroupRow).r < row.r; g++) {
      const text = (groups[g] as GroupRow).label;
      const k = kindOfLabel(text);
      const split = k ? undefined : splitPhaseAfterName(text);
      const unitFirst = split && !isPhaseLabel(split.name) ? unitLabel(split.name) : undefined;
      if (unitFirst && (judge ? judge.namesUnit(unitFirst) : true)) unitRow(unitFirst, true, split?.phase, true);
      else if (k) {
        outer ??= 'kind';
        kind = k;
        if (leavesReserve((groups[g] as GroupRow).r)) reserve = undefined;
        if (outer === 'kind') {
          label = undefined;
          labelHeadsUnit = false;
        }
      } else if (isPhaseLabel(text)) phase = text;
      // The reserve follows the rows it is kept for: a heading before any row is a note on the list.
      else if (isReserveHeading(text)) {
        reserve = out.length ? text : undefined;
        reserveRank = formOf ? NUMBERING_RANK[formOf((groups[g] as GroupRow).r)] : 0;
      }
      // A part of the people listed, or a field: the rows under it are still the unit's, of its kind, and proposed.
      else if ((isPeopleHeading(text) || isFieldHeading(text)) && leavesReserve((groups[g] as GroupRow).r)) reserve = undefined;
      // A bloc ("Khối Đảng") groups units; it names none of them, and the unit above ends with it.
      else if (/^khoi /.test(asciiKey(text))) {
        if (outer === 'unit') {
          label = undefined;
          labelHeadsUnit = false;
        }
      } else {
        const written = unitLabel(text);
        const bare = withoutCount(written);
        // Without a list a name's type reads through its count ("Đảng bộ xã An Bình (02)"): the count goes all the same.
        const unit = judge && bare !== written && (!judge.listed || !judge.namesUnit(written)) && judge.namesUnit(bare) ? bare : written;
        const r = (groups[g] as GroupRow).r;
        const headsUnit = atUnitLevel(r) && mayHeadUnit(unit);
        const names = judge ? judge.namesUnit(unit) || headsUnit : true;
        // Inside a unit's rows, a heading numbered inside its level ("a) Trường Tiểu học An Bình") heads a part of them.
        if (!names && level !== undefined && label !== undefined && !atUnitLevel(r)) continue;
        unitRow(unit, names, undefined, true, headsUnit);
      }
    }
    // Under a unit's group row, a lone row numbered in the rows' run is a collective exemplar, however like a unit it reads.
    if (judge && row.lone !== undefined && !(row.numberedOn && unitByGroup)) {
      const written = unitLabel(row.lone);
      const text = judge.isUnit(written) ? written : withoutCount(written);
      const split = judge.isUnit(text) ? undefined : splitPhaseAfterName(row.lone);
      const unit = split ? unitLabel(split.name) : text;
      if (judge.isUnit(unit)) {
        unitRow(unit, true, split?.phase);
        continue;
      }
      // In a master of units, a text without a number over its rows numbered from 1 is their unit, known or not.
      if (row.headsRun && atUnitLevel(row.r) && mayHeadUnit(unit)) {
        unitRow(unit, true, split?.phase, true, true);
        continue;
      }
      // Inside a unit's rows, a text without a number over rows numbered from 1 heads a part of them (its school, its
      // commune chapter): no exemplar, and the rows stay the unit's.
      if (row.headsRun && label !== undefined && level !== undefined) continue;
    }
    const d: GroupedRow = { r: row.r };
    if (kind) {
      d.groupKind = kind.kind;
      d.groupHousehold = kind.household;
    }
    if (label) d.groupLabel = label;
    if (label && labelHeadsUnit) d.groupUnit = true;
    if (phase) d.groupPhase = phase;
    if (unitPhase) d.unitPhase = unitPhase;
    if (reserve) d.groupReserve = reserve;
    if (row.lone !== undefined) d.lone = row.lone;
    if (row.numberedOn) d.numberedOn = true;
    if (row.headsRun) d.headsRun = true;
    out.push(d);
  }
  return out;
}

/** How a table numbers each row's heading: by the row's first text. */
export function rowNumbering(view: SheetView): (r: number) => Numbering {
  return (r) => {
    for (let c = 1; c <= view.colCount; c++) {
      const t = view.text(r, c);
      if (t) return numberingOf(t);
    }
    return 'none';
  };
}

/**
 * The table with its groups walked again now that the units are known; the table itself when it has no group row
 * that may name a unit and no lone row naming one (most tables: then nothing is walked again).
 */
export function withUnitRows<T extends { view: SheetView; rows: GroupedRow[]; groups?: GroupRow[]; baseKind?: KindOfGroup }>(table: T, judge: UnitJudge): T {
  const groups = table.groups ?? [];
  if (!groups.some((g) => isUnitGroup(g.label)) && !table.rows.some((row) => row.lone !== undefined && (row.headsRun || judge.isUnit(unitLabel(row.lone))))) return table;
  return { ...table, rows: assignGroups(table.rows, groups, table.baseKind, judge, rowNumbering(table.view)) };
}
