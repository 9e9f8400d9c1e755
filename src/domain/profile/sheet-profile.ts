/**
 * The "Cấu hình" sheet: key/value rows that override the profile, keyed by readable Vietnamese labels
 * ("Hạn nộp danh sách đăng ký", "Chỉ tiêu: Đảng bộ xã") or by the profile's own dotted keys ("deadlines.list").
 */
import { CalendarDate, isoDate, parseDateText, parseIsoDate } from '../dates';
import { msg } from '../findings/messages';
import type { Cell } from '../grid';
import { asciiKey, cleanText } from '../text';
import { defaultProfile, defaultUnitAbbreviations } from './default-profile';
import { mergeOver, ProfileError, profileKeyLabel, validateProfile } from './load-profile';
import type { Profile, UnitAbbreviations } from './schema';
import { ceremonyListSettings, ceremonyListSettingValue } from './ceremony-list-settings';
import { ceremonyLabel, SHEET_LABELS, UNIT_TYPE_LABELS } from './sheet-labels';

export interface ProfileEntry {
  key: string;
  value: Cell | null | undefined;
  row: number;
}

type Kind = 'text' | 'date' | 'optionalDate' | 'int' | 'bool' | 'phases' | 'abbreviations';

interface Setting {
  label: string;
  kind: Kind;
  apply: (p: Profile, v: never) => void;
}

function setting<K extends Kind>(label: string, kind: K, apply: (p: Profile, v: ValueOf<K>) => void): Setting {
  return { label, kind, apply: apply as (p: Profile, v: never) => void };
}
type ValueOf<K extends Kind> = K extends 'int'
  ? number
  : K extends 'bool'
    ? boolean
    : K extends 'phases'
      ? (1 | 2)[]
      : K extends 'abbreviations'
        ? UnitAbbreviations
        : string;

function ceremony(p: Profile, id: string) {
  const c = p.ceremonies.find((x) => x.id === id);
  if (!c) throw new ProfileError(msg.profileNoCeremony(id));
  return c;
}

/** The settings the sheet understands. The product's template lists them with their current values. */
export function sheetSettings(profile: Profile = defaultProfile()): Setting[] {
  const list: Setting[] = [
    setting(SHEET_LABELS.district, 'text', (p, v) => (p.district = v)),
    setting(SHEET_LABELS.superiorBody, 'text', (p, v) => (p.superiorBody = v)),
    setting(SHEET_LABELS.issuingBody, 'text', (p, v) => (p.issuingBody = v)),
    setting(SHEET_LABELS.place, 'text', (p, v) => (p.place = v)),
    setting(SHEET_LABELS['period.from'], 'int', (p, v) => (p.period.from = v)),
    setting(SHEET_LABELS['period.to'], 'int', (p, v) => (p.period.to = v)),
    setting(SHEET_LABELS['deadlines.plan'], 'date', (p, v) => (p.deadlines.plan = v)),
    setting(SHEET_LABELS['deadlines.list'], 'date', (p, v) => (p.deadlines.list = v)),
    setting(SHEET_LABELS.deadlineDayIsOnTime, 'bool', (p, v) => (p.deadlineDayIsOnTime = v)),
    // Units area: adds to the abbreviation table (a row may repeat); the defaults stay.
    setting(ABBREVIATIONS_LABEL, 'abbreviations', (p, v) => (p.unitAbbreviations = { ...p.unitAbbreviations, ...v })),
  ];
  for (const c of profile.ceremonies) {
    list.push(
      setting(ceremonyLabel(c.id, 'date'), 'date', (p, v) => (ceremony(p, c.id).date = v)),
      setting(ceremonyLabel(c.id, 'anniversary'), 'int', (p, v) => (ceremony(p, c.id).anniversary = v)),
      setting(ceremonyLabel(c.id, 'from'), 'int', (p, v) => (ceremony(p, c.id).from = v)),
      setting(ceremonyLabel(c.id, 'to'), 'int', (p, v) => (ceremony(p, c.id).to = v)),
      setting(ceremonyLabel(c.id, 'phases'), 'phases', (p, v) => (ceremony(p, c.id).phases = v)),
    );
  }
  for (const t of profile.unitTypes) {
    const find = (p: Profile) => {
      const u = p.unitTypes.find((x) => x.name === t.name);
      if (!u) throw new ProfileError(msg.profileNoUnitType(t.name));
      return u;
    };
    list.push(
      setting(UNIT_TYPE_LABELS.quota(t.name), 'int', (p, v) => (find(p).quota = v)),
      setting(UNIT_TYPE_LABELS.bloc(t.name), 'text', (p, v) => (find(p).bloc = v)),
    );
  }
  list.push(...ceremonyListSettings(profile));
  return list;
}

