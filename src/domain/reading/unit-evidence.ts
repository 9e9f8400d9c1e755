/**
 * Which unit proposed each row of a registrations table. Every source that names a unit is evidence: the row's
 * unit-name column, its unit-code column, the group row it sits under, and for the table as a whole its title block
 * (one or several rows), its sheet's name and its file's name. The row's own name decides; disagreements are
 * reported (UNIT_CONFLICT). In a one-unit file whose title names the unit, a bare "Đơn vị" column holding workplaces
 * is read as the workplace.
 */
import { columnLetter } from '../grid';
import { Finding, finding } from '../findings/finding';
import { ListEvidence, msg, UnitEvidenceText } from '../findings/messages';
import type { Profile } from '../profile';
import { namesInternalProposers, namesOwnBranches } from '../units/internal-proposers';
import { titleCase } from '../units/district';
import { unitNameWriter } from '../units/written-name';
import { asDistrictBody } from '../units/district-body';
import { placeNamedInTitle } from '../units/title-place';
import { unitTypeInferrer } from '../units/unit-type';
import type { SheetView } from '../recognition/sheet-view';
import type { Registration, UnitSource } from '../records';
import { asciiKey, toneKey } from '../text';
import { decodeSheetName } from '../text/detect';
import { memoize } from '../text/memo';
import { coProposers } from '../units/co-proposers';
import { PLACE_ALONE, PLACE_WORD, resolveWritten, UnitRef, UnitResolver } from '../units/resolve-unit';
import type { RecognizedTable } from './recognize';
import { isDitto } from './ditto';
import { signatureBodies } from './signature-unit';
import { dateLinePlace } from './date-line-place';

