/**
 * A letterhead that leaves the district to its superior line: «ĐẢNG BỘ HUYỆN AN PHÚ» over «ĐẢNG ỦY CÔNG AN» is the
 * district's «Đảng bộ Công an huyện»; «CHI BỘ KHO BẠC NHÀ NƯỚC» under it the district's «Chi bộ Kho bạc Nhà nước
 * huyện». A line naming its own level (a commune's «ĐẢNG ỦY XÃ AN BÌNH», «… HUYỆN») is left as it is.
 */
import { asciiKey, toneKey } from '../text';
import { levelledDistrictInTitle } from './district';

/**
 * Words of a line naming a level or a place of its own (with their tones: "quận" is a level, "Quân sự" and "Cơ quan"
 * are not).
 */
const LEVEL_WORDS = new Set(['xã', 'phường', 'huyện', 'quận', 'tỉnh', 'ấp', 'khóm', 'thôn', 'tt', 'thị', 'thành', 'khu'].map(toneKey));

/**
 * The line as the district's body ("ĐẢNG ỦY CÔNG AN huyện An Phú"), when the line right above it in the same block
 * names the district and the line names no level of its own; else undefined.
 */
export function asDistrictBody(line: string, above: string): string | undefined {
  const k = asciiKey(line);
  if (!/\p{L}{2}/u.test(line) || /^(so|v v|kinh gui|danh sach)( |$)/.test(k)) return undefined;
  // "thị" and "thành" stand for "thị trấn", "thị xã", "thành phố", "thị ủy", "thành đoàn"; "khu" for "khu phố".
  if (toneKey(line).split(' ').some((w) => LEVEL_WORDS.has(w))) return undefined;
  const district = levelledDistrictInTitle(above);
  // The superior line names the district only as a level ("ĐẢNG BỘ HUYỆN AN PHÚ", "HUYỆN ỦY AN PHÚ"), not a commune's body.
  if (!district || /(?<!thi) (?:xa|thi tran|phuong) /.test(` ${asciiKey(above)} `)) return undefined;
  return `${line} huyện ${district.name}`;
}