/** The current value of each setting, for writing the template's "Cấu hình" sheet. */
export function settingValue(profile: Profile, label: string): string | number | boolean | undefined {
  const own = ceremonyListSettingValue(profile, label);
  if (own !== undefined) return own;
  const c = /^Lễ tuyên dương (\S+): (.*)$/.exec(label);
  if (c) {
    const cer = profile.ceremonies.find((x) => x.id === c[1]);
    if (!cer) return undefined;
    const field = c[2];
    if (field === 'ngày') return formatIsoForSheet(cer.date);
    if (field === 'kỷ niệm năm ngày sinh') return cer.anniversary;
    if (field === 'từ năm') return cer.from;
    if (field === 'đến năm') return cer.to;
    return cer.phases.join(', ');
  }
  const q = /^(Chỉ tiêu|Khối): (.*)$/.exec(label);
  if (q) {
    const t = profile.unitTypes.find((x) => x.name === q[2]);
    return q[1] === 'Chỉ tiêu' ? t?.quota : t?.bloc;
  }
  const simple: Record<string, string | number | boolean> = {
    [SHEET_LABELS.district]: profile.district,
    [SHEET_LABELS.superiorBody]: profile.superiorBody,
    [SHEET_LABELS.issuingBody]: profile.issuingBody,
    [SHEET_LABELS.place]: profile.place,
    [SHEET_LABELS['period.from']]: profile.period.from,
    [SHEET_LABELS['period.to']]: profile.period.to,
    [SHEET_LABELS['deadlines.plan']]: formatIsoForSheet(profile.deadlines.plan),
    [SHEET_LABELS['deadlines.list']]: formatIsoForSheet(profile.deadlines.list),
    [SHEET_LABELS.deadlineDayIsOnTime]: profile.deadlineDayIsOnTime ? 'Có' : 'Không',
    // Only what a district adds is written: the defaults apply anyway.
    [ABBREVIATIONS_LABEL]: abbreviationAdditions(profile),
  };
  return simple[label];
}

function formatIsoForSheet(iso: string): string {
  const d = parseIsoDate(iso);
  return d ? `${String(d.d).padStart(2, '0')}/${String(d.m).padStart(2, '0')}/${d.y}` : iso;
}

// ——— Unit abbreviations (units area) ———

const ABBREVIATIONS_LABEL = SHEET_LABELS.unitAbbreviations;

/**
 * "HND = Hội Nông dân; TT = thị trấn | trung tâm" (pairs separated by ";" or line breaks, alternatives by "|").
 * Empty text adds nothing; a pair without "=" or with an empty side is refused.
 */
/** "HND = Hội Nông dân; TT = thị trấn | trung tâm" → the table; undefined when a pair has no "=" or no expansion. */
export function parseAbbreviations(text: string): UnitAbbreviations | undefined {
  const out: UnitAbbreviations = {};
  for (const pair of text.split(/[;\n]+/)) {
    if (!pair.trim()) continue;
    const m = /^([^=]+)=(.+)$/.exec(pair);
    const short = m?.[1]?.trim();
    const longs = (m?.[2] ?? '').split('|').map((l) => l.trim()).filter(Boolean);
    if (!short || !longs.length) return undefined;
    out[short] = longs.length === 1 ? (longs[0] as string) : longs;
  }
  return out;
}

function cellText(cell: Cell | null | undefined): string {
  if (!cell) return '';
  if (cell.t === 'd') return isoDate(cell.v);
  return cleanText(String(cell.v));
}

function readValue(kind: Kind, cell: Cell | null | undefined): { ok: true; value: unknown } | { ok: false; need: string } {
  const text = cellText(cell);
  switch (kind) {
    case 'text':
      return { ok: true, value: text };
    case 'int': {
      const n = cell?.t === 'n' ? cell.v : Number(text);
      return Number.isInteger(n) && text !== '' ? { ok: true, value: n } : { ok: false, need: 'một số nguyên' };
    }
    case 'bool': {
      const k = asciiKey(text);
      if (cell?.t === 'b') return { ok: true, value: cell.v };
      if (['co', 'x', 'dung', 'true', '1'].includes(k)) return { ok: true, value: true };
      if (['khong', 'sai', 'false', '0'].includes(k)) return { ok: true, value: false };
      return { ok: false, need: '«Có» hoặc «Không»' };
    }
    case 'phases': {
      const parts = text.split(/[,;\s]+/).filter(Boolean).map(Number);
      return parts.length && parts.every((x) => x === 1 || x === 2)
        ? { ok: true, value: [...new Set(parts)].sort() }
        : { ok: false, need: '«1» hoặc «1, 2»' };
    }
    case 'abbreviations': {
      const parsed = parseAbbreviations(text);
      return parsed ? { ok: true, value: parsed } : { ok: false, need: 'các cặp «viết tắt = tên đầy đủ» cách nhau bởi dấu «;» (ví dụ: HND = Hội Nông dân; TT = thị trấn | trung tâm)' };
    }
    case 'optionalDate':
      // Left empty in the template: the date is written by hand on the printed list.
      if (cell?.t !== 'd' && text === '') return { ok: true, value: '' };
      return readValue('date', cell);
    case 'date': {
      let date: CalendarDate | undefined;
      if (cell?.t === 'd') date = cell.v;
      else {
        const r = parseDateText(text);
        if (r.ok) date = r.date;
      }
      return date ? { ok: true, value: isoDate(date) } : { ok: false, need: 'một ngày có thật (ví dụ 25/02/2023)' };
    }
  }
}

