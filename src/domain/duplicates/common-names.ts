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
 * The southern birth-order names («Hai», «Ba», «Tư», «Năm» … «Mười», «Út»): names of their own, so that two of them one
 * letter apart («Năm» / «Tám», «Ba» / «Bảy») are two names, not a typo of one. Other given names one letter apart
 * («Lan» / «Loan», «Quân» / «Quang») may be a typo: the data at hand decides (name-frequency.ts).
 */
const BIRTH_ORDER_NAMES: readonly string[] = ['Hai', 'Ba', 'Tư', 'Năm', 'Sáu', 'Bảy', 'Tám', 'Chín', 'Mười', 'Út', 'Một'];
const BIRTH_ORDER = BIRTH_ORDER_NAMES.map((w) => foldWord(w));
const BIRTH_ORDER_FOLD = new Set(BIRTH_ORDER.map((f) => f.fold));
const BIRTH_ORDER_ASCII = new Set(BIRTH_ORDER.map((f) => f.ascii));

/** A birth-order given name; for a name typed without diacritics, by its letters. */
export function isBirthOrderName(given: Token, plain: boolean): boolean {
  return plain ? BIRTH_ORDER_ASCII.has(given.ascii) : BIRTH_ORDER_FOLD.has(given.fold);
}
