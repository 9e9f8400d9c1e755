/**
 * A party committee's own list whose proposer column names its chi bộ ("Đơn vị đề xuất": "Chi bộ ấp 1", "Chi bộ
 * Trường TH An Bình"; trial5 #17): the chi bộ propose inside the committee, which proposes to the district, as
 * under a "Chi bộ đề xuất" column. Only when the list's title names a đảng bộ of the units list, and every value of
 * the column is a chi bộ that is no unit of the list (a chi bộ the district lists itself proposes for itself).
 */
import type { UnitTypeDef } from '../profile';

export function namesInternalProposers(
  values: ReadonlySet<string>,
  titledUnitName: string,
  isUnitOfList: (text: string) => boolean,
  inferUnitType: (name: string) => UnitTypeDef | undefined,
): boolean {
  if (!values.size || !isPartyCommittee(inferUnitType(titledUnitName))) return false;
  for (const v of values) if (isUnitOfList(v) || !isChiBo(inferUnitType(v))) return false;
  return true;
}

// By the profile's patterns: a đảng bộ (commune, township, grassroots) and a chi bộ.
const isPartyCommittee = (t: UnitTypeDef | undefined) => t !== undefined && t.patterns.some((p) => /^đảng (bộ|ủy)/iu.test(p.normalize('NFC')));
const isChiBo = (t: UnitTypeDef | undefined) => t !== undefined && t.patterns.some((p) => /^chi bộ$/iu.test(p.normalize('NFC')));
