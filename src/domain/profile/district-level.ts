/**
 * The district's level: a huyện, a town (thị xã), a city (thành phố) or an urban district (quận), each with its
 * party committee (Huyện ủy, Thị ủy, Thành ủy, Quận ủy). Staff write the level with the name ("Thị xã Bến Cát",
 * "TX. Bến Cát") and the committee with the name ("Thị ủy Bến Cát"); the profile keeps the name alone and the
 * committee alone, and the committee follows the level when the profile leaves it as the guideline's.
 */
import { toneKey } from '../text';
import { bodyTexts, DEFAULT_BODIES, withBodyTexts } from './body-texts';
import type { Profile } from './schema';

interface Level {
  /** The level as a message names a district. */
  word: string;
  /** The level word and its short forms, before the name. */
  before: RegExp;
  committee: string;
}

const LEVELS: readonly Level[] = [
  { word: 'huyện', before: /^(?:huyện|h\.)\s*/iu, committee: 'Huyện ủy' },
  { word: 'thị xã', before: /^(?:thị xã|tx\.?)\s*/iu, committee: 'Thị ủy' },
  { word: 'thành phố', before: /^(?:thành phố|tp\.?)\s*/iu, committee: 'Thành ủy' },
  { word: 'quận', before: /^(?:quận|q\.)\s*/iu, committee: 'Quận ủy' },
];

/** "Thị xã Bến Cát" → the name "Bến Cát" and the committee "Thị ủy"; a name alone is returned as it is. */
export function splitDistrict(text: string): { name: string; committee?: string } {
  const t = text.normalize('NFC').trim().replace(/\s+/g, ' ');
  for (const level of LEVELS) {
    const name = t.replace(level.before, '');
    // A level word needs a name after it, and a short form a dot or a space: "Hưng" is no "H." level.
    if (name !== t && /^\p{Lu}/u.test(name) && name.length < t.length) return { name, committee: level.committee };
  }
  return { name: t };
}

/** The level a committee heads, as a message names a district: "huyện", "thị xã", "thành phố", "quận". */
export function levelOfCommittee(committee: string): string {
  const k = toneKey(committee);
  return LEVELS.find((l) => k.startsWith(toneKey(l.committee)))?.word ?? 'huyện';
}

/** The committee of the level a title or a unit's name gives ("thị xã", "thành phố", "quận", "huyện"), if any. */
export function committeeOfLevel(word: string): string | undefined {
  const k = toneKey(word);
  return LEVELS.find((l) => toneKey(l.word) === k)?.committee;
}

/**
 * The profile with the district's name alone, its committee without the name ("Thị ủy Bến Cát" → "Thị ủy"), and the
 * committee the district's level gives when the profile left the guideline's. The list's texts follow.
 */
export function withDistrictLevel(p: Profile, level?: string): Profile {
  const { name, committee } = splitDistrict(p.district);
  const district = name;
  let superiorBody = p.superiorBody.trim();
  if (district && toneKey(superiorBody).endsWith(` ${toneKey(district)}`)) superiorBody = superiorBody.slice(0, -district.length).trim();
  const byLevel = committee ?? level;
  if (byLevel && superiorBody === DEFAULT_BODIES.superiorBody) superiorBody = byLevel;
  if (district === p.district && superiorBody === p.superiorBody) return p;
  // The list's texts written for the body as it was given are written anew for the body as it is.
  const old = bodyTexts(p.superiorBody, p.issuingBody);
  const base = bodyTexts(DEFAULT_BODIES.superiorBody, DEFAULT_BODIES.issuingBody);
  const list = structuredClone(p.ceremonyList);
  if (list.recipients.join('\n') === old.recipients.join('\n')) list.recipients = base.recipients;
  for (const [id, award] of Object.entries(list.awards)) if (award === old.award) list.awards[id] = base.award;
  for (const d of Object.values(list.decisions)) if (d.issuer === old.issuer) d.issuer = base.issuer;
  return withBodyTexts({ ...p, district, superiorBody, ceremonyList: list });
}