/** File name → words: "03_DangBoXaAnBinh.xlsx" → "Dang Bo Xa An Binh"; "Hội Nông dân huyện.xlsx" as it is. */
function fileNameWords(fileName: string): string {
  // A copy's number («Xa An Binh (1).xlsx», as Windows and chat apps save a second file of one name) is no part of it.
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '').replace(/\s*\(\d{1,2}\)$/, '').normalize('NFC');
  return base
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/[_\-.+]+/g, ' ')
    // A file numbered in the inbox's order ("02 Hoi ND", "II Hoi ND", "I-hoi-lhpn"): the number is no part of the name.
    .replace(/^\s*(?:\d+|i{1,3}|iv|vi{0,3}|ix)\s+/i, '')
    // A sheet saved as a file of its own keeps the sheet's default name after the book's ("DU xa Nhon Hoi - Sheet1").
    .replace(/\s+(?:sheet|trang tính)\s*\d*$/iu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A text of the rows above the header, and the rows it spans (several when consecutive rows are joined). */
export interface TitleCandidate {
  text: string;
  firstRow: number;
  lastRow: number;
  /**
   * A letterhead line above a commune's body in the same block ("UBND HUYỆN …" over "UBND XÃ AN BÌNH"): it names the
   * sender's superior, never the sender.
   */
  superior?: boolean;
  /** A chapter's line under its district organisation's (`ownChapter`): a body's name, though of no known type. */
  chapter?: boolean;
}

// A commune's, township's or ward's own body: the place word after the body's name ("UBND XÃ AN BÌNH"); a town's
// ("UBND THỊ XÃ BẾN CÁT") is no commune's, nor the republic's ("CỘNG HÒA XÃ HỘI …").
const COMMUNE_LEVEL = /(?<!thi) (?:xa(?! hoi chu nghia)|thi tran|phuong) \S/;

/** The state's and the Party's mottos of a letterhead's other side: no unit's name, nor part of one. */
const MOTTO = /^(?:cong hoa xa hoi chu nghia viet nam|doc lap tu do hanh phuc|dang cong san viet nam)$/;

/** A letterhead line naming a body of a commune, township or ward, not the place alone ("XÃ AN BÌNH"). */
function communeBody(text: string, key = asciiKey): boolean {
  const k = key(text);
  return COMMUNE_LEVEL.test(k) && !/^(xa|thi tran|phuong|huyen) /.test(k);
}

/**
 * A district organisation's line over one of its own chapters, named without «xã» ("HỘI NÔNG DÂN HUYỆN AN PHÚ" over
 * "HỘI NÔNG DÂN AN BÌNH", "BCH HỘI NÔNG DÂN AN BÌNH", "CHI HỘI NÔNG DÂN ẤP 3"): the chapter sends, under its superior.
 */
function ownChapter(upper: string, lower: string, key = asciiKey): boolean {
  const organisation = /^(?:bch |ban chap hanh )?(.+?) huyen /.exec(key(upper))?.[1];
  const k = key(lower);
  return !!organisation && organisation.includes(' ') && k.includes(`${organisation} `) && !/(^| )huyen( |$)/.test(k);
}

/** Rows of a letterhead joined into one name: at most this many ("ĐẢNG BỘ HUYỆN" / "ĐẢNG ỦY XÃ …" / "*"). */
const MAX_JOINED_ROWS = 3;

/** A mass organisation's national name heading a letterhead: "ĐOÀN TNCS HỒ CHÍ MINH", "HỘI NÔNG DÂN VIỆT NAM". */
const NATIONAL_ORGANISATION = /^(.+?)\s+(?:TNCS\s+Hồ\s+Chí\s+Minh|Thanh\s+niên\s+Cộng\s+sản\s+Hồ\s+Chí\s+Minh|Việt\s+Nam)$/iu;
/** Its committee of a level under it: "BCH HUYỆN AN PHÚ", "BAN CHẤP HÀNH XÃ AN BÌNH". */
const COMMITTEE_OF = /^(?:BCH|Ban\s+Chấp\s+hành)\s+((?:huyện|xã|thị\s+trấn|phường|thị\s+xã)\s+\S.*)$/iu;
/** The level alone under it ("ỦY BAN MTTQ VIỆT NAM" over "XÃ AN THẠNH"): not «Huyện ủy», «Huyện đoàn», «Huyện hội». */
const LEVEL_ALONE = /^(?:huyen|xa|thi tran|phuong|thi xa) (?!(?:uy|doan|hoi)(?: |$))\S/;

/** How title lines are keyed and read as a district's body: as they are, or once per text for a whole reading. */
interface LineReading {
  key(text: string): string;
  districtBody(text: string, upper: string): string | undefined;
}
const plainLines: LineReading = { key: asciiKey, districtBody: asDistrictBody };

/**
 * The title block's texts, single and joined with the rows below them in the same block (same left edge):
 * "ỦY BAN NHÂN DÂN" over "HUYỆN AN PHÚ" gives "ỦY BAN NHÂN DÂN HUYỆN AN PHÚ". The lowest rows come first: a
 * letterhead names the superior body above the unit itself.
 */
function titleCandidates(
  view: SheetView,
  headerRow: number,
  paragraphsAbove: string[] = [],
  heading?: { from: number; to: number },
  lines: LineReading = plainLines,
): TitleCandidate[] {
  const key = lines.key;
  // Per row, each distinct text at the left edge of its merge. A Word table's paragraphs come first, as rows of
  // their own numbered up to 0, so that they join each other but never the table's first rows.
  const rows: { r: number; cells: Map<number, string> }[] = paragraphsAbove.map((t, i) => ({
    r: i - paragraphsAbove.length,
    cells: new Map(MOTTO.test(key(t)) ? [] : [[1, t]]),
  }));
  // A list under another: the sheet's title block, then its own heading (never the rows of the list above it).
  const titleRows: number[] = [];
  for (let r = 1; r < headerRow; r++) titleRows.push(r);
  if (heading) for (let r = heading.from; r <= heading.to; r++) titleRows.push(r);
  for (const r of titleRows) {
    const cells = new Map<number, string>();
    const seen = new Set<string>();
    for (let c = 1; c <= view.colCount; c++) {
      const t = view.text(r, c);
      if (!t || seen.has(t) || MOTTO.test(key(t))) continue;
      seen.add(t);
      cells.set(view.mergeAt(r, c)?.left ?? c, t);
    }
    rows.push({ r, cells });
  }
  return candidatesOf(rows, lines);
}

/** The candidates of a title block given row by row, each row's texts by their left edge. */
function candidatesOf(rows: { r: number; cells: Map<number, string> }[], lines: LineReading = plainLines): TitleCandidate[] {
  const key = lines.key;
  withoutRecipients(rows, key);
  // Lines of a block standing above a commune's body (same left edge, consecutive rows).
  const superior = new Set<string>();
  const chapters = new Set<string>();
  // "ỦY BAN MTTQ VIỆT NAM" over "XÃ AN THẠNH": the place line names the organisation of that place, "Ủy ban MTTQ xã An
  // Thạnh", never the place alone (which would name the commune's party committee).
  const ofPlace = new Map<string, string>();
  for (let i = rows.length - 1; i >= 0; i--) {
    for (const [c, t] of (rows[i] as (typeof rows)[number]).cells) {
      const prev = rows[i - 1];
      const upper = prev && prev.r === (rows[i] as (typeof rows)[number]).r - 1 ? prev.cells.get(c) : undefined;
      // A national name heading a block ("HỘI NÔNG DÂN VIỆT NAM" over the sender's line) is never the sender.
      const national = upper !== undefined ? NATIONAL_ORGANISATION.exec(upper)?.[1] : undefined;
      if (national) superior.add(`${(prev as (typeof rows)[number]).r}:${c}`);
      if (national && LEVEL_ALONE.test(key(t))) ofPlace.set(`${(rows[i] as (typeof rows)[number]).r}:${c}`, `${national} ${t}`);
      const chapter = upper !== undefined && ownChapter(upper, t, key);
      if (chapter) chapters.add(`${(rows[i] as (typeof rows)[number]).r}:${c}`);
      if (!communeBody(t, key) && !chapter) continue;
      for (let j = i - 1; j >= 0 && i - j < MAX_JOINED_ROWS; j--) {
        const above = rows[j] as (typeof rows)[number];
        if (!above.cells.has(c) || above.r !== (rows[i] as (typeof rows)[number]).r - (i - j)) break;
        superior.add(`${above.r}:${c}`);
      }
    }
  }
  const out: TitleCandidate[] = [];
  for (let i = rows.length - 1; i >= 0; i--) {
    const last = rows[i] as (typeof rows)[number];
    for (const [c, t] of last.cells) {
      const at = `${last.r}:${c}`;
      const prev = rows[i - 1];
      const upper = prev && prev.r === last.r - 1 ? prev.cells.get(c) : undefined;
      const organisation = ofPlace.get(at);
      if (organisation) out.push({ text: organisation, firstRow: last.r, lastRow: last.r });
      else {
        const flags = { ...(superior.has(at) ? { superior: true as const } : {}), ...(chapters.has(at) ? { chapter: true as const } : {}) };
        // "BCH HUYỆN ĐOÀN AN PHÚ": also the body its committee leads, named as a body of a type.
        out.push({ text: t, firstRow: last.r, lastRow: last.r, ...flags });
        const led = /^(?:BCH|Ban\s+Chấp\s+hành)\s+(\S.*)$/iu.exec(t)?.[1];
        if (led && /^(?:huyen|thi|quan) (?:doan|hoi) /.test(key(led))) out.push({ text: led, firstRow: last.r, lastRow: last.r, ...flags });
      }
      // "ĐẢNG ỦY CÔNG AN" under "ĐẢNG BỘ HUYỆN AN PHÚ": the district's body (district-body.ts).
      const districtBody = upper !== undefined ? lines.districtBody(t, upper) : undefined;
      if (districtBody) out.push({ text: districtBody, firstRow: last.r, lastRow: last.r });
      let text = t;
      for (let j = i - 1; j >= 0 && i - j < MAX_JOINED_ROWS; j--) {
        const above = (rows[j] as (typeof rows)[number]).cells.get(c);
        // Only consecutive rows of one block: an empty row ends it.
        if (!above || (rows[j] as (typeof rows)[number]).r !== last.r - (i - j)) break;
        const top = (rows[j] as (typeof rows)[number]).r;
        text = `${ofPlace.get(`${top}:${c}`) ?? above} ${text}`;
        out.push({ text, firstRow: top, lastRow: last.r, ...(superior.has(`${top}:${c}`) ? { superior: true } : {}) });
        // "ĐOÀN TNCS HỒ CHÍ MINH" over "BCH HUYỆN AN PHÚ": the organisation's committee of the district, "Đoàn huyện An Phú".
        const org = NATIONAL_ORGANISATION.exec(above)?.[1];
        const level = j === i - 1 ? COMMITTEE_OF.exec(t)?.[1] : undefined;
        if (org && level) out.push({ text: `${org} ${level}`, firstRow: top, lastRow: last.r });
      }
      // "DANH SÁCH … CỦA ĐẢNG BỘ XÃ AN BÌNH": the unit after "của".
      const after = /(?:^|\s)(?:của|cua)\s+(.+)$/i.exec(t)?.[1];
      if (after) out.push({ text: after, firstRow: last.r, lastRow: last.r });
    }
  }
  return out;
}

/**
 * The recipients named under «Kính gửi» ("Kính gửi: Ban Thường vụ Huyện ủy", or "Kính gửi:" over "- Đảng ủy xã An
 * Bình;"): the bodies a list is sent to, never its sender. Their lines are emptied.
 */
function withoutRecipients(rows: { cells: Map<number, string> }[], key = asciiKey): void {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as (typeof rows)[number];
    const at = [...row.cells].find(([, t]) => /^kinh gui( |$)/.test(key(t)));
    if (!at) continue;
    const [c, text] = at;
    row.cells.delete(c);
    // "Kính gửi:" alone heads the recipients on the lines under it: bulleted, or closed by ";" or ".".
    if (!/:\s*$/.test(text)) continue;
    for (let j = i + 1; j < rows.length && j <= i + 6; j++) {
      const next = rows[j] as (typeof rows)[number];
      const recipient = [...next.cells].find(([, t]) => /^\s*[-+•–]\s*\S|[;.]\s*$/.test(t));
      if (!recipient) break;
      next.cells.delete(recipient[0]);
    }
  }
}

