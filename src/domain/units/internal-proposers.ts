/**
 * A party committee's own list whose proposer column names its chi bộ ("Đơn vị đề xuất": "Chi bộ ấp 1", "Chi bộ
 * Trường TH An Bình"; trial5 #17): the chi bộ propose inside the committee, which proposes to the district, as
 * under a "Chi bộ đề xuất" column. Only when the list's title names a đảng bộ of the units list, and every value of
 * the column is that đảng bộ or a chi bộ that is no unit of the list (a chi bộ the district lists proposes for itself).
 */
import type { UnitTypeDef } from '../profile';

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
