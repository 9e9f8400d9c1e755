/** The proposal column (R10): a form of commendation proposed, a mark that proposes the row, or a way to say "none". */
import { saysProposal } from '../recognition/header';
import { asciiKey } from '../text';
import { additionKey, additionSpelled } from '../text/addition-key';
import { isMarked, isUnticked } from './cell-values';
import { saysDied } from './note-withdrawal';
import type { RecognizedTable } from './recognize';

// FALSE: an unticked in-cell checkbox.
const NONE = new Set(['false', 'khong', 'khong de nghi', 'khong de xuat', 'khong co', 'chua', 'chua de nghi', 'chua de xuat', 'chua co', 'ko', 'k', '0', 'xem xet']);
// Beginnings that say the row is not proposed this time, whatever follows ("Không khen thưởng", "Đã khen năm 2023").
const NONE_STARTS = [
  'khong khen', 'khong de nghi', 'khong de xuat', 'chua khen', 'chua de nghi', 'chua de xuat', 'tiep tuc boi duong',
  'da khen', 'da duoc khen', 'da tuyen duong', 'da duoc tuyen duong',
  // Not considered yet, pending, kept in reserve, withdrawn ("Chờ xét", "Dự phòng", "Rút", "Xin rút tên").
  'khong xet', 'chua xet', 'cho xet', 'cho xem xet', 'dang xem xet', 'du phong', 'rut', 'da rut', 'xin rut', 'rut ten',
];
// "Đề nghị Thư biểu dương", "Có đề nghị Giấy khen": the verb before the form is not part of it.
const VERB = /^(?:có\s+)?(?:đề nghị|đề xuất|đn)\s*:?\s+/iu;

/** The proposal cell without the verb before its form ("Đề nghị: …", "Có đề xuất …"). */
export const withoutProposalVerb = (text: string): string => text.replace(VERB, '').trim();

// An award already received, whoever gave it ("Đã được Huyện ủy khen năm 2022"); a decision put off ("Để xem xét sau").
const PAST_AWARD = /^da (?:duoc )?(?:(?!de nghi |xet )\S+ ){0,4}(?:khen|tuyen duong|bieu duong|tang|trao)( |$)/;
const PUT_OFF = /^(?:(?:de|cho) )?(?:xem xet|xet) (?:sau|lai|them)( |$)|^(?:bao luu|de sau)( |$)/;
// A commendation the unit gives itself, at its own level ("Biểu dương tại cơ sở", "Giấy khen của Đảng ủy xã"): the
// guideline's honouring "ở đơn vị, địa phương mình", not a proposal to the district (R10).
// The giver right after the form ("Giấy khen của Chủ tịch UBND xã", "Biểu dương tại cơ sở"), no district body between,
// the cell neither naming a recipient ("… cho Chi bộ ấp 3") nor who proposed ("(đề nghị của Đảng ủy xã)").
const OWN_LEVEL =
  /^(?:giay khen|bang khen|thu khen|thu bieu duong|bieu duong|khen thuong|tuyen duong|khen) (?:tai|cua|cap) (?:(?!huyen |tinh )\S+ ){0,5}?(?:co so|don vi|dia phuong|chi bo|chi hoi|(?<!thi )xa(?! hoi)|thi tran|phuong)( |$)/;
const NOT_OWN_LEVEL = /\b(?:cho|de nghi cua)\b/;

