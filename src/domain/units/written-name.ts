/**
 * A unit's name as a clerk writes it, from the capitals of a letterhead ("ĐẢNG ỦY XÃ PHÚ HỮU" → "Đảng ủy xã Phú
 * Hữu", "BCH HỘI NÔNG DÂN HUYỆN AN PHÚ" → "BCH Hội Nông dân huyện An Phú"): where no units list gives the unit's
 * written name, the lists, notes and messages name it so, never in the letterhead's capitals.
 */
import { NUMBERED_WORDS } from '../subjects/abbreviations';
import type { UnitAbbreviations } from '../profile/schema';
import { toneKey } from '../text';
import { HAS_VOWEL } from '../text/letters';

/** Bodies' and places' words as names write them (the profile's abbreviations add theirs). */
const WRITTEN: readonly string[] = [
  'Đảng ủy', 'Đảng bộ', 'Chi bộ', 'Huyện ủy', 'Thị ủy', 'Thành ủy', 'Đảng ủy Quân sự', 'Ban Thường vụ', 'Ban Chấp hành',
  'Ủy ban nhân dân', 'Hội đồng nhân dân', 'Ủy ban Mặt trận Tổ quốc', 'Mặt trận Tổ quốc', 'Việt Nam',
  'Hội Nông dân', 'Hội Liên hiệp Phụ nữ', 'Hội Phụ nữ', 'Hội Cựu chiến binh', 'Liên đoàn Lao động', 'Công đoàn',
  'Huyện đoàn', 'Thị đoàn', 'Thành đoàn', 'Xã đoàn', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Đoàn Thanh niên', 'Hồ Chí Minh',
  'Công an', 'Ban Chỉ huy Quân sự', 'Kho bạc Nhà nước', 'Ngân hàng Chính sách xã hội', 'Trung tâm Y tế', 'Trạm Y tế',
  'Trường', 'Trung học cơ sở', 'Trung học phổ thông', 'Tiểu học', 'Mầm non', 'Văn phòng', 'Phòng', 'Ban',
  'xã', 'huyện', 'thị trấn', 'phường', 'thị xã', 'thành phố', 'quận', 'tỉnh', 'ấp', 'thôn', 'khóm', 'bản',
  'Tòa án nhân dân', 'Viện Kiểm sát nhân dân', 'Bệnh viện', 'Đa khoa', 'Chi cục', 'Thuế', 'Hạt Kiểm lâm', 'Bưu điện',
  'Điện lực', 'Hợp tác xã', 'Chi hội', 'Chi đoàn', 'Cơ quan', 'Khối', 'Cơ sở', 'Thanh tra', 'Tư pháp', 'Nội vụ',
  'Văn hóa', 'Thông tin', 'Thể thao', 'Giáo dục và Đào tạo', 'Tài chính', 'Kế hoạch', 'Lao động', 'Thương binh và Xã hội',
  'Tài nguyên và Môi trường', 'Kinh tế và Hạ tầng', 'Nông nghiệp và Phát triển nông thôn', 'Y tế', 'Dân tộc',
  'Chữ thập đỏ', 'Người cao tuổi', 'Khuyến học', 'Cựu Thanh niên xung phong', 'Quân sự', 'Dân vận', 'Tuyên giáo',
  'Tổ chức', 'Kiểm tra', 'Nhân dân', 'và',
];

/** The written phrases by their first word's key, longest first, as folded word lists. */
function phrasesOf(abbreviations: UnitAbbreviations | undefined, more: readonly string[]): Map<string, { keys: string[]; words: string[] }[]> {
  const all = new Set([...WRITTEN, ...more]);
  for (const v of Object.values(abbreviations ?? {})) for (const x of Array.isArray(v) ? v : [v]) if (x.trim()) all.add(x.trim());
  const byFirst = new Map<string, { keys: string[]; words: string[] }[]>();
  for (const p of all) {
    const words = p.split(/\s+/);
    const keys = words.map(toneKey);
    byFirst.set(keys[0] ?? '', [...(byFirst.get(keys[0] ?? '') ?? []), { keys, words }]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return byFirst;
}

const HAS_CAPITAL = /\p{Lu}/u;

const DIGIT = /\d/u;
/**
 * A short form no list names («UBKT», «ANTT», «ABC»): a word of at most five plain capitals with two consonants side by
 * side after its first letter that no Vietnamese syllable joins (only ch, gh, kh, ng, nh, ph, th, tr do). Other
 * peoples' place names join theirs at the start («IA GRAI», «ĐĂK GLONG», «EA TLING»), foreign words are longer
 * («SAMSUNG»): both are written as names are (review 29, W3).
 */
const SHORT_FORM = /^(?=[A-ZĐ]{2,5}$)[A-ZĐ]+(?!CH|GH|KH|NG|NH|PH|TH|TR)[B-DF-HJ-NP-TV-XZĐ]{2}[A-ZĐ]*$/u;
const ROMAN = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/u;
// Words a number follows ("ẤP II", "THÔN IV"): the Roman numeral after them stays in capitals.
const NUMBERED = new Set(NUMBERED_WORDS.map((w) => toneKey(w.split(' ').pop() ?? '')));

/** What a caller adds to the written phrases and the short forms kept in capitals (the ceremony list's bodies). */
export interface WriterExtras {
  phrases?: readonly string[];
  shortForms?: readonly string[];
}

/** `writtenUnitName` for one district's abbreviations: build once per read, ask for every letterhead. */
export function unitNameWriter(abbreviations?: UnitAbbreviations, extras: WriterExtras = {}): (text: string) => string {
  let phrases: ReturnType<typeof phrasesOf> | undefined;
  const shortForms = new Set([...Object.keys(abbreviations ?? {}), ...(extras.shortForms ?? [])].map(toneKey));
  return (text) => {
    // Only a name all in capitals: one written in mixed case is as its unit writes it.
    if (!HAS_CAPITAL.test(text) || text !== text.toLocaleUpperCase('vi')) return text;
    phrases ??= phrasesOf(abbreviations, extras.phrases ?? []);
    const words = text.trim().split(/\s+/);
    const keys = words.map(toneKey);
    const out: string[] = [];
    for (let i = 0; i < words.length; ) {
      const hit = phrases.get(keys[i] ?? '')?.find((p) => p.keys.every((k, j) => keys[i + j] === k));
      if (hit) {
        out.push(...hit.words);
        i += hit.words.length;
        continue;
      }
      const w = words[i] as string;
      // An abbreviation ("UBND", "BCH", "ĐU"), a code ("12A1") or a numeral ("ẤP II") stays in capitals; a place's word
      // is capitalised.
      const kept = shortForms.has(keys[i] ?? '') || !HAS_VOWEL.test(w) || SHORT_FORM.test(w) || DIGIT.test(w) || (ROMAN.test(w) && NUMBERED.has(keys[i - 1] ?? ''));
      out.push(kept ? w : w.charAt(0) + w.slice(1).toLocaleLowerCase('vi'));
      i++;
    }
    const joined = out.join(' ');
    return joined.charAt(0).toLocaleUpperCase('vi') + joined.slice(1);
  };
}
