/**
 * The words a call name begins with ("Hai Lúa", "Út", "Tư Lê"): a birth order or a pet name; and the places and work
 * whose names begin so and are no call name ("Ba Tri", "Tư pháp").
 */
import { toneKey } from '../text';

// The first word of a call name: a birth order ("Hai" … "Mười", "Út", "Cả") or a pet name ("Bé", "Tí", "Tèo").
const CALL_FIRST_WORDS = new Set(
  [
    'út', 'cả', 'hai', 'ba', 'tư', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười',
    'bé', 'tí', 'tý', 'tèo', 'tẹo', 'cu', 'cò', 'bống', 'nhỏ', 'hĩm',
  ].map(toneKey),
);
// Places whose names begin with such a word ("(Ba Tri)", "(Năm Căn)"): where the person lives, not what they are
// called; and work whose name does ("(Tư Pháp - Hộ Tịch)", "(Tư Vấn Viên)").
const NOT_CALLED = [
  'ba tri', 'ba vì', 'ba đình', 'ba tơ', 'ba bể', 'ba chẽ', 'ba đồn', 'ba na', 'ba hòn', 'ba láng', 'ba lòng', 'ba lan',
  'năm căn', 'tư nghĩa', 'hai bà trưng', 'bảy núi', 'bảy hiền', 'tư pháp', 'tư vấn', 'tư lệnh',
].map(toneKey);

/** A text's tone key that begins with a call name's first word and is no place or work so named. */
export function isCallWordName(key: string): boolean {
  const space = key.indexOf(' ');
  if (!CALL_FIRST_WORDS.has(space < 0 ? key : key.slice(0, space))) return false;
  return !NOT_CALLED.some((w) => key === w || key.startsWith(`${w} `));
}