const DISTRICT_LEVEL = ['đảng bộ huyện', 'đảng ủy huyện', 'huyện ủy'].map(toneKey);

/** A title text that names a unit by its type alone (no units list to resolve against), not the district above it. */
function typedUnitText(text: string, inferUnitType: (text: string) => unknown): boolean {
  const k = toneKey(text);
  return !DISTRICT_LEVEL.some((d) => k.startsWith(d)) && inferUnitType(text) !== undefined;
}

interface TableUnit<U> {
  text: string;
  source: 'title' | 'sheet' | 'file';
  unit?: U;
  /** The list's own names disagree on its unit: those naming the unit counted, and those naming another. */
  dispute?: { counted: ListEvidence[]; other: { unit: U; evidence: ListEvidence[] } };
}

/** A name the list gives itself beside its title, and the unit it names outright. */
interface SenderName<U> extends ListEvidence {
  unit: U;
}

/**
 * A sheet's or file's name: a unit's name or code, or a district body without its "huyện" ("Hội LHPN",
 * "Hội Nông dân"; not for titles, where "ỦY BAN NHÂN DÂN" may head a commune's letterhead), or a name inside more words.
 */
function resolveName<U extends UnitRef>(resolver: UnitResolver<U>, text: string): U | undefined {
  return (
    resolver.resolve(text) ??
    resolver.resolve(`${text} huyện`) ??
    resolver.resolveLoose(text) ??
    byCommune(resolver, text) ??
    byCodeIn(resolver, text) ??
    associationOf(resolver, text)
  );
}

/** Excel keeps at most 31 characters of a sheet's name: a unit's name cut there («Chi bộ Viện Kiểm sát nhân dân h»). */
const SHEET_NAME_MAX = 31;

/** The unit a sheet's name names, whole or as Excel cut it. */
function sheetUnit<U extends UnitRef>(resolver: UnitResolver<U>, sheet: string): U | undefined {
  return resolveName(resolver, sheet) ?? (sheet.length >= SHEET_NAME_MAX ? resolver.resolveStart(sheet) : undefined);
}

/**
 * The unit a sheet's name names, with the name as read: typed under a legacy keyboard («§¶ng ñy x· Hßa B×nh»), its
 * decoding, where that names a unit and the name as it is names none.
 */
function sheetNameUnit<U extends UnitRef>(resolver: UnitResolver<U>, view: SheetView): { text: string; unit: U | undefined } {
  const unit = sheetUnit(resolver, view.name);
  if (unit) return { text: view.name, unit };
  const decoded = decodeSheetName(view.name, view.conversions);
  const byDecoded = decoded === view.name ? undefined : sheetUnit(resolver, decoded);
  return byDecoded ? { text: decoded, unit: byDecoded } : { text: view.name, unit: undefined };
}

const LIST_WORDS = /^(?:(?:ds|danh sách|danh sach|đk|dk|đăng ký|dang ky|đhtt|dhtt|điển hình|dien hinh|tiên tiến|tien tien)\s+)+/iu;

/** An association named by what it gathers, its «Hội» left out («ND», «CCB», «Nông dân»): the district's. */
function associationOf<U extends UnitRef>(resolver: UnitResolver<U>, text: string): U | undefined {
  if (!/^\p{L}+(?: \p{L}+){0,3}$/u.test(text) || /^(hội|hoi)( |$)/iu.test(text)) return undefined;
  return resolver.resolve(`Hội ${text} huyện`);
}

/**
 * A sheet or file named by its commune alone ("Phú Hữu", "X. Phú Hữu", "TT Long Điền", "P. An Lạc"): that commune's
 * (township's, ward's) party committee.
 */
