/** What the duplicates view compares: each member row's fields, which differ, and why the group is certain or not. */
import type { Finding } from '../../domain/findings/finding';
import { rowKey } from '../../domain/findings/finding';
import type { RowFacts } from '../../domain/report/duplicate-rows';
import { ui } from './texts';

export type CompareField = keyof typeof ui.dupFields;

export const COMPARE_FIELDS: CompareField[] = ['file', 'sheet', 'row', 'unit', 'bloc', 'name', 'birthYear', 'gender', 'work', 'commune'];

/** Fields that say where a row is rather than who it names: differences there are expected, not marked. */
const PLACE_FIELDS = new Set<CompareField>(['file', 'sheet', 'row']);

export function fieldText(r: RowFacts | undefined, field: CompareField): string {
  if (!r) return '';
  switch (field) {
    case 'row':
      return String(r.row);
    case 'birthYear':
      return r.birthYear === undefined ? '' : String(r.birthYear);
    case 'gender':
      return r.gender ? (ui.gender[r.gender] ?? '') : '';
    case 'work':
      return [r.position, r.workplace].filter(Boolean).join(', ');
    default:
      return r[field] ?? '';
  }
}

export interface CompareRow {
  field: CompareField;
  values: string[];
  /** The members do not all say the same (place fields never count). */
  differs: boolean;
}

const same = (a: string, b: string) => a.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim() === b.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();

export function compareRows(f: Finding, facts: Record<string, RowFacts>): CompareRow[] {
  const members = (f.rows ?? []).map((r) => facts[rowKey(r)] ?? { ...r, name: '' });
  return COMPARE_FIELDS.map((field) => {
    const values = members.map((m) => fieldText(m, field));
    // A missing value is no difference: it says nothing either way.
    const given = values.filter(Boolean);
    const first = given[0] ?? '';
    const differs = !PLACE_FIELDS.has(field) && given.some((v) => !same(v, first));
    return { field, values, differs };
  });
}

const AGREE_LEVELS = new Set(['exact', 'equal', 'same', 'noDiacritics', 'sameGeneric', 'sameDistrict']);
const FIELD_WORDS: Record<string, string> = {
  name: 'tên',
  birthYear: 'năm sinh',
  gender: 'giới tính',
  place: 'địa phương',
  workplace: 'chức vụ, nơi công tác',
  kind: 'đối tượng',
  number: 'số hiệu',
  organisation: 'tổ chức',
};

/**
 * One sentence: why the matcher is sure, or why it only suspects. A field that agrees is agreement whatever its
 * points (the same «đối tượng» weighs nothing, and is no doubt); for a probable group, what only nearly agrees, differs
 * or is missing is the reason for doubt, said after «nhưng» as the command line says it (trial 22a #8).
 */
export function whySentence(f: Finding): string {
  const evidence = Array.isArray(f.evidence) ? f.evidence : [];
  const certain = f.confidence === 'certain';
  const agree: string[] = [];
  const doubt: string[] = [];
  const missing: string[] = [];
  for (const e of evidence) {
    const word = FIELD_WORDS[e.field];
    if (!word) continue;
    if (AGREE_LEVELS.has(e.level)) agree.push(`cùng ${word}`);
    else if (e.level === 'unknown' || e.level === 'none') missing.push(`thiếu ${word} để so`);
    else if (e.points > 0 && certain) agree.push(`${word} ${ui.evidenceLevel[e.level] ?? 'gần giống'}`);
    else doubt.push(ui.doubtOf[`${e.field}.${e.level}`] ?? `${word} ${ui.evidenceLevel[e.level] ?? (e.points > 0 ? 'gần giống' : 'khác nhau')}`);
  }
  return certain ? ui.whyCertain(agree) : ui.whyProbable(agree, [...doubt, ...missing]);
}
