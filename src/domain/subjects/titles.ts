/**
 * Ranks, degrees and titles written before a person's name ("Thượng tá …", "ThS. …", "Bác sĩ …", "Giáo viên …"). The
 * reader takes them into the position; the subject count (R1) sees past them to tell two titled people in one cell.
 */
import { toneKey } from '../text';

// Ranks and titles written before a person's name ("Thượng tá Nguyễn Văn Bình", "ThS. Lê Thị Hoa"): they belong to
// the position, and the name the matcher and the ceremony see is the person's own.
// So are what a person is among the people ("Cựu chiến binh", "Hội viên", "Giáo viên", "Mẹ Việt Nam anh hùng"): never
// part of a name, and "Hội viên …" must not pass for a body ("Hội …").
const RANKS_WRITTEN = [
  'đại tướng', 'thượng tướng', 'trung tướng', 'thiếu tướng', 'đại tá', 'thượng tá', 'trung tá', 'thiếu tá',
  'đại úy', 'thượng úy', 'trung úy', 'thiếu úy', 'thượng sĩ', 'trung sĩ', 'hạ sĩ', 'binh nhất', 'binh nhì',
  'tiến sĩ', 'thạc sĩ', 'bác sĩ', 'dược sĩ', 'kỹ sư', 'cử nhân', 'kiến trúc sư', 'luật sư', 'kỹ thuật viên', 'nhà giáo ưu tú', 'nhà giáo nhân dân', 'nhà giáo', 'nghệ nhân ưu tú',
  'nghệ nhân', 'thầy thuốc', 'thầy thuốc ưu tú', 'thầy thuốc nhân dân', 'lương y', 'y sĩ', 'y tá', 'điều dưỡng', 'nữ hộ sinh', 'thầy giáo', 'cô giáo', 'giáo viên', 'cựu chiến binh', 'ccb',
  'quân nhân chuyên nghiệp', 'qncn', 'liệt sĩ', 'chiến sĩ', 'dân quân', 'đoàn viên', 'đảng viên', 'hội viên', 'nông dân', 'thương binh', 'bệnh binh', 'già làng',
  'học sinh', 'sinh viên', 'doanh nhân',
  'mẹ việt nam anh hùng', 'bà mẹ việt nam anh hùng', 'mẹ vnah', 'bà mẹ vnah', 'mẹ', 'bà mẹ',
  // Religious dignitaries, as the Front and the communes write them.
  'hòa thượng', 'thượng tọa', 'đại đức', 'ni trưởng', 'ni sư', 'sư cô', 'sư cả', 'sư thầy', 'achar', 'acha', 'mục sư',
  'truyền đạo', 'linh mục', 'giám mục', 'chánh xứ', 'chức sắc', 'người có uy tín',
];
const RANKS = RANKS_WRITTEN.map(toneKey);
/** The ranks by their first word, longest first, each with its number of words. */
function ranksByFirst(): ReadonlyMap<string, readonly { rank: string; words: number }[]> {
  const out = new Map<string, { rank: string; words: number }[]>();
  for (const rank of [...RANKS].sort((a, b) => b.split(' ').length - a.split(' ').length)) {
    const words = rank.split(' ');
    out.set(words[0] ?? '', [...(out.get(words[0] ?? '') ?? []), { rank, words: words.length }]);
  }
  return out;
}
const RANKS_BY_FIRST = ranksByFirst();
// Their first words as typed (lower case, composed; "kĩ" for "kỹ" too): most names begin with none of them, found
// without a key.
const RANK_FIRST_TYPED = new Set([...RANKS_WRITTEN.map((r) => r.split(' ')[0] ?? ''), 'kĩ']);
// Their first letters in either case, and the Kelvin sign that composes to "K": a name beginning with any other
// character ("Lê", "Phạm", "Võ") is let go before its first word is composed and lower-cased.
const RANK_STARTS = new Set([...[...RANK_FIRST_TYPED].flatMap((w) => [w.charCodeAt(0), w.toUpperCase().charCodeAt(0)]), 0x212a]);
// "TS.", "ThS", "BS.CKI", "PGS.TS.", "GS.TSKH": degree abbreviations, dotted or not.
// "ĐĐ." (Đại đức) and "Lm." (Linh mục) as the Front abbreviates them.
// Health workers' titles as staff abbreviate them: "YS." (y sĩ), "ĐD" (điều dưỡng), "NHS" (nữ hộ sinh), "TTƯT", "TTND".
const DEGREE = /^(?:(?:GS|PGS|TS|TSKH|ThS|BS|Bs|BSCKI{1,2}|CKI{1,2}|DS|KS|NGƯT|NGND|ĐĐ|Lm|LM|YS|Ys|ĐD|NHS|TTƯT|TTND)\.?\s*)+(?=\s|$)/u;

export function leadingRank(name: string): { rank: string; rest: string } | undefined {
  const degree = DEGREE.exec(name);
  if (degree && degree[0].trim()) return { rank: degree[0].trim(), rest: name.slice(degree[0].length).trim() };
  if (!RANK_STARTS.has(name.charCodeAt(0))) return undefined;
  const space = name.indexOf(' ');
  if (space < 0) return undefined;
  const first = name.slice(0, space);
  if (!RANK_FIRST_TYPED.has(first.normalize('NFC').toLowerCase())) return undefined;
  const candidates = RANKS_BY_FIRST.get(toneKey(first));
  if (!candidates) return undefined;
  const words = name.split(' ');
  for (const { rank, words: n } of candidates) {
    const head = words.slice(0, n).join(' ');
    if (toneKey(head) !== rank) continue;
    // The force after a rank ("Đại úy CA", "Trung tá QĐND", "Thiếu tá BĐBP") is the rank's.
    const force = FORCES.has(words[n]?.replace(/[.,]$/, '') ?? '') ? 1 : 0;
    return { rank: words.slice(0, n + force).join(' ').replace(/[.,]$/, ''), rest: words.slice(n + force).join(' ') };
  }
  return undefined;
}

/** The forces as written after a rank, in capitals: police, army, border guard, professional soldier. */
const FORCES = new Set(['CA', 'CAND', 'CAH', 'CAX', 'QĐ', 'QĐND', 'QS', 'BĐBP', 'BP', 'QNCN', 'DQ', 'DQTV']);