// «Không», «Chưa» with the reason after («Không (chuyển năm sau)», «Không, vì đã được khen năm 2024», «Chưa đủ điều
// kiện»): no, unless a proposal follows («Chưa được khen, đề nghị Giấy khen»). The word itself, punctuated or with a
// reason's word after it: «Không gian xanh» names a model.
const NO_WITH_REASON = /^(?:không|chưa)(?:\s*[,(:;.\-–—]|\s+(?:đủ|đạt|được|vì|do|phải|thuộc|nằm|trong|xét|kịp|hoàn thành|tham gia|đăng ký)(?:\s|$))/iu;
const PROPOSES_AFTER = / (?:de nghi|de xuat)(?! (?:nam sau|lan sau|sau|nua)(?: |$))( |$)/;
// The person can no longer be commended by the unit: moved away, retired, left («Đã chuyển công tác», «Đã nghỉ hưu»).
const GONE = /^(?:(?:nay )?da )?(?:chuyen (?:cong tac|cong viec|nganh|di|noi khac|khoi)|nghi huu|ve huu|nghi viec|thoi viec|nghi che do)( |$)/;

/**
 * "Không", "Không đề nghị", "Chưa", "-", "Không khen", "Tiếp tục bồi dưỡng", "Không" or "Chưa" with a reason, an
 * award already received, a decision put off, a commendation at the unit's own level, the person gone or dead: a
 * cell that proposes nothing to the district.
 */
export function isNoProposal(text: string): boolean {
  // Dashes and dots alone ("-", "—", "...") are a crossed-out cell.
  if (/^[\s\-–—.·…/]*$/u.test(text)) return true;
  const k = asciiKey(text);
  return (
    NONE.has(k) ||
    NONE_STARTS.some((s) => k === s || k.startsWith(`${s} `)) ||
    (NO_WITH_REASON.test(text.trim()) && !PROPOSES_AFTER.test(k)) ||
    PAST_AWARD.test(k) ||
    PUT_OFF.test(k) ||
    (OWN_LEVEL.test(k) && !NOT_OWN_LEVEL.test(k)) ||
    GONE.test(k) ||
    saysDied(text)
  );
}

// What names a form of commendation ("Giấy khen", "Thư biểu dương", "Bằng khen", "Cờ thi đua", "Huân chương", and
// the short forms "GK", "BK", "TBD", "BD"): an agreement ("Đồng ý", "Nhất trí") proposes without naming one.
const NAMES_A_FORM = /\b(?:khen|bieu duong|tuyen duong|bang|giay|thu|co thi dua|huan chuong|huy chuong|ky niem chuong|gk|bk|tbd|bd)\b/;

/** What a non-empty proposal cell says: no proposal, a proposal without a form ("x", "Đề nghị", "Đồng ý"), or the form. */
export function readProposal(text: string): { proposed: false } | { proposed: true; form?: string } {
  if (isNoProposal(text)) return { proposed: false };
  const form = withoutProposalVerb(text);
  if (isMarked(form) || ['de nghi', 'de xuat', 'co de nghi', 'co de xuat'].includes(asciiKey(text))) return { proposed: true };
  if (!NAMES_A_FORM.test(asciiKey(form))) return { proposed: true };
  return { proposed: true, form };
}

// Words that propose the row without naming a form, as a mark does ("Đồng ý", "Nhất trí", "Chọn", "Đạt").
const AGREES = /^(?:(?:co )?(?:de nghi|de xuat)|dong y|nhat tri|(?:duoc )?chon|dat|co|duoc)(?: |$)/;

/**
 * A proposal cell read as proposing the row, though it neither names a form nor marks or agrees ("Năm 2025", "Tốt"):
 * the list notes it for the district to check.
 */
export function unclearProposal(text: string): boolean {
  const p = readProposal(text);
  if (!p.proposed || p.form) return false;
  const rest = withoutProposalVerb(text);
  return !isMarked(rest) && !AGREES.test(asciiKey(rest)) && !AGREES.test(asciiKey(text));
}

/**
 * What a row's proposal cells say together (a yes/no column beside the form: "Có | Thư biểu dương"): a cell that
 * does not propose wins ("Không | Giấy khen"); else the form either names. `proposed` is left out where no cell says
 * yes and none declines in so many words ("Chưa", "-", "Đã khen …" only do not propose).
 */
export function readProposalCells(cells: readonly string[]): { proposed?: boolean; form?: string } {
  let form: string | undefined;
  let any = false;
  for (const text of cells) {
    if (!text) continue;
    const p = readProposal(text);
    // Declined in so many words ("Không", "Không đề nghị", an unticked box): the list then prints no form.
    if (!p.proposed) return /^(khong|ko|k|false)( |$)/.test(asciiKey(text)) ? { proposed: false } : {};
    any = true;
    form ??= p.form;
  }
  return any ? { proposed: true, ...(form ? { form } : {}) } : {};
}

/**
 * A sheet named for a proposal ("Đề nghị 2025", "ĐN khen thưởng"): a master's proposal list, when its title says
 * nothing else (not "ĐĂNG KÝ", "BỔ SUNG"; nor a sheet "Đề xuất bổ sung", nor "DN", the enterprises' bloc).
 */
export function isProposalSheetName(name: string, titles: readonly string[]): boolean {
  const k = asciiKey(name);
  if (!/^(de nghi|de xuat)( |$)/.test(k) && !/^đn( |$)/iu.test(name.trim())) return false;
  return !/(^| )(bo sung|dang ky)( |$)/.test(additionSpelled(k)) && !titles.some((t) => /(^| )(dang ky|bo sung)( |$)/.test(additionKey(t)));
}

// Proposing for commendation: «đề nghị», maybe who is asked between («đề nghị Ban Thường vụ Huyện ủy biểu dương»,
// «ĐỀ NGHỊ HUYỆN ỦY TUYÊN DƯƠNG»), then the verb; or the guideline's 2025 «lựa chọn giới thiệu biểu dương».
const PROPOSES_TITLE =
  /(^| )(?:de (?:nghi|xuat)(?: (?!dang |ky )\S+){0,6}? |gioi thieu )(?:tang|trao|khen|bieu duong|tuyen duong)( |$)/;

/** "DANH SÁCH ĐỀ NGHỊ BIỂU DƯƠNG, KHEN THƯỞNG …": a list that proposes for commendation, not one that registers. */
export function isProposalListTitle(titles: readonly string[]): boolean {
  const keys = titles.map(asciiKey);
  return keys.some((k) => PROPOSES_TITLE.test(k)) && !keys.some((k) => /^(danh sach )?dang ky( |$)/.test(k));
}

/**
 * The table without a proposal column that holds past awards: one headed only "Hình thức (khen thưởng)" whose cells
 * name awards of years before `firstYear`, the first ceremony's ("Giấy khen UBND xã năm 2022", "Bằng khen Tỉnh đoàn
 * 2021"), lists the awards the rows already have (R7) and proposes nothing. The other of two proposal columns stays.
 */
export function withoutPastAwards(table: RecognizedTable, firstYear: number | undefined): RecognizedTable {
  const { header } = table;
  const first = header.columns.get('proposal');
  if (first === undefined || firstYear === undefined) return table;
  const other = header.fallbacks?.get('proposal');
  const kept = [first, other].filter((c): c is number => c !== undefined && !holdsPastAwards(table, c, firstYear));
  if (kept[0] === first) return table;
  const columns = new Map(header.columns);
  const fallbacks = new Map(header.fallbacks);
  fallbacks.delete('proposal');
  if (kept[0] === undefined) columns.delete('proposal');
  else columns.set('proposal', kept[0]);
  return { ...table, header: { ...header, columns, fallbacks } };
}

function holdsPastAwards({ view, header, rows }: RecognizedTable, c: number, firstYear: number): boolean {
  if (saysProposal(header.labels.get(c))) return false;
  let awards = 0;
  for (const { r } of rows) {
    const t = view.text(r, c);
    if (!t || isNoProposal(t)) continue;
    // Every form named so: a proposal names the form it asks for, maybe the period or the plan it follows.
    if (!namesPastYear(t, firstYear)) return false;
    awards++;
  }
  return awards > 0;
}

/**
 * An award of a year before `firstYear` ("Giấy khen UBND xã năm 2022"); not a period ("giai đoạn 2021 - 2023") nor
 * the plan or decision a proposal follows ("theo KH 15-KH/HU năm 2021").
 */
function namesPastYear(text: string, firstYear: number): boolean {
  const own = text
    .replace(/\(?\s*(?<!\p{L})(?:theo|căn cứ)(?!\p{L}).*$/iu, '')
    .replace(/\b(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}\b/g, '')
    .replace(/(?<!\p{L})(?:kh|kế hoạch|qđ|quyết định|số|cv|công văn)(?!\p{L})[^,;()]*/giu, '');
  return (own.match(/\b(?:19|20)\d{2}\b/g) ?? []).some((y) => Number(y) < firstYear);
}

/**
 * A proposal column split by form: «Hình thức đề nghị» over «Giấy khen | Thư biểu dương», a mark under the form
 * proposed. The sub-columns under the proposal column's parent whose own label names a form (not «Năm 2023 | Năm
 * 2025»), with that form; none when the proposal column is no such split.
 */
export function formMarkColumns(labels: ReadonlyMap<number, string>, proposalCol: number | undefined): { c: number; form: string }[] | undefined {
  const label = proposalCol === undefined ? undefined : labels.get(proposalCol);
  if (!label?.includes(' – ')) return undefined;
  const parent = label.split(' – ')[0];
  const cols: { c: number; form: string }[] = [];
  for (const [c, l] of labels) {
    const [p, form] = l.split(' – ');
    if (p !== parent || !form || !NAMES_A_FORM.test(asciiKey(form)) || /\b(?:19|20)\d{2}\b/.test(form)) continue;
    cols.push({ c, form: form.trim() });
  }
  return cols.length > 1 ? cols : undefined;
}

/**
 * The cells under form columns, a mark read as the form above it («x» under «Thư biểu dương»), then as one proposal;
 * an unticked box there only leaves that form out.
 */
export function readFormMarks(cells: readonly { text: string; form: string }[]): ReturnType<typeof readProposalCells> {
  return readProposalCells(cells.map(({ text, form }) => (text && isMarked(text) ? form : isUnticked(text) ? '' : text)));
}

// A proposal written after an exemplar's line in a list typed as paragraphs («…, Bí thư chi bộ ấp 2: đề nghị tặng
// Thư biểu dương.», «Chi bộ ấp 1 - đề nghị Giấy khen», «… (đề nghị khen thưởng)»): the separator, the verb, the form.
const PROPOSAL_TAIL =
  /\s*(?:[:;,\-–—]\s*|\(\s*)(?:được\s+)?(?:đề nghị|đề xuất)(?:\s+(?:tặng|trao|khen thưởng|khen|biểu dương|tuyên dương))?(?:\s*:)?(?:\s+([^()]*?))?\s*\)?\s*[.;]?\s*$/iu;

/**
 * An exemplar's line without the proposal written after it, and what that proposal names: its form («Thư biểu
 * dương»), or «Đề nghị» alone when it names none. The whole line when it proposes nothing so.
 */
export function splitProposalTail(text: string): { text: string; proposal?: string } {
  const m = PROPOSAL_TAIL.exec(text);
  if (!m || m.index === 0) return { text };
  const form = (m[1] ?? '').trim();
  // A tail that goes on about something else («đề nghị của Đảng ủy xã», «đề nghị nhân rộng mô hình») is kept.
  if (form && !NAMES_A_FORM.test(asciiKey(form))) return { text };
  return { text: text.slice(0, m.index).trim(), proposal: form || 'Đề nghị' };
}
