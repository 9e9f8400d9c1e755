/**
 * Kinds of organisation a collective's name begins or contains, after abbreviations are expanded. Two collectives
 * of different kinds are never one exemplar ("Hội Nông dân xã An Bình" ≠ "Hội Liên hiệp Phụ nữ xã An Bình").
 */
import { Token, tokenize, wordsAt } from './tokens';

const ORGANISATION_KINDS: readonly string[] = [
  'Hội Nông dân', 'Hội Liên hiệp Phụ nữ', 'Hội Cựu chiến binh', 'Hội Người cao tuổi', 'Hội Chữ thập đỏ',
  'Hội Khuyến học', 'Hội Cựu giáo chức', 'Hội Cựu thanh niên xung phong', 'Hội Luật gia', 'Hội Đông y',
  'Hội Sinh vật cảnh', 'Hội Nạn nhân chất độc da cam', 'Hội Liên hiệp Thanh niên',
  'Chi hội Nông dân', 'Chi hội Liên hiệp Phụ nữ', 'Chi hội Phụ nữ', 'Chi hội Cựu chiến binh', 'Chi hội Người cao tuổi',
  'Chi hội Chữ thập đỏ', 'Chi hội Khuyến học',
  'Đoàn Thanh niên', 'Chi đoàn', 'Đoàn cơ sở', 'Huyện đoàn', 'Xã đoàn', 'Công đoàn', 'Liên đoàn Lao động',
  'Chi bộ', 'Đảng bộ', 'Mặt trận Tổ quốc', 'Ban công tác Mặt trận', 'Ủy ban nhân dân', 'Hội đồng nhân dân',
  'Công an', 'Ban Chỉ huy Quân sự', 'Quân sự', 'Dân quân', 'Trạm Y tế', 'Trung tâm Y tế', 'Bệnh viện',
  'Trường Mầm non', 'Trường Tiểu học', 'Trường Trung học cơ sở', 'Trường Trung học phổ thông', 'Trường',
  'Hợp tác xã', 'Câu lạc bộ', 'Tổ hợp tác', 'Tổ dân phố', 'Nhà văn hóa', 'Thư viện', 'Phòng', 'Ban', 'Văn phòng', 'Khoa',
  'Kho bạc', 'Chi cục', 'Ngân hàng', 'Bưu điện', 'Điện lực', 'Công ty', 'Doanh nghiệp', 'Gia đình', 'Hộ gia đình',
  'Tòa án nhân dân', 'Viện Kiểm sát nhân dân', 'Bảo hiểm xã hội', 'Thanh tra', 'Hạt Kiểm lâm',
];

const KINDS = ORGANISATION_KINDS.map((k) => tokenize(k).map((t) => t.fold)).sort((a, b) => b.length - a.length);

/** The kinds by their first word, longest first: only those can begin at a word. */
function kindsByFirst(): ReadonlyMap<string, readonly string[][]> {
  const byFirst = new Map<string, string[][]>();
  for (const k of KINDS) {
    const first = k[0] ?? '';
    byFirst.set(first, [...(byFirst.get(first) ?? []), k]);
  }
  return byFirst;
}
const KINDS_BY_FIRST = kindsByFirst();

/** The most specific organisation kind the name's words contain (folded), if any. */
export function organisationKind(tokens: readonly Token[]): string | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const hit = KINDS_BY_FIRST.get((tokens[i] as Token).fold)?.find((k) => wordsAt(tokens, i, k));
    if (hit) return hit.join(' ');
  }
  return undefined;
}

const POST_HEADS = new Set(['trưởng', 'phó'].map((w) => tokenize(w)[0]?.fold ?? ''));

/** Bodies inside a workplace: after them, the workplace itself is named ("Bí thư Chi bộ | Trạm Y tế xã An Bình"). */
const CELLS = new Set(['chi bộ', 'chi đoàn', 'công đoàn', 'đoàn cơ sở', 'đảng bộ', 'đoàn thanh niên'].map((k) => tokenize(k).map((t) => t.fold).join(' ')));
const HOI = tokenize('hội')[0]?.fold;
const isCell = (kind: readonly string[]) => CELLS.has(kind.join(' ')) || (kind[0] === 'chi' && kind[1] === HOI);

/**
 * Where the workplace named among the words begins, or -1: the first body named ("Giáo viên | Trường …", "Trưởng
 * phòng | Văn phòng HĐND và UBND huyện"), or the body after a cell of it ("Bí thư Chi bộ | Trạm Y tế xã An Bình").
 */
export function organisationStart(tokens: readonly Token[]): number {
  let start = -1;
  for (let i = 0; i < tokens.length; ) {
    const hit = KINDS_BY_FIRST.get((tokens[i] as Token).fold)?.find((k) => wordsAt(tokens, i, k));
    // "Trưởng phòng", "Phó ban": the word is the post's.
    if (!hit || (hit.length === 1 && i > 0 && POST_HEADS.has((tokens[i - 1] as Token).fold))) {
      i++;
      continue;
    }
    start = i;
    if (!isCell(hit)) return start;
    i += hit.length;
  }
  return start;
}