function byCommune<U extends UnitRef>(resolver: UnitResolver<U>, text: string): U | undefined {
  // A short form only before a dot or a space: "Xuân Hòa" and "Phú Hữu" are names. A file's name may say what it
  // holds first ("ds-tan-lap.xlsx") and be written in lower case.
  const bare = text
    .replace(LIST_WORDS, '')
    // Its party committee's short name first, typed without diacritics too ("DU Tan Lap", "ĐU xã Tân Lập").
    .replace(/^(?:đu|du|đb|db|đảng ủy|dang uy|đảng bộ|dang bo)\s+/iu, '')
    .replace(/^(?:(?:x|tt|p)(?:\.\s*|\s+)|(?:xã|xa|thị trấn|thi tran|phường|phuong)\.?\s+)/iu, '')
    .trim();
  if (!/^\p{L}+(?: \p{L}+){1,2}$/u.test(bare)) return undefined;
  const found = new Set(
    [resolver.resolve(`Xã ${bare}`), resolver.resolve(`Thị trấn ${bare}`), resolver.resolve(`Phường ${bare}`)].filter((u): u is U => u !== undefined),
  );
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * The unit the signature block names outright (its «T/M» line): not "ỦY BAN NHÂN DÂN" alone read as the district's,
 * as a commune's committee signs so too.
 */
function signatureUnit<U extends UnitRef>(table: RecognizedTable, resolver: UnitResolver<U>): { text: string; unit: U } | undefined {
  for (const text of signatureBodies(table)) {
    const unit = resolver.resolve(text) ?? resolver.resolveLoose(text);
    if (unit) return { text, unit };
  }
  return undefined;
}

/** The commune a title names only as a place, as its party committee (title-place.ts). */
function titlePlaceUnit<U extends UnitRef>(titles: readonly TitleCandidate[], reading: TitleReading<U>): { text: string; unit: U } | undefined {
  for (const t of titles) {
    const found = reading.placeUnit(t.text);
    if (found) return found;
  }
  return undefined;
}

/**
 * What a title line says, worked out once per text for a whole reading: a document of many tables gives each table
 * every paragraph above it as its title block, so the same lines are asked about again for each table.
 */
export interface TitleReading<U extends UnitRef> extends LineReading {
  resolve(text: string): U | undefined;
  resolveLoose(text: string): U | undefined;
  /** The commune the line names only as a place, as its party committee. */
  placeUnit(text: string): { text: string; unit: U } | undefined;
  /** The line names a body of a type, or a commune's body. */
  namesBody(text: string): boolean;
}

export function titleReading<U extends UnitRef>(resolver: UnitResolver<U>, profile?: Profile): TitleReading<U> {
  let inferUnitType: ((text: string) => unknown) | undefined;
  const resolve = memoize((text) => resolver.resolve(text) ?? null);
  const resolveLoose = memoize((text) => resolver.resolveLoose(text) ?? null);
  const placeUnit = memoize((text) => {
    const place = placeNamedInTitle(text);
    const unit = place ? byCommune(resolver, place) : undefined;
    return place && unit ? { text: place, unit } : null;
  });
  const districtBody = memoize((pair) => {
    const [text, upper] = pair.split('\u0000') as [string, string];
    return asDistrictBody(text, upper) ?? null;
  });
  return {
    key: memoize(asciiKey),
    districtBody: (text, upper) => districtBody(`${text}\u0000${upper}`) ?? undefined,
    resolve: (text) => resolve(text) ?? undefined,
    resolveLoose: (text) => resolveLoose(text) ?? undefined,
    placeUnit: (text) => placeUnit(text) ?? undefined,
    namesBody: memoize((text) => {
      inferUnitType ??= unitTypeInferrer(profile as Profile);
      return typedUnitText(text, inferUnitType) || communeBody(text);
    }),
  };
}

/** A file or sheet named with a unit's code among other words ("X03 - Long Dien", "DU_X02"): the one code it holds. */
function byCodeIn<U extends UnitRef>(resolver: UnitResolver<U>, text: string): U | undefined {
  // A number alone ("Bảng 1", "Mẫu 01") is no code here.
  const found = new Set(text.split(/[\s_\-.,()]+/).flatMap((w) => (/\p{L}/u.test(w) && /\d/.test(w) ? (resolver.resolveCode(w) ?? []) : [])));
  return found.size === 1 ? [...found][0] : undefined;
}

/** A table's title candidates but the superior body's lines above its unit. */
const ownTitles = (table: RecognizedTable, lines?: LineReading): TitleCandidate[] =>
  titleCandidates(table.view, table.titleEnd ?? table.header.row, table.paragraphsAbove, table.headingRows, lines).filter((t) => !t.superior);

/** The unit a table's title block names, if it names one of the list. */
function titleUnit<U extends UnitRef>(titles: readonly TitleCandidate[], reading: TitleReading<U>): { text: string; unit: U } | undefined {
  for (const resolve of [(t: string) => reading.resolve(t), (t: string) => reading.resolveLoose(t)]) {
    for (const t of titles) {
      const unit = resolve(t.text);
      if (unit) return { text: t.text, unit };
    }
  }
  return undefined;
}

/**
 * The unit a document's letterhead names: its lines above the title, single and joined as a table's title block is
 * ("BCH ĐOÀN TNCS HỒ CHÍ MINH" over "HUYỆN AN PHÚ"), the superior body's lines left out.
 */
export function letterheadUnit<U extends UnitRef>(lines: readonly string[], resolver: UnitResolver<U>): U | undefined {
  const rows = lines.map((t, i) => ({ r: i + 1, cells: new Map(t && !MOTTO.test(asciiKey(t)) ? [[1, t]] : []) }));
  return titleUnit(candidatesOf(rows).filter((t) => !t.superior), titleReading(resolver))?.unit;
}

/**
 * A file of one sheet per body (sheets «MTTQ», «Hội ND», «Hội CCB» under the sender's one title): every registration
 * sheet of the file is named by a unit of the list, each by another. Each sheet's name is then its rows' unit, before
 * the title (the sender, or the district body compiling them). A commune's file with a sheet per body of its own
 * («Hội ND», «Đoàn TN» under «ĐẢNG ỦY XÃ …») stays the commune's.
 */
export function sheetsNameTheirUnits<U extends UnitRef>(tables: readonly RecognizedTable[], resolver: UnitResolver<U>, reading = titleReading(resolver)): boolean {
  const views = [...new Map(tables.map((t) => [t.view.name, t.view])).values()];
  if (views.length < 2) return false;
  const units = new Map<string, U>();
  const sheets: string[] = [];
  for (const view of views) {
    const { text, unit: u } = sheetNameUnit(resolver, view);
    if (!u || units.has(u.id)) return false;
    units.set(u.id, u);
    sheets.push(text);
  }
  // A commune's own file («ĐẢNG ỦY XÃ …» over sheets «Hội ND», «Đoàn TN») names its own bodies, not the district's;
  // a mass organisation's file with a sheet per commune or ward («THỊ ĐOÀN …» over «Phường An Lạc», «P. Bình Trị»)
  // says where its members are from (the People's Committee's or the Front's is a master, one sheet per commune).
  const places = sheets.every((s) => PLACE_ALONE.test(asciiKey(s)) || byCommune(resolver, s) !== undefined);
  return tables.every((t) => {
    const sender = titleUnit(ownTitles(t, reading), reading)?.unit;
    if (sender && places && !units.has(sender.id) && !COMPILERS.test(asciiKey(sender.name))) return false;
    return !sender || units.has(sender.id) || !COMMUNE_LEVEL.test(asciiKey(sender.name));
  });
}

/** A title line naming a body, as written: of a type, a commune's, or a chapter under its district organisation. */
function bodyNamer<U extends UnitRef>(reading: TitleReading<U>): (t: TitleCandidate) => boolean {
  return (t) => t.firstRow === t.lastRow && (reading.namesBody(t.text) || !!t.chapter);
}

/**
 * The one unit the letterheads of a file's sheets name (`tables`: the file's tables), if they name one and only one:
 * a sheet of the file without a letterhead of its own is that unit's.
 */
export function fileLetterheadUnit<U extends UnitRef>(
  tables: readonly RecognizedTable[],
  resolver: UnitResolver<U>,
  profile: Profile,
  reading = titleReading(resolver, profile),
): { text: string; unit: U } | undefined {
  let found: { text: string; unit: U } | undefined;
  const namesBody = bodyNamer(reading);
  for (const t of tables) {
    const titles = ownTitles(t, reading);
    const named = titleUnit(titles, reading) ?? titlePlaceUnit(titles, reading);
    // A sheet naming a body the list lacks: the file holds another unit's list too, and which is whose is not known.
    if (!named && titles.some(namesBody)) return undefined;
    if (!named) continue;
    if (found && found.unit.id !== named.unit.id) return undefined;
    found ??= named;
  }
  return found;
}

/**
 * The unit a table names as a whole: its title block, else its sheet's name, else its file's name; the sheet's name
 * first in a file of one sheet per unit (`sheetFirst`).
 */
function tableUnit<U extends UnitRef>(
  table: RecognizedTable,
  file: string,
  resolver: UnitResolver<U>,
  profile: Profile,
  sheetFirst: boolean,
  fileUnit?: () => { text: string; unit: U } | undefined,
  reading = titleReading(resolver, profile),
): TableUnit<U> {
  const { text: sheet, unit: bySheet } = sheetNameUnit(resolver, table.view);
  if (sheetFirst && bySheet) return { text: sheet, source: 'sheet', unit: bySheet };
  const titles = ownTitles(table, reading);
  // A title naming the commune only as a place ("… xã An Bình giai đoạn …"): that commune's party committee.
  const byTitle = titleUnit(titles, reading) ?? titlePlaceUnit(titles, reading);
  if (byTitle) return weighTitle(byTitle, senderNames(table, file, resolver, profile, bySheet && { text: sheet, unit: bySheet }));
  if (bySheet) return { text: sheet, source: 'sheet', unit: bySheet };
  // A sheet without a letterhead («Bổ sung 2024» under its title only) in a file whose other sheets all name one
  // unit: that unit's, not the file name's. Not one whose title block names a body the list lacks: that body's.
  const namesBody = bodyNamer(reading);
  const byOtherSheets = titles.some(namesBody) ? undefined : fileUnit?.();
  if (byOtherSheets) return { ...byOtherSheets, source: 'title' };
  const words = fileNameWords(file);
  const byFile = resolveName(resolver, words);
  if (byFile) return { text: words, source: 'file', unit: byFile };
  // The body its signature block signs for («TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN»), where the file's name names none: a
  // block may also be the approving body's («T/M ĐẢNG ỦY XÃ» over a chi bộ's list) (signature-unit.ts).
  const bySignature = signatureUnit(table, resolver);
  if (bySignature) return { ...bySignature, source: 'title' };
  // Else the letterhead's own unit as written, for the user to recognise: a body of a type, or a commune's body.
  const typed = titles.find(namesBody);
  // "… điển hình tiên tiến của Hội Nông dân xã An Bình": the body after "của", not the title's sentence.
  const body = typed && titles.find((t) => t !== typed && t.firstRow === typed.firstRow && t.text.length < typed.text.length && typed.text.endsWith(` ${t.text}`) && namesBody(t));
  if (typed) return { text: (body ?? typed).text, source: 'title' };
  return { text: words, source: 'file' };
}

/**
 * A file's name saying who passed the list on («Hoi ND huyen chuyen», «Hội LHPN huyện nhờ chuyển»): that body forwarded
 * it, so its name is no evidence of the sender. Typed without marks only at the end, where «chuyên» (a theme, a
 * specialised school) does not stand.
 */
const FORWARDED = /(?:^| )(?:chuyển(?: |$)|chuyen(?: (?:tiep|len|ve|sang))?$)/u;

/** A commune's name with its kind or its party committee's («ĐU Tân Lập», «xã Tân Lập», «TT. An Phú»), folded. */
const KIND_NAMED = /(^| )(du|db|dang uy|dang bo|xa|thi tran|phuong|tt|x|p)( |\.|$)/;

/**
 * The names a list's sender gives it beside its title, each naming a unit outright with its kind («ĐU xã Nhơn Hội»,
 * «Dang uy xa Nhon Hoi.xlsx»): never a bare place («An Phú», «Vĩnh Hội»: the district's town, a hamlet, an officer's
 * name) nor a bare «Hội ND», which a commune's own body shares with the district's. And its date line's place, where
 * that is not the district's own (its bodies date their lists at the district's town, often a township's name too).
 */
function senderNames<U extends UnitRef>(table: RecognizedTable, file: string, resolver: UnitResolver<U>, profile: Profile, sheet: { text: string; unit: U } | undefined): SenderName<U>[] {
  const out: SenderName<U>[] = [];
  const outright = (text: string, unit: U) => namedOutright(text, unit.name, resolver) || (KIND_NAMED.test(asciiKey(text)) && byCommune(resolver, text)?.id === unit.id);
  if (sheet && outright(sheet.text, sheet.unit)) out.push({ source: 'sheet', ...sheet });
  const words = fileNameWords(file);
  const byFile = resolveName(resolver, words);
  if (byFile && outright(words, byFile) && !FORWARDED.test(words.toLowerCase())) out.push({ source: 'file', text: file.replace(/^.*[\\/]/, ''), unit: byFile });
  const dated = dateLinePlace(table);
  const district = new Set([profile.place, profile.district].filter(Boolean).map(asciiKey));
  const byPlace = dated && !district.has(asciiKey(dated.place)) ? byCommune(resolver, dated.place) : undefined;
  if (dated && byPlace) out.push({ source: 'dateLine', text: dated.line, unit: byPlace });
  return out;
}

/**
 * The title's unit weighed against the names the sender gave the list. A template copied from another unit keeps that
 * unit's title block; what its sender renamed (the sheet, the file, the date line's place) names the sender: two of
 * them naming one unit outweigh the title. Else the title decides. Either way a disagreement is said (UNIT_CONFLICT),
 * but never a date line's place alone.
 */
function weighTitle<U extends UnitRef>(title: { text: string; unit: U }, names: readonly SenderName<U>[]): TableUnit<U> {
  const titled: TableUnit<U> = { ...title, source: 'title' };
  const against = names.filter((n) => n.unit.id !== title.unit.id);
  if (!against.some((n) => n.source !== 'dateLine')) return titled;
  const evidence = (unit: U): ListEvidence[] => names.filter((n) => n.unit.id === unit.id).map(({ source, text }) => ({ source, text }));
  const withTitle = [{ source: 'title' as const, text: title.text }, ...evidence(title.unit)];
  // Backed by the sheet, the file or the date line, the title holds against two names alike.
  const renamed = against.find((n) => n.source !== 'dateLine' && evidence(n.unit).length >= 2 && evidence(n.unit).length > withTitle.length - 1);
  if (renamed) return { text: renamed.text, source: renamed.source === 'sheet' ? 'sheet' : 'file', unit: renamed.unit, dispute: { counted: evidence(renamed.unit), other: { unit: title.unit, evidence: withTitle } } };
  const other = against.find((n) => n.source !== 'dateLine') as SenderName<U>;
  return { ...titled, dispute: { counted: withTitle, other: { unit: other.unit, evidence: evidence(other.unit) } } };
}

/** The unit a list names as a whole (title block, sheet's name, file's name), for a list without rows. */
export function wholeTableUnit<U extends UnitRef>(table: RecognizedTable, file: string, resolver: UnitResolver<U>, profile: Profile): U | undefined {
  return tableUnit(table, file, resolver, profile, false).unit;
}

/** The unit a file's name names ("DS Vinh Hoi.xlsx"): the only evidence of a file that could not be opened. */
export function fileNameUnit<U extends UnitRef>(file: string, resolver: UnitResolver<U>): U | undefined {
  return resolveName(resolver, fileNameWords(file));
}

const PARTY_BODY = /^(chi bo|dang bo|dang uy) /;

/**
 * A unit written as the list names it, by its code or with its level ("Đảng bộ xã An Bình", "Hội Nông dân huyện"):
 * not a bare association's name («Hội Nông dân»), nor the body a party organisation belongs to («Phòng Tư pháp
 * huyện» for «Chi bộ Phòng Tư pháp huyện»).
 */
function namedOutright<U extends UnitRef>(text: string, unit: string, resolver: UnitResolver<U>): boolean {
  if (resolver.resolveCode(text)) return true;
  const t = asciiKey(text);
  const u = asciiKey(unit);
  if (t === u || (PARTY_BODY.test(u) && PARTY_BODY.test(t))) return true;
  if (PARTY_BODY.test(u)) return false;
  return /(^| )(xa|thi tran|phuong|huyen)( |$)/.test(t);
}

/** A bare "Đơn vị" header: the proposing unit in a master, the workplace in a one-unit file. */
const AMBIGUOUS_UNIT_HEADERS = new Set(['don vi', 'don vi cong tac']);

/**
 * In a one-unit file whose title names the unit, a bare "Đơn vị" column whose values are mostly not units of the
 * list holds workplaces ("Trường Tiểu học An Bình").
 */
function holdsWorkplaces<U extends UnitRef>(
  rows: Registration[],
  resolver: UnitResolver<U>,
  profile: Profile,
  hasUnits: boolean,
  titleUnit: string | undefined,
): boolean {
  const values = new Set<string>();
  for (const r of rows) if (r.unitSource === 'column' && r.unitText && !r.unitError) values.add(r.unitText);
  if (!values.size) return false;
  let units = 0;
  const inferUnitType = unitTypeInferrer(profile);
  // A mass organisation's own list ("BCH HỘI NÔNG DÂN HUYỆN") saying which commune each member is from: a commune
  // named alone there is where the member works, not the commune's party committee of another bloc.
  const titleBloc = titleUnit ? inferUnitType(titleUnit)?.bloc : undefined;
  const placeOfMember = (v: string) => titleBloc !== undefined && PLACE_ALONE.test(asciiKey(v)) && inferUnitType(v)?.bloc !== titleBloc;
  // A body's own list naming bodies of another bloc by a loose name (a commune's list: «Hội Nông dân», «Đoàn Thanh
  // niên»; UBND's list: «Phòng Tư pháp huyện», whose chi bộ is a unit) names where its members work; a unit named
  // outright («Đảng bộ xã An Bình») still proposes.
  const proposes = (text: string, unit: string) =>
    titleBloc === undefined || inferUnitType(unit)?.bloc === titleBloc || namedOutright(text, unit, resolver);
  for (const v of values) {
    if (placeOfMember(v)) continue;
    const unit = hasUnits ? rowUnit(resolver, v, 'column')?.name : inferUnitType(v) && v;
    if (unit && proposes(v, unit)) units++;
  }
  return units * 2 < values.size;
}

/**
 * A unit column's text: a unit's name or code, a district body without its "huyện" ("Chi bộ KBNN", "Hội Nông
 * dân"), or a commune named alone ("Thị trấn Phú Mỹ", "TT Phú Mỹ": its party committee, as in a units list). Not
 * for group rows or titles, which may name a commune's body ("1. Ủy ban nhân dân", "ỦY BAN NHÂN DÂN / XÃ AN BÌNH").
 */
function rowUnit<U extends UnitRef>(resolver: UnitResolver<U>, text: string, source: UnitSource | undefined): U | undefined {
  return source === 'column' ? resolveWritten(resolver, text) : resolver.resolve(text);
}

export interface AttributionContext<U extends UnitRef> {
  resolver: UnitResolver<U>;
  profile: Profile;
  /** A units list was read: values can be told to be units or not. */
  hasUnits: boolean;
  /** The title lines' readings, shared by the tables of one reading. */
  titles?: TitleReading<U>;
}

/** Rows naming more distinct units than this are a compiled list: its title is the compiler, not each row's unit. */
const ONE_UNIT_TABLE_MAX_UNITS = 2;

/**
 * Sets each registration's unit (unitText, unitSource, unitId) from all the evidence; returns UNIT_CONFLICT findings.
 * `sheetFirst`: the table's sheet is one of a file's sheets each named by its unit (sheetsNameTheirUnits).
 */
export function attributeUnits<U extends UnitRef>(
  table: RecognizedTable,
  file: string,
  rows: Registration[],
  ctx: AttributionContext<U>,
  sheetFirst = false,
  fileUnit?: () => { text: string; unit: U } | undefined,
): Finding[] {
  const { resolver, profile, hasUnits } = ctx;
  const findings: Finding[] = [];
  let whole: TableUnit<U> | undefined;
  const wholeTable = () => (whole ??= tableUnit(table, file, resolver, profile, sheetFirst, fileUnit, ctx.titles));

  const unitCol = table.header.columns.get('unit');
  const codeCol = table.header.columns.get('unitCode');
  const unitHeader = unitCol !== undefined ? asciiKey(table.header.labels.get(unitCol) ?? '') : '';
  // The table names its unit: by its title (even without a list to resolve it against), or by its sheet's or file's
  // name when that is a unit of the list ("Hội Nông dân huyện.xlsx").
  const named = () => wholeTable().unit !== undefined || (wholeTable().source === 'title' && !hasUnits);
  // "nt", "Như trên", '"' in the unit column (that names no unit of the list): the cell above, carried down below.
  const dittos = dittoRows(rows, resolver);
  if (AMBIGUOUS_UNIT_HEADERS.has(unitHeader) && named()) {
    const t = wholeTable();
    if (holdsWorkplaces(rows, resolver, profile, hasUnits, t.unit?.name ?? (t.source === 'title' ? t.text : undefined))) {
      let workplaceAbove: string | undefined;
      for (let i = 0; i < rows.length; i++) {
        const r = rows[i] as Registration;
        if (dittos?.has(i) && workplaceAbove) r.workplace = joinedPlaces(workplaceAbove, r.workplace);
        if (r.unitSource !== 'column' || !r.unitText) continue;
        // A failed formula among workplaces says no workplace; the title names the unit.
        if (r.unitError) {
          clearUnit(r);
          continue;
        }
        workplaceAbove = r.unitText;
        r.workplace = joinedPlaces(r.unitText, r.workplace);
        r.unitText = undefined;
        r.unitSource = undefined;
      }
    }
  }

  // A hidden column of unit names (a template's list for a drop-down: it runs on past the rows) under a title naming
  // the table's unit: what the user sees, the title, decides; the helper names no row's unit. A compiler's hidden unit
  // column, one name per row, still names each row's.
  if (unitCol !== undefined && table.view.hiddenColumn?.(unitCol) && wholeTable().unit !== undefined && runsPastRows(table.view, unitCol, rows)) {
    for (const r of rows) if (r.unitSource === 'column') clearUnit(r);
  }

  // A đảng bộ's own list naming its chi bộ in the unit column, a mass organisation's naming its branches: the unit its
  // title (sheet, file) names proposes (internal-proposers.ts).
  const titled = unitCol !== undefined && hasUnits ? wholeTable() : undefined;
  if (titled?.unit) {
    const values = new Set<string>();
    for (const r of rows) if (r.unitSource === 'column' && r.unitText && !r.unitError) values.add(r.unitText);
    const unitOfList = (v: string) => rowUnit(resolver, v, 'column');
    // Branches only under the organisation's own letterhead or sheet: a file's name alone is weaker than the column.
    const branches = titled.source !== 'file' && namesOwnBranches(values, titled.unit, unitOfList);
    if (branches || namesInternalProposers(values, titled.unit, unitOfList, unitTypeInferrer(profile))) {
      for (const r of rows) if (r.unitSource === 'column') clearUnit(r);
    }
  }

  // A mass organisation's own list grouped by the communes its members are from: every group row naming a unit names
  // a commune alone, of another bloc than the title's body. The People's Committee and the Front compile the
  // district's lists grouped so (each commune's rows its committee's), and a master beside other bodies is one too.
  let titleBloc: string | null | undefined;
  let inferType: ((text: string) => { bloc: string } | undefined) | undefined;
  let groupsArePlaces: boolean | undefined;
  const placeOfMembers = (text: string) => {
    if (!PLACE_ALONE.test(asciiKey(text))) return false;
    inferType ??= unitTypeInferrer(profile);
    const title = wholeTable().unit?.name ?? '';
    titleBloc ??= COMPILERS.test(asciiKey(title)) ? null : (inferType(title)?.bloc ?? null);
    groupsArePlaces ??= rows.every((r) => r.unitSource !== 'group' || !r.unitText || PLACE_ALONE.test(asciiKey(r.unitText)) || !rowUnit(resolver, r.unitText, 'group'));
    return titleBloc !== null && groupsArePlaces && inferType(text)?.bloc !== titleBloc;
  };
  // A master's group rows heading each unit's rows (group-rows.ts): a district body written without its "huyện" is
  // that unit, and one the list does not know is still the rows' unit, unless the table names its own.
  let headingUnit: Set<number> | undefined;
  const headsUnit = (r: Registration) => {
    headingUnit ??= new Set(table.rows.filter((d) => d.groupUnit).map((d) => d.r));
    return headingUnit.has(r.source.row) && !named();
  };
  // A unit cell of several lines, one unit per line (its text joins them with spaces).
  const unitCell = (r: Registration, text: string) => {
    const lines = unitCol === undefined ? undefined : table.view.lines?.(r.source.row, unitCol);
    return lines && lines.length > 1 && lines.join(' ') === text ? lines.join('\n') : text;
  };
  // Per row: its own evidence (name column, code column, group row) decides.
  const own: (U | undefined)[] = [];
  const distinct = new Set<string>();
  for (const r of rows) {
    // A failed formula names no unit; a code beside it still does («the filled one decides»).
    if (r.unitError) {
      const coded = r.unitCodeText ? resolver.resolve(r.unitCodeText) : undefined;
      if (coded) {
        r.unitText = r.unitCodeText;
        r.unitSource = 'code';
        delete r.unitError;
        distinct.add(coded.id);
      }
      own.push(coded);
      continue;
    }
    let named = r.unitText ? rowUnit(resolver, r.unitText, r.unitSource) : undefined;
    // A cell naming two units or more: the first is the row's unit, the others propose it with it.
    const co = !named && r.unitSource === 'column' && r.unitText ? coProposers(resolver, unitCell(r, r.unitText)) : undefined;
    if (co) {
      named = co[0];
      r.coUnitIds = co.slice(1).map((u) => u.id);
    }
    const heading = r.unitSource === 'group' && !named && headsUnit(r);
    if (heading) named = resolveWritten(resolver, r.unitText ?? '');
    const coded = r.unitCodeText ? resolver.resolve(r.unitCodeText) : undefined;
    // A group label that names no unit ("1. Khối cơ quan") gives way to the table's unit; so does a commune or a ward
    // named alone ("1. Phường An Lạc") in a body's own list of another bloc: where its members are from.
    if (r.unitSource === 'group' && !heading && (!named || placeOfMembers(r.unitText ?? ''))) {
      if (named && r.unitText) withPlace(r, r.unitText);
      r.unitText = undefined;
      r.unitSource = undefined;
      named = undefined;
    }
    // The name (in its column, or the group row above) decides over the code.
    if (named && coded && named.id !== coded.id && r.unitSource && r.unitCodeText) {
      findings.push(
        conflict(r, file, codeCol, named, { source: 'code', text: r.unitCodeText, unit: coded.name }, {
          source: evidenceSource(r.unitSource),
          text: r.unitText ?? '',
          unit: named.name,
        }),
      );
    }
    if (!r.unitText && r.unitCodeText) {
      r.unitText = r.unitCodeText;
      r.unitSource = 'code';
    }
    const u = named ?? coded;
    own.push(u);
    if (u) distinct.add(u.id);
    for (const id of r.coUnitIds ?? []) distinct.add(id);
  }

  // Rows without any: the table's unit. Rows with one: checked against the title or sheet name of a one-unit table.
  // A master of several units (no title of one unit over them) that writes each unit once, on the first row of its
  // block, leaves the unit cells below it blank: those rows are that unit's. A block that writes its unit on every row
  // has left a blank cell out (leftOut): that row's unit is not known.
  const compiled = distinct.size >= 2 && (distinct.size > ONE_UNIT_TABLE_MAX_UNITS || !wholeTable().unit);
  // Rows taking the table's unit where the list's own names disagree on it.
  const disputed: Registration[] = [];
  let above: { unit: U; text: string } | undefined;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as Registration;
    const u = own[i];
    if (u && r.unitSource !== 'column') above = undefined;
    else if (u && r.unitText) above = { unit: u, text: r.unitText };
    else if (r.unitText) above = undefined;
    const gap = compiled && leftOut(rows, own, i);
    const carried = dittos?.has(i) || (compiled && !gap);
    if (!u && !r.unitText && above && unitCol !== undefined && carried) {
      r.unitId = above.unit.id;
      r.unitText = above.text;
      r.unitSource = 'column';
      continue;
    }
    // A failed formula in a unit's own list is no other unit's: the list's. In a compiled list, no unit's (said).
    if (r.unitError) {
      const t = compiled ? undefined : wholeTable();
      if (t?.unit) {
        clearUnit(r);
        r.unitId = t.unit.id;
        r.unitText = t.unit.name;
        r.unitSource = t.source;
      }
      continue;
    }
    // A cell left blank in a compiled list that writes its units row by row: no unit, rather than the list's title.
    if (!u && !r.unitText && gap && unitCol !== undefined && !wholeTable().unit) continue;
    if (u) {
      r.unitId = u.id;
      const t = distinct.size <= ONE_UNIT_TABLE_MAX_UNITS ? wholeTable() : undefined;
      if (t?.unit && t.unit.id !== u.id && !r.coUnitIds?.includes(t.unit.id) && t.source !== 'file' && r.unitSource) {
        findings.push(
          conflict(r, file, unitCol, u, { source: t.source, text: t.text, unit: t.unit.name }, {
            source: r.unitSource === 'column' && resolver.resolveCode(r.unitText ?? '') ? 'code' : evidenceSource(r.unitSource),
            text: r.unitText ?? '',
            unit: u.name,
          }),
        );
      }
      continue;
    }
    if (!r.unitText) {
      const t = wholeTable();
      r.unitText = t.unit ? t.unit.name : t.text;
      r.unitSource = t.source;
      const fallback = t.unit ?? resolver.resolve(r.unitText);
      if (fallback) r.unitId = fallback.id;
      if (t.dispute) {
        r.disputedUnitId = t.dispute.other.unit.id;
        disputed.push(r);
      }
    }
  }
  const first = disputed[0];
  const dispute = wholeTable().dispute;
  if (first && dispute && wholeTable().unit) findings.push(listConflict(first, file, wholeTable().unit as U, dispute, disputed.length));
  // Without a units list, the unit is named as its letterhead names it, but never in the letterhead's capitals.
  if (!hasUnits) {
    const written = unitNameWriter(profile.unitAbbreviations);
    for (const r of rows) if (r.unitText) r.unitText = written(r.unitText);
  }
  return findings;
}

