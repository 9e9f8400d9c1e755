/** Units-list rows → UnitRecord, with type, bloc and quota from the profile. */
import { columnLetter } from '../grid';
import { Finding, finding } from '../findings/finding';
import { FIELD_LABELS, msg } from '../findings/messages';
import { firstCeremonyDate, Profile, unitTypeByName, UnitTypeDef } from '../profile';
import type { UnitRecord } from '../records';
import { asciiKey } from '../text';
import { memoize } from '../text/memo';
import { listQuotaColumn, readListQuota } from '../units/list-quota';
import { splitUnitNameCode } from '../units/name-code';
import { UnitKeys, unitKeys } from '../units/unit-key';
import { isPlaceCommittee, unitTypeByBareName, unitTypeInferrer, unitTyping } from '../units/unit-type';
import { listedUnits, listUnit, mergeRepeatedUnit } from '../units/repeated-unit';
import { isNoteText, isSubtotalText } from '../recognition/rows';
import { DateValue, readDate, readSentDateText } from './cell-values';
import { listNoteStatus, sentStatus } from './sent-status';
import type { RecognizedTable } from './recognize';

const HAS_LETTER = /\p{L}/u;
// «Tổng công ty …» names a unit; «Tổng cộng» is a total.
const COMPANY = /^tổng\s+công(\s|$)/iu;

export function readUnits(
  table: RecognizedTable,
  file: string,
  profile: Profile,
  date1904: boolean,
  /** The keys of the profile's district and abbreviations, where the caller has them. */
  keys: UnitKeys = unitKeys(profile.district, profile.unitAbbreviations),
): { units: UnitRecord[]; findings: Finding[] } {
  const { view, header } = table;
  const col = (f: 'code' | 'name' | 'type' | 'planDate' | 'listDate' | 'note') => header.columns.get(f);
  const units: UnitRecord[] = [];
  const findings: Finding[] = [];
  const contentCols = [...header.columns.entries()].filter(([f]) => f !== 'stt').map(([, c]) => c);
  // Names and type cells typed without diacritics are read without them too.
  const inferUnitType = unitTypeInferrer(profile, true);
  // Dates after the first ceremony are phase 2's: an addition recorded beside the first sending.
  const additionsAfter = firstCeremonyDate(profile);
  // A type column repeats a handful of texts down the list: each is looked up once.
  const declaredTypes = memoize(
    (text: string) => unitTypeByName(profile, text) ?? unitTypeByBareName(profile, text) ?? inferUnitType(text) ?? null,
  );
  const declaredType = (text: string) => declaredTypes(text) ?? undefined;
  const quotaCol = listQuotaColumn(header.labels, header.columns.values());
  // Each unit of this list by id: a unit listed twice is one unit (repeated-unit.ts).
  const listed = listedUnits();

  // The group row over each row, blocs included ("I. KHỐI XÃ, THỊ TRẤN"): it may say what its units are.
  const groups = [...(table.groups ?? [])].sort((a, b) => a.r - b.r);
  const groupOver = (r: number) => {
    let over: string | undefined;
    for (const g of groups) if (g.r < r) over = g.label;
    return over;
  };
  for (const { r } of table.rows) {
    if (!contentCols.some((c) => view.text(r, c))) continue;
    // A list beside another table on the same rows: its rows are known by its first column too.
    const place = table.block ? { file, sheet: view.name, row: r, block: table.block } : { file, sheet: view.name, row: r };
    // "02. Đảng bộ xã Phú Hữu", "Đảng bộ xã An Bình (ĐB01)": the name, and the code where no code column gives one.
    const nameText = view.text(r, col('name') ?? 0);
    // A note or a total typed in the name column, numbered and dated like the rows above: no unit. A note ends the
    // list (what follows explains it); a bloc's total may stand between its units.
    if (isNoteText(nameText)) break;
    if (isSubtotalText(nameText) && !COMPANY.test(nameText)) continue;
    const split = splitUnitNameCode(nameText);
    const code = (col('code') ? view.text(r, col('code') ?? 0) : '') || split.code || '';
    // A template's filler («…», «-», «*», «?») names no unit: passed over, unless a code says a unit's name is missing.
    const name = HAS_LETTER.test(split.name) ? split.name : '';
    if (!name && !code && split.name) continue;
    if (!name) {
      findings.push(finding('MISSING_VALUE', { ...place, column: columnLetter(col('name') ?? 0) }, msg.missingUnitName()));
      continue;
    }
    const declared = col('type') ? view.text(r, col('type') ?? 0) : '';
    const typed = unitTyping(profile, declared, name, inferUnitType, declaredType);
    // A name written bare ("An Bình", "Trường THCS Phú Hữu") under a group row that says what its units are.
    const groupLabel = typed.type ? undefined : groupOver(r);
    const grouped = groupLabel ? typeFromGroup(groupLabel, name, inferUnitType) : undefined;
    const { type, source: typeSource, nameType, cellType } = grouped ? { type: grouped.type, source: 'column' as const, nameType: undefined, cellType: undefined } : typed;
    const unit: UnitRecord = {
      id: code ? `code:${asciiKey(code)}` : `name:${keys.key(name)}`,
      source: place,
      name,
      typeSource,
    };
    if (code) unit.code = code;
    // Rows name it in full ("Đảng ủy phường An Lạc" for "An Lạc" under "CÁC ĐẢNG BỘ PHƯỜNG").
    if (grouped) unit.aliases = grouped.aliases;
    if (declared && !type) unit.typeText = declared;
    if (type) {
      unit.type = type.name;
      unit.bloc = type.bloc;
      unit.quota = type.quota;
    }
    if (nameType) unit.typeByName = { name: nameType.name, bloc: nameType.bloc };
    if (cellType && type) {
      const why = isPlaceCommittee(type) ? 'place name' : isPlaceCommittee(cellType) ? 'place cell' : 'specific';
      unit.typeByCell = { name: cellType.name, bloc: cellType.bloc, why };
      if (asciiKey(declared) !== asciiKey(cellType.name)) unit.typeByCell.written = declared;
    }
    // The district's own number: a minimum above the guideline's raises the quota; below it, the guideline's stands
    // ("ít nhất" is the guideline's floor, which a district may raise, not lower). A unit of unknown type takes it.
    // A split by kind ("02 (01 TT, 01 CN)") is not kept: the guideline's quota is of either kind (R2, R3).
    const listQuota = quotaCol ? readListQuota(view.text(r, quotaCol)) : undefined;
    if (listQuota && listQuota.total > 0) {
      unit.listQuota = listQuota.total;
      unit.quota = Math.max(unit.quota ?? 0, listQuota.total);
    }
    for (const [f, dateKey, invalidKey, sentKey] of [
      ['planDate', 'planDate', 'planDateInvalid', 'planSent'],
      ['listDate', 'listDate', 'listDateInvalid', 'listSent'],
    ] as const) {
      // The day it was sent, else (left blank) the day it came in, where the list has both.
      const fallback = header.fallbacks?.get(f);
      // A failed formula (#N/A) is no blank: it is said, not passed over for the other column.
      const own = col(f);
      const c = own !== undefined && !view.text(r, own) && view.cell(r, own)?.t !== 'e' && fallback !== undefined ? fallback : own;
      // A cell recording two sendings («20/02/2023; bổ sung 15/4/2024») gives the first one's date.
      const text = c && view.cell(r, c)?.t === 's' ? view.text(r, c) : undefined;
      const d: DateValue =
        c && text !== undefined ? readSentDateText(text, view.lines?.(r, c) ?? [text], additionsAfter, date1904) : readDate(view, r, c, date1904);
      // Without a date, the cell may still say it came ("x", "✓", "Đã nộp") or came late ("Nộp trễ").
      const sent = d.state !== 'ok' && c ? sentStatus(view.text(r, c)) : undefined;
      if (sent) unit[sentKey] = sent;
      else if (d.state === 'ok') unit[dateKey] = d.date;
      else if (d.state === 'invalid') {
        unit[invalidKey] = true;
        findings.push(
          finding(
            'INVALID_DATE',
            { ...place, column: columnLetter(c ?? 0), unit: name, unitCode: code || undefined },
            msg.invalidDate(FIELD_LABELS[f], d.text, d.reason),
          ),
        );
      }
    }
    // A receipt logged in the note instead of the date cell («Danh sách gửi bằng tệp riêng»): the list's mark, as «x».
    const noted = unit.listDate || unit.listSent || unit.listDateInvalid || !col('note') ? undefined : listNoteStatus(view.text(r, col('note') ?? 0));
    if (noted) unit.listSent = noted;
    const repeated = mergeRepeatedUnit(listed, unit, keys);
    if (repeated.conflict) findings.push(repeated.conflict);
    if (repeated.merged) continue;
    listUnit(listed, unit, keys);
    units.push(unit);
  }
  return { units, findings };
}

