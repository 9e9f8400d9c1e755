/**
 * The country's most frequent surnames and given names: a prior on how common a name is, for lists too small to
 * tell (a district's file). The data at hand weighs more (name-frequency.ts).
 */
import { foldWord } from './tokens';

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