/**
 * A workplace before what the row's workplace column gives («Chi hội CCB ấp 2, xã Tân Lập» and «xã Tân Lập» from
 * «Quê quán»): the second only where the first does not already say it.
 */
function joinedPlaces(first: string, second: string | undefined): string {
  if (!second) return first;
  const a = ` ${asciiKey(first)} `;
  const b = ` ${asciiKey(second)} `;
  if (a.includes(b)) return first;
  if (b.includes(a)) return second;
  return `${first}, ${second}`;
}

/** A column holding text on rows below the table's last row or between its rows where no row was read. */
function runsPastRows(view: SheetView, c: number, rows: readonly Registration[]): boolean {
  if (!rows.length) return false;
  const read = new Set(rows.map((r) => r.source.row));
  const first = rows[0]?.source.row ?? 0;
  for (let r = first; r <= view.rowCount; r++) if (!read.has(r) && view.text(r, c)) return true;
  return false;
}

/** The commune a member is from, put with their workplace unless their position or workplace already says it. */
function withPlace(r: Registration, place: string): void {
  const k = asciiKey(place).replace(PLACE_WORD, '');
  if ([r.position, r.workplace].some((t) => t && asciiKey(t).includes(k))) return;
  // "PHƯỜNG AN LẠC" in a group row's capitals is written as a name.
  const shown = place === place.toLocaleUpperCase('vi') ? titleCase(place) : place;
  r.workplace = r.workplace ? `${r.workplace}, ${shown}` : shown;
}

