/** Registration rows → Registration records, with the reading findings of each row. */
import { columnLetter } from '../grid';
import { Finding, finding } from '../findings/finding';
import { FIELD_LABELS, msg } from '../findings/messages';
import type { Field } from '../recognition/fields';
import type { Registration } from '../records';
import { inferSubjectKind, isHousehold, parseSubjectKind } from '../subjects/subject-kind';
import { asciiKey, splitHonorific } from '../text';
import { readDate, readYear } from './cell-values';
import type { RecognizedTable } from './recognize';

function parsePhase(text: string): 1 | 2 {
  const k = asciiKey(text);
  if (/(^| )(2|ii)$/.test(k) || k.includes('bo sung') || k === 'gd2') return 2;
  return 1;
}

function parseGender(text: string): 'male' | 'female' | undefined {
  const k = asciiKey(text);
  if (['nam', 'm', 'male', 'trai'].includes(k)) return 'male';
  if (['nu', 'f', 'female', 'gai'].includes(k)) return 'female';
  return undefined;
}

// Hoisted: built once, not once per row.
const YEAR_FIELDS = [
  ['birthYear', undefined],
  ['birthYearMale', 'male'],
  ['birthYearFemale', 'female'],
] as const;
const MATCHED_FIELDS = ['name', 'unit'] as const;
const TEXT_FIELDS = ['field', 'achievements', 'proposal', 'note'] as const;

export function readRegistrations(
  table: RecognizedTable,
  file: string,
  date1904: boolean,
): { registrations: Registration[]; findings: Finding[] } {
  const { view, header } = table;
  const col = (f: Field) => header.columns.get(f);
  const findings: Finding[] = [];
  const registrations: Registration[] = [];
  const sheet = view.name;
  const contentCols = [...header.columns.entries()].filter(([f]) => f !== 'stt').map(([, c]) => c);

  for (const dr of table.rows) {
    const r = dr.r;
    const text = (f: Field) => {
      const c = col(f);
      return c ? view.text(r, c) : '';
    };
    if (!contentCols.some((c) => view.text(r, c))) continue;
    const place = { file, sheet, row: r };
    const reg: Registration = { source: place, household: false, name: '', phase: 1 };

    const unitText = text('unit');
    if (unitText) {
      reg.unitText = unitText;
      reg.unitSource = 'column';
    } else if (dr.groupLabel) {
      reg.unitText = dr.groupLabel;
      reg.unitSource = 'group';
    }

    // Zero-width and bidi characters are removed before matching; the user is told where they were.
    for (const f of MATCHED_FIELDS) {
      const c = col(f);
      if (c && view.hadInvisible(r, c)) findings.push(finding('HIDDEN_CHARACTERS', { ...place, column: columnLetter(c) }, msg.invisibleCharacters(`${columnLetter(c)}${r}`)));
    }

    const kindText = text('kind');
    const stated = kindText ? parseSubjectKind(kindText) : undefined;
    const rawName = text('name');
    if (stated) {
      reg.kind = stated.kind;
      reg.kindSource = 'column';
      reg.household = stated.household;
    } else if (dr.groupKind) {
      reg.kind = dr.groupKind;
      reg.kindSource = 'group';
      reg.household = dr.groupHousehold ?? false;
    }
    if (rawName) {
      const honorificCol = text('honorific');
      const split = reg.kind === 'collective' ? { name: rawName } : splitHonorific(rawName);
      reg.name = split.name;
      if (honorificCol || split.honorific) reg.honorific = honorificCol || split.honorific;
      if (!reg.kind) {
        const inferred = inferSubjectKind(reg.name);
        if (inferred) {
          reg.kind = inferred;
          reg.kindSource = 'name';
        }
      }
      if (isHousehold(reg.name)) reg.household = true;
    }

    // Birth year: one column, or "Nam | Nữ" columns where the column that holds the year gives the gender.
    for (const [f, gender] of YEAR_FIELDS) {
      const y = readYear(view, r, col(f), date1904);
      if (y.state === 'ok' && reg.birthYear === undefined) {
        reg.birthYear = y.year;
        if (gender) reg.gender = gender;
      } else if (y.state === 'invalid') {
        findings.push(finding('INVALID_DATE', { ...place, column: columnLetter(col(f) ?? 0) }, msg.invalidBirthYear(y.text)));
        reg.readError = true;
      }
    }
    const g = parseGender(text('gender'));
    if (g) reg.gender = g;

    const pw = text('positionWorkplace');
    const position = text('position');
    const workplace = text('workplace');
    if (position) reg.position = position;
    if (workplace) reg.workplace = workplace;
    if (pw) reg.position = reg.position ? `${reg.position}, ${pw}` : pw;
    for (const f of TEXT_FIELDS) {
      const v = text(f);
      if (v) reg[f] = v;
    }
    const phase = text('phase');
    if (phase) reg.phase = parsePhase(phase);

    const d = readDate(view, r, col('date'), date1904);
    if (d.state === 'ok') reg.date = d.date;
    else if (d.state === 'invalid') {
      findings.push(
        finding('INVALID_DATE', { ...place, column: columnLetter(col('date') ?? 0) }, msg.invalidDate(FIELD_LABELS.date, d.text, d.reason)),
      );
      reg.readError = true;
    }

    if (!reg.name) {
      findings.push(
        finding('MISSING_VALUE', { ...place, column: col('name') ? columnLetter(col('name') ?? 0) : undefined }, msg.missingName('tên tập thể hoặc họ và tên cá nhân')),
      );
      reg.readError = true;
    } else if (!reg.kind) {
      findings.push(finding('MISSING_VALUE', { ...place, column: col('kind') ? columnLetter(col('kind') ?? 0) : undefined }, msg.missingKind(reg.name)));
      reg.readError = true;
    }
    registrations.push(reg);
  }
  return { registrations, findings };
}
