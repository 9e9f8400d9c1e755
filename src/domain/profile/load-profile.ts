/** Loading a profile: a partial override (JSON file, "Cấu hình" sheet, task pane) laid over the default. */
import type { z } from 'zod';
import { msg } from '../findings/messages';
import { withBodyTexts } from './body-texts';
import { withDistrictLevel } from './district-level';
import { defaultProfile } from './default-profile';
import { Profile, profileSchema } from './schema';
import { CEREMONY_FIELD_WORDS, ceremonyLabel, SHEET_LABELS, UNIT_TYPE_LABELS } from './sheet-labels';

export class ProfileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProfileError';
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Objects merge key by key; arrays and values replace. Keys such as "__proto__" are data, never prototypes. */
export function mergeOver(base: unknown, over: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(over)) return over === undefined ? base : over;
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [k, v] of Object.entries(base)) out[k] = v;
  for (const [k, v] of Object.entries(over)) out[k] = k in out ? mergeOver(out[k], v) : v;
  return { ...out };
}

/** A unit type's name as compared when an override names it: case, spacing and Unicode form aside. */
const typeKey = (name: unknown) => (typeof name === 'string' ? name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi') : undefined);

/**
 * An override laid over a profile, as a district means it (trial16a #10): objects key by key; the unit types by name,
 * so that one type given («Đảng bộ xã» with another quota) changes that type and keeps the others, and a new name adds
 * a type, ahead of the profile's: what the district wrote types its units first (review 24: its own set, «Đảng bộ xã,
 * thị trấn» quota 3, was left behind the default «Đảng bộ xã», whose patterns matched first). Every other array
 * replaces (a new period's ceremonies are its own).
 */
export function mergeProfile(base: unknown, over: unknown): unknown {
  const merged = mergeOver(base, over);
  if (!isPlainObject(base) || !isPlainObject(over) || !Array.isArray(base.unitTypes) || !Array.isArray(over.unitTypes)) return merged;
  const types: unknown[] = [...(base.unitTypes as unknown[])];
  const added: unknown[] = [];
  for (const t of over.unitTypes as unknown[]) {
    const k = isPlainObject(t) ? typeKey(t.name) : undefined;
    const at = k === undefined ? -1 : types.findIndex((b) => isPlainObject(b) && typeKey(b.name) === k);
    // The type keeps its name as the profile writes it («đảng bộ  xã» names «Đảng bộ xã»).
    if (at >= 0) types[at] = { ...(mergeOver(types[at], t) as Record<string, unknown>), name: (types[at] as Record<string, unknown>).name };
    else added.push(t);
  }
  return { ...(merged as Record<string, unknown>), unitTypes: [...added, ...types] };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return msg.profileNeedsType(issue.expected);
    case 'unrecognized_keys':
      return msg.profileUnknownKeys(issue.keys);
    case 'too_small':
      return issue.origin === 'array'
        ? msg.profileTooFewItems(String(issue.minimum))
        : issue.origin === 'string'
          ? msg.profileEmptyText
          : msg.profileTooSmall(String(issue.minimum));
    case 'too_big':
      return msg.profileTooBig(String(issue.maximum));
    case 'invalid_union':
    case 'invalid_value':
      return msg.profileValueRefused;
    // A check of the profile's own (its messages are Vietnamese); zod's others are English.
    case 'custom':
      return issue.message;
    default:
      return msg.profileValueRefused;
  }
}

// The profile's keys as the «Cấu hình» sheet names them, and the groups it has no row for, for messages.
const KEY_LABELS: Record<string, string> = {
  ...SHEET_LABELS,
  period: 'Giai đoạn',
  deadlines: 'Các hạn gửi',
  ceremonies: 'Các lễ tuyên dương',
  blocs: 'Các khối',
  unitTypes: 'Các loại đơn vị',
  nurtureContents: 'Các nội dung kế hoạch bồi dưỡng',
  ceremonyList: 'Danh sách trình ký',
};

/**
 * A key of the profile as a district knows it (trial16a #12): the «Cấu hình» sheet's label where it has one («Chỉ
 * tiêu: Đảng bộ xã», not «unitTypes.0.quota»), else the item it belongs to, in words; the dotted key only as a last
 * resort. Undefined for the profile as a whole.
 */
export function profileKeyLabel(path: readonly PropertyKey[], candidate: unknown): string | undefined {
  if (!path.length) return undefined;
  const [top, i, field] = path;
  const item = isPlainObject(candidate) && Array.isArray(candidate[String(top)]) ? (candidate[String(top)] as unknown[])[Number(i)] : undefined;
  const own = (k: string) => (isPlainObject(item) && typeof item[k] === 'string' ? (item[k] as string) : undefined);
  const nth = typeof i === 'number' ? ` thứ ${i + 1}` : '';
  if (top === 'unitTypes' && typeof i === 'number') {
    const name = own('name');
    const f = field === 'quota' || field === 'bloc' ? UNIT_TYPE_LABELS[field] : undefined;
    return name && f ? f(name) : name ? `Loại đơn vị «${name}»` : `Loại đơn vị${nth}`;
  }
  if (top === 'ceremonies' && typeof i === 'number') {
    const id = own('id');
    const f = typeof field === 'string' && field in CEREMONY_FIELD_WORDS ? (field as keyof typeof CEREMONY_FIELD_WORDS) : undefined;
    return id ? ceremonyLabel(id, f) : `Lễ tuyên dương${nth}`;
  }
  if (top === 'blocs' && typeof i === 'number') return `Khối${nth}`;
  if (top === 'nurtureContents' && typeof i === 'number') return `Nội dung kế hoạch bồi dưỡng${nth}`;
  const dotted = path.map(String).join('.');
  return KEY_LABELS[dotted] ?? (KEY_LABELS[String(top)] && path.length > 1 ? `${KEY_LABELS[String(top)]} («${dotted}»)` : `«${dotted}»`);
}

/**
 * Validates a full profile; the error names the key and the problem in Vietnamese. `rowOf` gives the «Cấu hình»
 * sheet's row that wrote a key, where the profile came from one.
 */
export function validateProfile(candidate: unknown, source: string, rowOf?: (label: string) => number | undefined): Profile {
  const parsed = profileSchema.safeParse(candidate);
  if (parsed.success) return withDistrictLevel(withBodyTexts(parsed.data));
  const issue = parsed.error.issues[0];
  if (!issue) throw new ProfileError(msg.profileInvalid(source));
  const key = profileKeyLabel(issue.path, candidate);
  const row = key === undefined ? undefined : rowOf?.(key);
  throw new ProfileError(msg.profileKeyInvalid(row === undefined ? source : msg.profileSheetRow(source, row), key, describeIssue(issue)));
}

/** The default profile with a partial override (already parsed JSON) laid over it. */
export function profileFrom(override: unknown, source: string): Profile {
  if (override !== undefined && !isPlainObject(override))
    throw new ProfileError(msg.profileNotObject(source));
  return validateProfile(mergeProfile(defaultProfile(), override), source);
}

/** Parses the text of a profile JSON file. */
export function profileFromJson(text: string, source: string): Profile {
  let data: Json;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, '')) as Json;
  } catch (e) {
    const pos = /position (\d+)/.exec(e instanceof Error ? e.message : '');
    throw new ProfileError(msg.profileNotJson(source, pos ? lineOf(text, Number(pos[1])) : undefined));
  }
  return profileFrom(data, source);
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}
