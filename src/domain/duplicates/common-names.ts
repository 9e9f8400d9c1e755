/**
 * The country's most frequent surnames and given names: a prior on how common a name is, for lists too small to
 * tell (a district's file). The data at hand weighs more (name-frequency.ts).
 */
import { foldWord, Token } from './tokens';

const COMMON_SURNAMES: readonly string[] = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý',
];

const COMMON_GIVEN_NAMES: readonly string[] = [
  'Anh', 'Linh', 'Hương', 'Hà', 'Lan', 'Hoa', 'Thảo', 'Trang', 'Hằng', 'Hùng', 'Dũng', 'Tuấn', 'Hải', 'Nam', 'Minh',
  'Thắng', 'Long', 'Hưng', 'Cường', 'Thành', 'Sơn', 'Bình', 'Hiếu', 'Huy', 'Tùng', 'Trung', 'Phương', 'Thủy', 'Mai',
  'Ngọc', 'Nga', 'Hạnh', 'Nhung', 'Tâm', 'Vân', 'Yến', 'Hiền', 'Duy', 'Đức', 'Quang', 'Thu', 'Loan', 'Hồng', 'Hiệp',
];

const fold = (w: string) => foldWord(w).fold;
const SURNAMES = new Set(COMMON_SURNAMES.map(fold));
const GIVEN = new Set(COMMON_GIVEN_NAMES.map(fold));

/** Both surname and given name are among the country's most frequent. */
export function isCommonName(surnameFold: string, givenFold: string): boolean {
  return SURNAMES.has(surnameFold) && GIVEN.has(givenFold);
}

/**
 * Given names known to be names of their own, beside the most frequent: the southern birth-order names («Hai», «Ba»,
 * «Tư», «Năm» … «Mười», «Út») and other frequent ones. Two of them one letter apart («Năm» / «Tám», «Ba» / «Bảy»,
 * «Hà» / «Hải») are two names, not a typo of one.
 */
const BIRTH_ORDER_NAMES: readonly string[] = ['Hai', 'Ba', 'Tư', 'Năm', 'Sáu', 'Bảy', 'Tám', 'Chín', 'Mười', 'Út', 'Một'];
const OTHER_GIVEN_NAMES: readonly string[] = [
  'Lâm', 'Tài', 'Tú', 'Vinh', 'Toàn', 'Tiến', 'Lộc', 'Lợi', 'Phúc', 'Khánh', 'Hòa', 'Hậu', 'Hiển', 'Huệ', 'Thanh',
  'Xuân', 'Dung', 'Giang', 'Hạnh', 'Liên', 'Ngân', 'Oanh', 'Quyên', 'Trinh', 'Tuyết', 'Uyên', 'Hoàng', 'Phong', 'Quân',
];
const KNOWN_GIVEN = [...COMMON_GIVEN_NAMES, ...BIRTH_ORDER_NAMES, ...OTHER_GIVEN_NAMES].map((w) => foldWord(w));
const KNOWN_FOLD = new Set(KNOWN_GIVEN.map((f) => f.fold));
const KNOWN_ASCII = new Set(KNOWN_GIVEN.map((f) => f.ascii));

/** A given name known as a name of its own; for a name typed without diacritics, by its letters. */
export function isKnownGivenName(given: Token, plain: boolean): boolean {
  return plain ? KNOWN_ASCII.has(given.ascii) : KNOWN_FOLD.has(given.fold);
}
