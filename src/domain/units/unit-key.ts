/**
 * The key two spellings of one unit share: tone placement, case and spacing aside, common abbreviations
 * expanded, "Đảng ủy" read as "Đảng bộ", and a trailing district name dropped. Never a fuzzy match: different
 * places keep different keys ("xã Xuân Lộc" ≠ "xã Thanh Xuân").
 */
import { asciiKey, toneKey } from '../text';

// Whole-word rewrites, applied in order, folded like the names themselves.
const ALIASES: [string, string][] = [
  ['ubnd', 'ủy ban nhân dân'],
  ['hđnd', 'hội đồng nhân dân'],
  ['ubmttq', 'ủy ban mặt trận tổ quốc'],
  ['mttq', 'mặt trận tổ quốc'],
  ['ủy ban mặt trận tổ quốc', 'mặt trận tổ quốc'],
  ['mặt trận tổ quốc việt nam', 'mặt trận tổ quốc'],
  ['lhpn', 'liên hiệp phụ nữ'],
  ['hội phụ nữ', 'hội liên hiệp phụ nữ'],
  ['ccb', 'cựu chiến binh'],
  ['lđlđ', 'liên đoàn lao động'],
  ['tncs', 'thanh niên cộng sản'],
  ['thcs', 'trung học cơ sở'],
  ['thpt', 'trung học phổ thông'],
  ['đảng ủy', 'đảng bộ'],
  ['tt', 'thị trấn'],
];

type Fold = (s: string) => string;

const foldWords: Fold = (s) => toneKey(s).replace(/[.,;:()"“”]/g, ' ').replace(/\s+/g, ' ').trim();

function keyer(fold: Fold) {
  const aliases = ALIASES.map(([from, to]) => [` ${fold(from)} `, ` ${fold(to)} `] as const);
  return (name: string, district: string): string => {
    let k = ` ${fold(name)} `;
    // Most names hold none of the aliases: looked for before any split.
    for (const [from, to] of aliases) if (k.includes(from)) k = k.split(from).join(to);
    k = k.trim();
    const d = district ? fold(district) : '';
    // "Hội Nông dân huyện An Phú" is "Hội Nông dân huyện" of the district.
    if (d && k.endsWith(` ${d}`) && k !== d) k = k.slice(0, -d.length - 1).trim();
    return k;
  };
}

/** The matching key of a unit name: diacritics kept, tone placement ignored. */
export const unitKey = keyer(foldWords);

/** The same without any diacritic: for names typed without them, trusted only when unambiguous. */
export const unitAsciiKey = keyer(asciiKey);