/**
 * Applies the sheet's rows over `base`; every problem names the row, the key and what is expected. A key written
 * twice with two values is no error: the later row is used, and `notes` (when given) says so.
 */
export function profileFromEntries(entries: ProfileEntry[], base: Profile, source: string, notes?: string[]): Profile {
  const settings = sheetSettings(base);
  const byLabel = new Map(settings.map((s) => [asciiKey(s.label), s]));
  let draft = structuredClone(base);
  // Each key's rows and values as written, in order: for repeats, and for the row of a key the profile refuses.
  const written = new Map<string, { label: string; rows: { row: number; value: string }[]; values: Set<string> }>();
  for (const entry of entries) {
    const label = cleanText(entry.key);
    if (!label) continue;
    const k = asciiKey(label);
    const w = written.get(k) ?? { label, rows: [], values: new Set<string>() };
    w.rows.push({ row: entry.row, value: cellText(entry.value) });
    written.set(k, w);
    const where = `${source}, dòng ${entry.row}, khóa «${label}»`;
    const s = byLabel.get(k);
    // Values compared as read (a date typed and the same date as an Excel date are one value); a blank row is none.
    if (cellText(entry.value).trim()) w.values.add(s ? JSON.stringify(readValue(s.kind, entry.value)) : asciiKey(cellText(entry.value)));
    if (s) {
      const v = readValue(s.kind, entry.value);
      if (!v.ok) throw new ProfileError(`${where}: cần ${v.need} (đang ghi «${cellText(entry.value)}»).`);
      try {
        s.apply(draft, v.value as never);
      } catch (e) {
        throw new ProfileError(`${where}: ${e instanceof Error ? e.message : String(e)}.`);
      }
    } else if (/^[a-zA-Z]+(\.[a-zA-Z]+)+$/.test(label) || /^[a-zA-Z]+$/.test(label)) {
      draft = mergeOver(draft, dotted(label, entry.value)) as Profile;
    } else {
      throw new ProfileError(`${where}: khóa không được biết. Hãy dùng một khóa có trong mẫu «Cấu hình».`);
    }
  }
  // The abbreviations' rows add up: writing that key twice is no repeat.
  for (const [k, w] of written)
    if (k !== asciiKey(ABBREVIATIONS_LABEL) && w.values.size > 1) notes?.push(msg.profileKeyRepeated(source, w.label, w.rows));
  return validateProfile(draft, source, (label) => written.get(asciiKey(label))?.rows.at(-1)?.row);
}

/**
 * The settings a sheet's rows give a value, by their sheet labels: what the sheet decides whatever lies under it (a
 * dotted key by the label of its setting, when it has one).
 */
export function settingsWritten(entries: ProfileEntry[], profile: Profile): string[] {
  const byKey = new Map(sheetSettings(profile).map((s) => [asciiKey(s.label), s.label]));
  const labels = new Set<string>();
  for (const entry of entries) {
    const key = cleanText(entry.key);
    if (!key || !cellText(entry.value).trim()) continue;
    const label = byKey.get(asciiKey(key)) ?? (/^[a-zA-Z]+(\.[a-zA-Z]+)*$/.test(key) ? byKey.get(asciiKey(profileKeyLabel(key.split('.'), profile) ?? '')) : undefined);
    if (label) labels.add(label);
  }
  return [...labels];
}

function dotted(path: string, cell: Cell | null | undefined): Record<string, unknown> {
  let value: unknown = cell?.t === 'n' || cell?.t === 'b' ? cell.v : cellText(cell);
  for (const key of path.split('.').reverse()) value = { [key]: value };
  return value as Record<string, unknown>;
}

/** The abbreviations a district added to the default table, written as the sheet and the task pane take them. */
export function abbreviationAdditions(profile: Profile): string {
  const defaults = defaultUnitAbbreviations();
  const same = (a: string | string[] | undefined, b: string | string[]) => JSON.stringify(a) === JSON.stringify(b);
  return Object.entries(profile.unitAbbreviations)
    .filter(([short, long]) => !same(defaults[short], long))
    .map(([short, long]) => `${short} = ${Array.isArray(long) ? long.join(' | ') : long}`)
    .join('; ');
}
