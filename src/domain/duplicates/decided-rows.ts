/**
 * A decision follows its rows (trial 22a #4): a group's key is made of its members' names, so a name respelled in a
 * re-sent file gives a new key. The decisions sheet lists the members it was taken on («Nội dung nhóm»: name, year,
 * unit, file, sheet, row); where the same rows still hold the same people (same unit and year, the name changed by
 * at most one word), the decision is carried to the key those rows have now.
 */
import { msg } from '../findings/messages';
import type { DecisionEntry } from '../records';
import { asciiKey } from '../text';
import { groupKey } from './group-key';
import type { MatchRecord } from './normalize';

interface ListedMember {
  text: string;
  name: string;
  file: string;
  sheet: string;
  row: number;
}

// As msg.duplicateMember writes one member: «Tên (1975) – Đơn vị – tệp, trang «Trang», dòng 12».
const MEMBER = /^(.+?)(?: \((\d{4})\))? – (.+) – (.+?), trang «([^»]*)», dòng (\d+)$/;

function listedMembers(text: string): ListedMember[] | undefined {
  const out: ListedMember[] = [];
  for (const part of text.split('; ')) {
    const m = MEMBER.exec(part.trim());
    if (!m) return undefined;
    out.push({ text: part.trim(), name: m[1] as string, file: m[4] as string, sheet: m[5] as string, row: Number(m[6]) });
  }
  return out.length > 1 ? out : undefined;
}

/** The same person written again: the same words but one (a letter or a tone changed). */
function respelled(a: string, b: string): boolean {
  const x = asciiKey(a).split(' ');
  const y = asciiKey(b).split(' ');
  if (x.length !== y.length) return false;
  return x.filter((w, i) => w !== y[i]).length <= 1;
}

const placeKey = (file: string, sheet: string, row: number) => `${file}\n${sheet}\n${row}`;

/**
 * The decisions carried to the key their rows have now, where it changed: each an entry of the same decision under
 * the new key, with the entry it comes from.
 */
export function carriedDecisions(
  entries: readonly DecisionEntry[],
  records: readonly MatchRecord[],
): { entry: DecisionEntry; from: DecisionEntry }[] {
  const withMembers = entries.filter((e) => e.members);
  if (!withMembers.length) return [];
  const at = new Map<string, MatchRecord>();
  for (const r of records) at.set(placeKey(r.reg.source.file, r.reg.source.sheet, r.reg.source.row), r);
  const out: { entry: DecisionEntry; from: DecisionEntry }[] = [];
  for (const e of withMembers) {
    const listed = listedMembers(e.members as string);
    if (!listed) continue;
    const found: MatchRecord[] = [];
    for (const m of listed) {
      const r = at.get(placeKey(m.file, m.sheet, m.row));
      // The same row, unit and year: the member as the sheet lists it, with the name it had then.
      if (!r || msg.duplicateMember(m.name, r.birthYear, r.unitName ?? r.reg.unitText, r.reg.source) !== m.text) break;
      if (!respelled(r.reg.name, m.name)) break;
      found.push(r);
    }
    if (found.length !== listed.length || new Set(found).size !== found.length) continue;
    const key = groupKey(found);
    if (key !== e.key.toUpperCase()) out.push({ entry: { ...e, key }, from: e });
  }
  return out;
}
