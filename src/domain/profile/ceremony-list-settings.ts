/**
 * The "Cấu hình" sheet's settings for the signed ceremony list (issue 17): who signs, the decision the list is
 * attached to, "Nơi nhận", and the default "Hình thức" of each ceremony.
 */
import { parseIsoDate } from '../dates';
import { bodyTexts } from './body-texts';
import type { Decision, Profile } from './schema';
import { SHEET_LABELS } from './sheet-labels';

/** A setting as the "Cấu hình" sheet applies it (the same shape as sheet-profile.ts's, text and dates only). */
export interface ListSetting {
  label: string;
  /** An optional date may be left empty (the date is then written by hand on the printed list). */
  kind: 'text' | 'date' | 'optionalDate';
  apply: (p: Profile, v: never) => void;
}

/** Both kinds arrive as strings (a date as YYYY-MM-DD). */
function setting(label: string, kind: ListSetting['kind'], apply: (p: Profile, v: string) => void): ListSetting {
  return { label, kind, apply: apply as (p: Profile, v: never) => void };
}

function decisionOf(p: Profile, id: string): Decision {
  const d = (p.ceremonyList.decisions[id] ??= { number: '', date: '', issuer: bodyTexts(p.superiorBody, p.issuingBody).issuer });
  return d;
}

/** "Nơi nhận" typed in one cell: lines separated by ";" (or line breaks, where the text keeps them). */
export function splitRecipients(text: string): string[] {
  return text
    .split(/[;\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function ceremonyListSettings(profile: Profile): ListSetting[] {
  const list: ListSetting[] = [
    setting(SHEET_LABELS['ceremonyList.signature.authority'], 'text', (p, v) => (p.ceremonyList.signature.authority = v)),
    setting(SHEET_LABELS['ceremonyList.signature.title'], 'text', (p, v) => (p.ceremonyList.signature.title = v)),
    setting(SHEET_LABELS['ceremonyList.signature.name'], 'text', (p, v) => (p.ceremonyList.signature.name = v)),
    setting(SHEET_LABELS['ceremonyList.recipients'], 'text', (p, v) => (p.ceremonyList.recipients = splitRecipients(v))),
  ];
  for (const c of profile.ceremonies) {
    list.push(
      setting(`Lễ tuyên dương ${c.id}: hình thức khen thưởng`, 'text', (p, v) => (p.ceremonyList.awards[c.id] = v)),
      setting(`Lễ tuyên dương ${c.id}: số quyết định`, 'text', (p, v) => (decisionOf(p, c.id).number = v)),
      setting(`Lễ tuyên dương ${c.id}: ngày quyết định`, 'optionalDate', (p, v) => (decisionOf(p, c.id).date = v)),
      setting(`Lễ tuyên dương ${c.id}: cơ quan quyết định`, 'text', (p, v) => (decisionOf(p, c.id).issuer = v)),
    );
  }
  return list;
}

function sheetDate(iso: string): string {
  const d = parseIsoDate(iso);
  return d ? `${String(d.d).padStart(2, '0')}/${String(d.m).padStart(2, '0')}/${d.y}` : '';
}

/** The current value of one of these settings; undefined for a label that is not one of them. */
export function ceremonyListSettingValue(profile: Profile, label: string): string | undefined {
  const l = profile.ceremonyList;
  const simple: Record<string, string> = {
    [SHEET_LABELS['ceremonyList.signature.authority']]: l.signature.authority,
    [SHEET_LABELS['ceremonyList.signature.title']]: l.signature.title,
    [SHEET_LABELS['ceremonyList.signature.name']]: l.signature.name,
    [SHEET_LABELS['ceremonyList.recipients']]: l.recipients.join('; '),
  };
  if (label in simple) return simple[label];
  const m = /^Lễ tuyên dương (\S+): (hình thức khen thưởng|số quyết định|ngày quyết định|cơ quan quyết định)$/.exec(label);
  if (!m) return undefined;
  const id = m[1] ?? '';
  const d = l.decisions[id];
  if (m[2] === 'hình thức khen thưởng') return l.awards[id] ?? '';
  if (m[2] === 'số quyết định') return d?.number ?? '';
  if (m[2] === 'ngày quyết định') return d?.date ? sheetDate(d.date) : '';
  return d?.issuer ?? bodyTexts(profile.superiorBody, profile.issuingBody).issuer;
}
