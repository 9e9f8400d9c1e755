/**
 * A units-list name cell that carries more than the name: the list's number or bullet before it ("02. Đảng bộ xã Phú Hữu",
 * "3) Huyện đoàn", "- Hội Nông dân huyện", "a) Huyện đoàn") or the unit's code before or after it ("ĐB04 - Đảng bộ thị trấn Long Điền", "Đảng bộ xã An Bình
 * (ĐB01)", "Hội Nông dân huyện (HND)"). The name is what rows and types are matched by; the code is one rows may
 * write instead.
 */

export interface NameAndCode {
  name: string;
  /** The code the cell carried, as written ("ĐB01"); never the list's own number. */
  code?: string;
}

// A code: capitals (Đ included) and digits, one word, at most one joiner ("ĐB01", "X-01", "HND"). Never lower
// case: "(cũ)", "(An Phú)" are part of a name.
const CODE = '[A-ZĐ0-9]{1,8}(?:[._-][A-ZĐ0-9]{1,6})?';
// After the name, in brackets ("(ĐB01)", "(HND)"), a number alone excepted, arabic or roman, and a letter alone:
// "Trường TH An Bình (2)", "(II)", sister units "Trường TH Mỹ Lợi (A)" / "(B)" are part of a name.
const TRAILING_CODE = new RegExp(
  `^(.*\\S)\\s*[([]\\s*((?=[0-9._-]*[A-ZĐ])(?![IVX]+\\s*[)\\]])(?![A-ZĐ]\\s*[)\\]])${CODE})\\s*[)\\]]$`,
  'u',
);
// After a dash, or before the name, a code needs a letter and a digit ("ĐB04 - …", "… - X01"): a capital word alone
// there is an abbreviation, a number alone a list number or part of a name ("Khu phố 1 - 2").
const CODE_WITH_DIGIT = `(?=[A-ZĐ._-]*\\d)(?=[0-9._-]*[A-ZĐ])${CODE}`;
const LEADING_CODE = new RegExp(
  `^(?:[([]\\s*(${CODE_WITH_DIGIT})\\s*[)\\]]\\s*(?:[-–—:|.]\\s*)?|(${CODE_WITH_DIGIT})\\s*(?:[-–—:|]|\\.(?!\\d))\\s*)(\\S.*)$`,
  'u',
);
const TRAILING_DASH_CODE = new RegExp(`^(.*\\S)\\s+[-–—]\\s+(${CODE_WITH_DIGIT})$`, 'u');
// The list's own number before the name: "02.", "2)", "02 -" (a number, not a code: rows never write it).
const LIST_NUMBER = /^\d{1,3}\s*(?:[.)]|[-–—]\s|\/\s)\s*(?=\p{L}|[-+•–—*·◦▪►]\s*\p{L})/u;
// A list typed as bullets or an outline: «- », «+ », «• », «– », «* » before the name, a letter «a) », «b. » (not
// «p.», «x.»: a ward, a commune), a section's number «I.1 », «2.3.»: never the name's («Tổ 3/2», «Chi bộ 1» stay).
const LIST_MARK = /^(?:[-+•–—*·◦▪►]+\s*|[a-h]\s*[.)]\s+|[A-H]\)\s*|(?:[IVX]{1,4}|\d{1,2})\.\d{1,2}\.?\s+)(?=\p{L})/u;
const LOWER = /\p{Ll}/u;

/** The unit's name and the code a units-list name cell carries, if it carries one. */
export function splitUnitNameCode(text: string): NameAndCode {
  const t = text.trim();
  const numbered = LIST_NUMBER.exec(t) ?? LIST_MARK.exec(t);
  if (numbered) return splitUnitNameCode(t.slice(numbered[0].length));
  const lead = LEADING_CODE.exec(t);
  const leadCode = lead?.[1] ?? lead?.[2];
  if (leadCode && lead?.[3] && LOWER.test(lead[3])) return { name: lead[3].trim(), code: leadCode };
  const trail = TRAILING_CODE.exec(t) ?? TRAILING_DASH_CODE.exec(t);
  if (trail?.[1] && trail[2] && LOWER.test(trail[1])) return { name: trail[1].trim(), code: trail[2] };
  return { name: t };
}
