/**
 * A party committee's own list whose proposer column names its chi bộ ("Đơn vị đề xuất": "Chi bộ ấp 1", "Chi bộ
 * Trường TH An Bình"; trial5 #17): the chi bộ propose inside the committee, which proposes to the district, as
 * under a "Chi bộ đề xuất" column. Only when the list's title names a đảng bộ of the units list, and every value of
 * the column is that đảng bộ or a chi bộ that is no unit of the list (a chi bộ the district lists proposes for itself).
 */
import type { UnitTypeDef } from '../profile';
import { asciiKey } from '../text';

export function namesInternalProposers(
  values: ReadonlySet<string>,
  titled: { id: string; name: string },
  unitOfList: (text: string) => { id: string } | undefined,
  inferUnitType: (name: string) => UnitTypeDef | undefined,
): boolean {
  if (!isPartyCommittee(inferUnitType(titled.name))) return false;
  let chiBo = 0;
  for (const v of values) {
    // Rows naming the committee itself ("Đảng ủy xã An Bình") may stand among its chi bộ.
    const u = unitOfList(v);
    if (u?.id === titled.id) continue;
    if (u || !isChiBo(inferUnitType(v))) return false;
    chiBo++;
  }
  return chiBo > 0;
}

// By the profile's patterns: a đảng bộ (commune, township, grassroots) and a chi bộ.
const isPartyCommittee = (t: UnitTypeDef | undefined) => t !== undefined && t.patterns.some((p) => /^đảng (bộ|ủy)/iu.test(p.normalize('NFC')));
const isChiBo = (t: UnitTypeDef | undefined) => t !== undefined && t.patterns.some((p) => /^chi bộ$/iu.test(p.normalize('NFC')));

/**
 * A mass organisation's own list whose proposer column names its own branches below it ("Hội ND xã An Bình", "Chi
 * hội ND ấp 3" under Hội Nông dân huyện's letterhead; "Đoàn xã Tân Lập", "Chi đoàn ấp 2" under Huyện đoàn's; trial
 * 15): the branches propose inside the organisation, which proposes to the district. Only when every value is the
 * titled unit or a body of the same organisation that is no unit of the list (a branch the district lists proposes
 * for itself), and never another organisation's body.
 */
export function namesOwnBranches(values: ReadonlySet<string>, titled: { id: string; name: string }, unitOfList: (text: string) => { id: string } | undefined): boolean {
  const family = organisationOf(titled.name);
  if (!family) return false;
  let branches = 0;
  for (const v of values) {
    const u = unitOfList(v);
    if (u?.id === titled.id) continue;
    if (u || organisationOf(v) !== family || DISTRICT_LEVEL.test(asciiKey(v))) return false;
    branches++;
  }
  return branches > 0;
}

/** The mass organisations by the words their bodies' names hold at every level, abbreviations included. */
const ORGANISATIONS: [string, RegExp][] = [
  ['nong dan', /(^| )(nong dan|nd|hnd)( |$)/],
  ['phu nu', /(^| )(phu nu|lhpn|hlhpn)( |$)/],
  ['cuu chien binh', /(^| )(cuu chien binh|ccb|hccb)( |$)/],
  ['cong doan', /(^| )(cong doan|ldld|lien doan lao dong)( |$)/],
  ['mat tran', /(^| )(mat tran|mttq|ubmttq)( |$)/],
  // "Đoàn" alone, not the trade unions' "Liên đoàn", "Công đoàn".
  ['doan', /(^| )(doan thanh nien|doan tn|dtn)( |$)|(^| )(?<!(lien|cong) )(chi )?doan( |$)/],
];

function organisationOf(name: string): string | undefined {
  const k = asciiKey(name);
  const found = ORGANISATIONS.filter(([, re]) => re.test(k));
  return found.length === 1 ? found[0]?.[0] : undefined;
}

/** A body of the district's level ("Hội Nông dân huyện …"): the organisation itself, never a branch under it. */
const DISTRICT_LEVEL = /(^| )(huyen|thi xa|thanh pho|quan)( |$)/;