/** Bodies that compile a district's lists: the People's Committee (its office for emulation) and the Front. */
const COMPILERS = /(^| )(uy ban nhan dan|ubnd|mat tran|mttq|ubmttq|phong noi vu)( |$)/;

/** No unit read from the unit column any more. */
function clearUnit(r: Registration): void {
  r.unitText = undefined;
  r.unitSource = undefined;
  delete r.unitError;
}

/**
 * A blank unit cell left out of a block whose rows each write their unit (the last two rows written above it name one
 * unit), not the "same as above" of a block that writes its unit once, on its first row. Decided block by block: one
 * master may do both.
 */
function leftOut(rows: readonly Registration[], own: readonly (UnitRef | undefined)[], i: number): boolean {
  const r = rows[i] as Registration;
  if (own[i] || r.unitText) return false;
  let j = i - 1;
  while (j >= 0 && !own[j] && !rows[j]?.unitText) j--;
  const k = j - 1;
  if (k < 0) return false;
  const unit = own[j];
  return unit !== undefined && own[k]?.id === unit.id && rows[j]?.unitSource === 'column' && rows[k]?.unitSource === 'column';
}

/** The rows whose unit cell is a ditto mark naming no unit, their cell emptied; undefined when there are none. */
function dittoRows<U extends UnitRef>(rows: Registration[], resolver: UnitResolver<U>): Set<number> | undefined {
  let out: Set<number> | undefined;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as Registration;
    if (r.unitSource !== 'column' || !r.unitText || !isDitto(r.unitText) || rowUnit(resolver, r.unitText, 'column')) continue;
    r.unitText = undefined;
    r.unitSource = undefined;
    (out ??= new Set()).add(i);
  }
  return out;
}

function evidenceSource(s: UnitSource): UnitEvidenceText['source'] {
  return s === 'file' ? 'title' : s;
}

function conflict(r: Registration, file: string, col: number | undefined, counted: UnitRef, other: UnitEvidenceText, given: UnitEvidenceText): Finding {
  return finding(
    'UNIT_CONFLICT',
    {
      file,
      sheet: r.source.sheet,
      row: r.source.row,
      column: col !== undefined ? columnLetter(col) : undefined,
      unit: counted.name,
      unitCode: counted.code,
    },
    msg.unitConflict(other, given),
  );
}

/** One UNIT_CONFLICT for a list whose title and the names its sender gave it disagree, on its first row counted so. */
function listConflict<U extends UnitRef>(first: Registration, file: string, counted: U, dispute: NonNullable<TableUnit<U>['dispute']>, rows: number): Finding {
  return finding(
    'UNIT_CONFLICT',
    { file, sheet: first.source.sheet, row: first.source.row, unit: counted.name, unitCode: counted.code },
    msg.listUnitConflict({ unit: counted.name, evidence: dispute.counted }, { unit: dispute.other.unit.name, evidence: dispute.other.evidence }, rows),
  );
}
