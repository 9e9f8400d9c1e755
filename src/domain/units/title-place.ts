/**
 * A list's title naming its commune only as a place: «danh sách điển hình tiên tiến xã An Bình giai đoạn 2021 -
 * 2023», «… THỊ TRẤN PHÚ MỸ NĂM 2023», «… TT PHÚ MỸ». The commune right after the title's words (never after a body's
 * name: «… của Hội Nông dân xã An Bình» is that body's), as written ("xã An Bình"), for the caller to resolve.
 */
import { asciiKey } from '../text';

/** The title's own words the place follows (diacritics removed). */
const LIST_WORDS = /(?:^| )(?:tien tien|danh sach|dang ky|de nghi|bieu duong|khen thuong|dien hinh)$/;
const PLACE = /^(?:xã|xa|thị trấn|thi tran|tt|phường|phuong)\.?$/iu;
/** Words that end the place's name: "giai đoạn", "năm 2023", "đợt", "nhiệm kỳ", a province or district after it. */
const STOP = /^(?:giai|nam|dot|lan|nhiem|ve|tinh|huyen|thi|thanh|quan|nhan|trong|tu|den|de|gd)$/;
const MAX_NAME_WORDS = 3;

/** The commune a title names as a place after its list words ("xã An Bình"), if it names one. */
export function placeNamedInTitle(text: string): string | undefined {
  const words = text.normalize('NFC').replace(/[,;:()\-–—/]+/g, ' ').split(/\s+/).filter(Boolean);
  for (let i = 1; i < words.length; i++) {
    // "thị trấn" is two words; "TT" and "xã" one.
    const two = i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : '';
    const width = PLACE.test(two) ? 2 : PLACE.test(words[i] as string) ? 1 : 0;
    if (!width) continue;
    // "thị xã" is a town, no commune.
    if (width === 1 && asciiKey(words[i - 1] as string) === 'thi') continue;
    if (!LIST_WORDS.test(asciiKey(words.slice(Math.max(0, i - 2), i).join(' ')))) continue;
    const name: string[] = [];
    for (const w of words.slice(i + width)) {
      if (STOP.test(asciiKey(w)) || !/^\p{Lu}/u.test(w) || name.length === MAX_NAME_WORDS) break;
      name.push(w);
    }
    if (name.length) return `${words.slice(i, i + width).join(' ')} ${name.join(' ')}`;
  }
  return undefined;
}
