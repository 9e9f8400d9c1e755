/**
 * A proposed form of commendation as the signed list prints it: the verb before it dropped ("Đề nghị tặng …"), staff
 * abbreviations written out ("GK BTV HU"; "UBND" stays, as official documents write it), its first letter a capital;
 * a bare form that the ceremony's own form begins with ("Giấy khen") is that form, its issuer and all.
 */
import { withoutProposalVerb } from '../reading/proposal';
import { asciiKey } from '../text';

/** A district's party committee as any of its levels names it: "huyen uy", "thi uy", "thanh uy", "quan uy". */
const anyCommittee = (key: string) => key.replace(/(^| )(huyen|thi|thanh|quan) uy( |$)/g, '$1huyen uy$3');

/** "Tặng …", "Trao tặng …": what is given, once the proposing verb before it is gone. */
const GIVE = /^(?:tặng|trao tặng|trao)\s+/iu;
const WRITTEN_OUT: [RegExp, string][] = [
  [/(^|\s)GK(?=\s|$)/gu, '$1Giấy khen'],
  [/(^|\s)BK(?=\s|$)/gu, '$1Bằng khen'],
  [/(^|\s)(?:TBD|Thư BD)(?=\s|$)/gu, '$1Thư biểu dương'],
  [/(^|\s)BD(?=\s|$)/gu, '$1Biểu dương'],
  [/(^|\s)BTV(?=\s|$)/gu, '$1Ban Thường vụ'],
  [/(^|\s)HU(?=\s|$)/gu, '$1Huyện ủy'],
];

export function printedForm(form: string, ceremonyForm: string): string {
  let f = withoutProposalVerb(form).replace(GIVE, '');
  for (const [abbreviation, full] of WRITTEN_OUT) f = f.replace(abbreviation, full);
  // "Giấy khen BTV HU" → "Giấy khen Ban Thường vụ Huyện ủy": the issuer after its form takes "của".
  f = f.replace(/^(Giấy khen|Bằng khen|Thư biểu dương)\s+(Ban|Huyện|Thị|Thành|Quận|Ủy ban|UBND)/u, '$1 của $2');
  const own = anyCommittee(asciiKey(ceremonyForm));
  // A form copied from another level's template ("… Huyện ủy" on a Thị ủy's list) is the ceremony's own form.
  const given = anyCommittee(asciiKey(f));
  if (own && (own === given || own.startsWith(`${given} `))) return ceremonyForm;
  return f.charAt(0).toLocaleUpperCase('vi') + f.slice(1);
}
