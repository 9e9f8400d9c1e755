/**
 * Kinds of organisation a collective's name begins or contains, after abbreviations are expanded. Two collectives
 * of different kinds are never one exemplar ("Hội Nông dân xã An Bình" ≠ "Hội Liên hiệp Phụ nữ xã An Bình").
 */
import { Token, tokenize, wordsAt } from './tokens';

export const ORGANISATION_KINDS: readonly string[] = [
  'Hội Nông dân', 'Hội Liên hiệp Phụ nữ', 'Hội Cựu chiến binh', 'Hội Người cao tuổi', 'Hội Chữ thập đỏ',
  'Hội Khuyến học', 'Hội Cựu giáo chức', 'Hội Cựu thanh niên xung phong', 'Hội Luật gia', 'Hội Đông y',
  'Hội Sinh vật cảnh', 'Hội Nạn nhân chất độc da cam', 'Hội Liên hiệp Thanh niên',
  'Chi hội Nông dân', 'Chi hội Liên hiệp Phụ nữ', 'Chi hội Phụ nữ', 'Chi hội Cựu chiến binh', 'Chi hội Người cao tuổi',
  'Chi hội Chữ thập đỏ', 'Chi hội Khuyến học',
  'Đoàn Thanh niên', 'Chi đoàn', 'Đoàn cơ sở', 'Huyện đoàn', 'Xã đoàn', 'Công đoàn', 'Liên đoàn Lao động',
  'Chi bộ', 'Đảng bộ', 'Mặt trận Tổ quốc', 'Ban công tác Mặt trận', 'Ủy ban nhân dân', 'Hội đồng nhân dân',
  'Công an', 'Ban Chỉ huy Quân sự', 'Quân sự', 'Dân quân', 'Trạm Y tế', 'Trung tâm Y tế', 'Bệnh viện',
  'Trường Mầm non', 'Trường Tiểu học', 'Trường Trung học cơ sở', 'Trường Trung học phổ thông', 'Trường',
  'Hợp tác xã', 'Câu lạc bộ', 'Tổ hợp tác', 'Tổ dân phố', 'Nhà văn hóa', 'Thư viện', 'Phòng', 'Ban', 'Văn phòng',
  'Kho bạc', 'Chi cục', 'Ngân hàng', 'Bưu điện', 'Điện lực', 'Công ty', 'Doanh nghiệp', 'Gia đình', 'Hộ gia đình',
  'Tòa án nhân dân', 'Viện Kiểm sát nhân dân', 'Bảo hiểm xã hội', 'Thanh tra', 'Hạt Kiểm lâm',
];

const KINDS = ORGANISATION_KINDS.map((k) => tokenize(k).map((t) => t.fold)).sort((a, b) => b.length - a.length);

/** The kinds by their first word, longest first: only those can begin at a word. */
const KINDS_BY_FIRST = new Map<string, string[][]>();
for (const k of KINDS) {
  const first = k[0] ?? '';
  KINDS_BY_FIRST.set(first, [...(KINDS_BY_FIRST.get(first) ?? []), k]);
}

/** The most specific organisation kind the name's words contain (folded), if any. */
export function organisationKind(tokens: readonly Token[]): string | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const hit = KINDS_BY_FIRST.get((tokens[i] as Token).fold)?.find((k) => wordsAt(tokens, i, k));
    if (hit) return hit.join(' ');
  }
  return undefined;
}

/**
 * Where the last organisation named begins among the words, or -1: "Bí thư | Chi bộ Thôn 3", "Giáo viên | Trường
 * …", "Bí thư Chi bộ | Trạm Y tế xã An Bình" (the post names a body of the workplace). A kind's own words are not
 * searched again ("Ban Chỉ huy Quân sự" is one).
 */
export function organisationStart(tokens: readonly Token[]): number {
  let last = -1;
  for (let i = 0; i < tokens.length; ) {
    const hit = KINDS_BY_FIRST.get((tokens[i] as Token).fold)?.find((k) => wordsAt(tokens, i, k));
    if (!hit) {
      i++;
      continue;
    }
    last = i;
    i += hit.length;
  }
  return last;
}