/**
 * The type a units list's group row gives the bare names under it: "I. KHỐI XÃ, THỊ TRẤN" (the communes' party
 * committees), "II. CÁC CHI BỘ CƠ SỞ", "CÁC ĐẢNG BỘ CƠ SỞ", "MẶT TRẬN, ĐOÀN THỂ" (the district's mass organisations).
 */
function typeFromGroup(label: string, name: string, infer: (name: string) => UnitTypeDef | undefined): { type: UnitTypeDef; aliases: string[] } | undefined {
  const k = asciiKey(label);
  const has = (word: string) => new RegExp(`(^| )${word}( |$)`).test(k.replace(/xa hoi/g, '').replace(/thi xa/g, ''));
  // The names the group's units go by in full: a group of communes and townships gives each name both readings.
  let full: string[];
  if (/(^| )(doan the|mat tran|chinh tri xa hoi)( |$)/.test(k)) full = [`${name} huyện`];
  else if (/(^| )chi bo( |$)/.test(k)) full = [`Chi bộ ${name}`];
  else if (/(^| )dang bo co so( |$)/.test(k)) full = [`Đảng bộ ${name}`];
  else full = [has('xa') ? `Xã ${name}` : '', has('thi tran') ? `Thị trấn ${name}` : '', has('phuong') ? `Phường ${name}` : ''].filter(Boolean);
  const type = full[0] ? infer(full[0]) : undefined;
  return type ? { type, aliases: full } : undefined;
}
