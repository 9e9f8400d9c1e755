/** Every Vietnamese text the engine shows a user lives here, so that doors never invent a message. */
import { CalendarDate, DateLineOf, dayNumber, formatDate, ListRecord, OtherDate, OtherList } from '../dates';
import { columnLetter, isWordFile } from '../grid';
import type { LegacyEncoding } from '../text';

/** The sheet the product keeps its duplicate decisions in (decision-sheet.ts). */
export const DECISION_SHEET_NAME = 'Quyết định trùng lặp';

/** Why a headerless Word table of numbered rows does not go on from the table before it. */
export type NotGoingOn =
  /** No list's table stands right before it. */
  | { why: 'noList' }
  /** Its columns are not that table's: it has `cols`, that one `previousCols`. */
  | { why: 'columns'; previous: string; cols: number; previousCols: number }
  /** That table's rows are not numbered: nothing to number on from. */
  | { why: 'unnumbered'; previous: string }
  /** Its numbers are not in that table's STT column. */
  | { why: 'sttColumn'; previous: string }
  /** Its first number is not the one after that table's last (nor 1 under a group row). */
  | { why: 'numbering'; previous: string; first: number; last: number }
  /** A row neither numbered nor a group row comes before its numbered rows. */
  | { why: 'firstRow'; previous: string; text: string };

const ENCODING_NAMES: Record<LegacyEncoding, string> = {
  tcvn3: 'TCVN3 (.VnTime)',
  'tcvn3-caps': 'TCVN3 chữ hoa (.VnTimeH)',
  vni: 'VNI-Windows',
};

/** Why a headerless Word table does not go on from the one before it, as the rest of a sentence. */
function notGoingOnText(table: string, not: NotGoingOn): string {
  if (not.why === 'noList') return 'ngay trước nó không có bảng danh sách để nối tiếp';
  const from = `không nối tiếp được «${not.previous}» ngay trước nó`;
  switch (not.why) {
    case 'columns':
      return `${from}: «${table}» có ${not.cols} cột, «${not.previous}» có ${not.previousCols} cột`;
    case 'unnumbered':
      return `${from}: không có số thứ tự ở cột STT của «${not.previous}» để biết bảng này đánh số tiếp hay không`;
    case 'sttColumn':
      return `${from}: số thứ tự của «${table}» không nằm ở cột STT của «${not.previous}»`;
    case 'numbering':
      return `${from}: số thứ tự bắt đầu từ ${not.first}, không đánh tiếp số ${not.last} ở cuối «${not.previous}»`;
    case 'firstRow':
      return `${from}: dòng đầu bảng «${not.text}» không phải dòng đánh số hay dòng nhóm (như «II. CÁ NHÂN»)`;
  }
}

/** "02", as the guideline writes quotas ("ít nhất 02"). */
const two = (n: number) => String(n).padStart(2, '0');
const quoted = (items: string[]) => items.map((s) => `«${s}»`).join(', ');

/**
 * How a date judged late stands against its deadline. On the deadline day itself the message says how
 * "trước ngày" was read, since that reading (not the arithmetic) is what made the date late.
 */
function lateness(date: CalendarDate, f: DeadlineFacts): string {
  const { deadline, dayIsOnTime } = f;
  const d = formatDate(deadline);
  const days = dayNumber(date) - dayNumber(deadline);
  if (days === 0)
    return (
      `ngày ${d}, đúng ngày hạn: ${whoSets(f)} ghi «trước ngày ${d}», được hiểu theo đúng chữ nên nộp trong ngày ${d} đã là trễ hạn ` +
      '(nếu muốn tính ngày hạn là đúng hạn, đặt «Nộp đúng ngày hạn vẫn là đúng hạn» là «Có» trong Cấu hình)'
    );
  const reading = dayIsOnTime ? ` (theo Cấu hình, nộp đúng ngày ${d} vẫn là đúng hạn)` : '';
  return `ngày ${formatDate(date)}, trễ hạn ${days} ngày so với ngày hạn ${d}${reading}`;
}

export interface DeadlineFacts {
  unit: string;
  deadline: CalendarDate;
  dayIsOnTime: boolean;
  /** The body the guideline says to send to ("Ban Tuyên giáo Huyện ủy"). */
  sendTo: string;
  /**
   * The guideline's own deadline, where the profile sets another (trial 19 #7): the messages, and the phiếu sent to
   * the units, then cite the district's setting, not the guideline, for the date applied.
   */
  guideline?: CalendarDate;
}

/** Who sets the deadline applied: the guideline, or the district's «Cấu hình» in its stead. */
const whoSets = (f: DeadlineFacts) => (f.guideline ? 'Cấu hình của huyện' : 'Hướng dẫn');
/** The rule's sentence after a deadline finding, citing the guideline and, where it differs, the date applied. */
const ruleCited = (f: DeadlineFacts, rule: (deadline: string) => string) =>
  f.guideline
    ? `Hướng dẫn: ${rule(formatDate(f.guideline))}; theo Cấu hình của huyện, hạn áp dụng là trước ngày ${formatDate(f.deadline)}.`
    : `Hướng dẫn: ${rule(formatDate(f.deadline))}.`;

// trial17b #12: why a list that came is of no known day.
const UNDATED_WHY = {
  'no-date': 'danh sách đơn vị chưa ghi ngày gửi, danh sách của đơn vị không có dòng ngày tháng hay ngày đăng ký',
  noted: 'danh sách đơn vị ghi đã nộp nhưng không ghi ngày',
  invalid: 'ngày gửi ghi trong danh sách đơn vị không đọc được (xem lỗi INVALID_DATE)',
  ahead: 'ngày gửi ghi sau ngày kiểm tra (xem lỗi INVALID_DATE)',
  before: 'ngày gửi ghi trước khi giai đoạn bắt đầu, có thể gõ nhầm năm (xem lỗi INVALID_DATE)',
  'line-undated': 'dòng ngày tháng của danh sách không ghi đủ ngày (xem lỗi INVALID_DATE)',
} as const;

// trial17b #8: a list's several dates, named as written, and which one R4 was judged on.
const datesWritten = (others: readonly OtherDate[]) => others.map((o) => `ngày ${formatDate(o.date)} («${o.text}»)`).join(', ');
const DATE_CHOSEN: Record<DateLineOf['by'], string> = {
  sent: 'ngày gửi ghi trên danh sách',
  signature: 'dòng ngày tháng ký cuối danh sách',
  title: 'dòng ngày tháng dưới tiêu đề',
  sentence: 'ngày ghi trong danh sách',
};
const dateChosen = (of: DateLineOf) => `${DATE_CHOSEN[of.by]}${of.text ? ` «${of.text}»` : ''}`;
/** Where a date line was read: a workbook's sheet; a Word document's paragraphs stand in no table («Bảng 2»). */
const dateLineWhere = (where: { file: string; sheet: string }) => (isWordFile(where.file) ? where.file : `${where.file}, «${where.sheet}»`);
/** A date line's date as written: its month alone where it leaves the day blank. */
const lineDate = (l: OtherList) => (l.dayBlank ? `tháng ${String(l.date.m).padStart(2, '0')}/${l.date.y}` : `ngày ${formatDate(l.date)}`);
/** The unit's other lists by their date lines (trial19 #4). */
const unitListsWritten = (others: readonly OtherList[]) =>
  `Đơn vị còn gửi ${others.length > 1 ? 'các danh sách' : 'danh sách'} ${others.map((l) => `lập ${lineDate(l)} (tệp ${dateLineWhere(l)})`).join(', ')}`;
const listRule = (f: DeadlineFacts) => ruleCited(f, (d) => `danh sách đăng ký các điển hình tiên tiến gửi về ${f.sendTo}, hoàn thành trước ngày ${d}`);
const planRule = (f: DeadlineFacts) => ruleCited(f, (d) => `các đơn vị xây dựng kế hoạch triển khai thực hiện, gửi về ${f.sendTo} trước ngày ${d}`);
const overdue = (f: DeadlineFacts, asOf: CalendarDate) =>
  `hạn đã qua (hạn áp dụng: trước ngày ${formatDate(f.deadline)}${f.dayIsOnTime ? ', tính cả ngày hạn' : ''}; ngày xét: ${formatDate(asOf)})`;

const UNIT_SOURCE = {
  column: '',
  code: ' (lấy từ cột mã đơn vị)',
  group: ' (lấy từ dòng nhóm)',
  title: ' (lấy từ tiêu đề trang)',
  sheet: ' (lấy từ tên trang)',
  file: ' (lấy từ tên tệp)',
} as const;
const KIND_WORD = { individual: 'cá nhân', collective: 'tập thể' } as const;

export interface QuotaFacts {
  unit: string;
  type: string;
  registered: number;
  required: number;
  /** Rows of the unit left out of the count, by reason. */
  rowErrors: number;
  repeated: number;
  /** Rows counted once with a row the matcher finds probably the same exemplar (a «probable» DUPLICATE). */
  maybeRepeated?: number;
  phase2: number;
  /** Rows whose phase cell could not be read (PHASE_UNREADABLE). */
  phaseUnreadable?: number;
  /** Phase-1 rows the unit took out itself: a withdrawing note, a struck-through name, a hidden row. */
  withdrawn?: number;
  /** Rows of its later proposal list (R10), which proposes for commendation and registers nothing. */
  proposalList?: number;
  /** What the unit sent that gave no exemplar: its lists without a row, its files that could not be read. */
  emptyLists?: string[];
  unreadableFiles?: string[];
  /** How the units list records its list as sent, where no row of it was read (its file likely not given). */
  listUnread?: ListRecord;
  /** Lists naming the unit whose rows count for another unit their title (sheet, file) names: where, rows, which. */
  countedElsewhere?: { where: string; rows: number; unit: string }[];
}

/** How the units list records a unit's list as sent, in brackets after its name: its date, a mark, a mistyped date. */
export const listRecordWords = (r: ListRecord): string =>
  'date' in r ? `ngày ${formatDate(r.date)}` : 'mark' in r ? (r.mark === 'late' ? 'nộp trễ, không ghi ngày' : 'không ghi ngày') : 'ngày ghi không đọc được';

/**
 * The sentence consolidate and feedback open their warning with: the first few units whose list is recorded as sent
 * but none of whose rows was read, with how each was recorded, and how many more.
 */
export function unreadListsSaid(units: readonly { unit: { name: string }; record: ListRecord }[], shown = 5): string {
  const named = units.slice(0, shown).map((u) => `${u.unit.name} (${listRecordWords(u.record)})`).join(', ');
  const more = units.length > shown ? ` và ${units.length - shown} đơn vị khác` : '';
  return (
    `Danh sách đơn vị ghi đã nhận danh sách đăng ký của ${named}${more}, nhưng không đọc được dòng đăng ký nào của ` +
    `${units.length > 1 ? `${units.length} đơn vị này` : 'đơn vị này'} trong các tệp đã đưa vào: có thể còn thiếu tệp của ${unitsWord(units.length)}.`
  );
}

/** «đơn vị» or «các đơn vị này», as a sentence about one unit or several goes on. */
export const unitsWord = (n: number) => (n > 1 ? 'các đơn vị này' : 'đơn vị');

/** What arrived from a unit and gave nothing to count: said, so that a short unit is not taken to have sent nothing. */
function receivedNothing(q: QuotaFacts): string {
  const empty = q.emptyLists?.length ? ` Danh sách đơn vị gửi (${q.emptyLists.join('; ')}) chỉ có dòng tiêu đề cột, không có dòng điển hình nào.` : '';
  const files = q.unreadableFiles ?? [];
  const unreadable = files.length
    ? ` ${files.length > 1 ? 'Các tệp' : 'Tệp'} ${files.join(', ')} của đơn vị không đọc được (xem lỗi FILE_UNREADABLE): các điển hình trong ${files.length > 1 ? 'các tệp' : 'tệp'} ấy chưa được tính; hãy xin đơn vị gửi lại.`
    : '';
  const unread = q.listUnread
    ? ` Danh sách đơn vị ghi đã nhận danh sách đăng ký của đơn vị (${listRecordWords(q.listUnread)}), nhưng không đọc được dòng đăng ký ` +
      'nào của đơn vị trong các tệp đã đưa vào: có thể còn thiếu tệp danh sách của đơn vị; hãy đưa thêm tệp ấy vào rồi kiểm tra lại.'
    : '';
  const elsewhere = (q.countedElsewhere ?? [])
    .map(
      (l) =>
        ` Danh sách trong ${l.where} (${l.rows} dòng) có ghi tên đơn vị này nhưng được tính cho ${l.unit} (xem cảnh báo đơn vị không khớp ` +
        'ở danh sách ấy): nếu đó là danh sách của đơn vị, hãy sửa tiêu đề, tên trang hoặc tên tệp cho khớp rồi kiểm tra lại.',
    )
    .join('');
  return empty + unreadable + unread + elsewhere;
}

function notCounted(q: QuotaFacts): string {
  const parts = [
    q.rowErrors ? `${q.rowErrors} dòng có lỗi` : '',
    q.repeated ? `${q.repeated} dòng ghi lại điển hình đã tính` : '',
    q.maybeRepeated
      ? `${q.maybeRepeated} dòng có thể ghi lại điển hình đã tính (xem cảnh báo trùng lặp${DUPLICATE_ASK.quota})`
      : '',
    q.phase2 ? `${q.phase2} dòng bổ sung ở giai đoạn 2` : '',
    q.phaseUnreadable ? `${q.phaseUnreadable} dòng chưa rõ giai đoạn` : '',
    q.withdrawn ? `${q.withdrawn} dòng đơn vị đã rút (ghi chú rút tên, gạch ngang tên hoặc ẩn dòng)` : '',
    q.proposalList ? `${q.proposalList} dòng của danh sách đề nghị biểu dương, khen thưởng lập sau (không phải danh sách đăng ký)` : '',
  ].filter(Boolean);
  return parts.length ? ` Không tính: ${parts.join('; ')}.` : '';
}

/**
 * "Ô D5", "3 ô C5, C7, D5 … (và 40 ô khác)": a readable list of cells, short even for a whole sheet; a Word
 * table's cells by row and column ("3 ô ở dòng 7, cột 2, 5, 6").
 */
function cellsText(file: string, cells: readonly { row: number; col: number }[]): string {
  const count = cells.length === 1 ? 'Ô' : `${cells.length} ô`;
  if (isWordFile(file)) {
    const byRow = new Map<number, number[]>();
    for (const c of cells) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c.col]);
    const rows = [...byRow].map(([row, cols]) => `dòng ${row}, cột ${cols.join(', ')}`);
    return `${count} ở ${rows.slice(0, 6).join('; ')}${rows.length > 6 ? ` (và ${rows.length - 6} dòng khác)` : ''}`;
  }
  const shown = cells.slice(0, 12).map((c) => `${columnLetter(c.col)}${c.row}`).join(', ');
  return `${count} ${cells.length > 12 ? `${shown} (và ${cells.length - 12} ô khác)` : shown}`;
}

/** A finding message about a birth year (msg.invalidBirthYear, futureBirthYear…): each of them says «năm sinh». */
export function aboutBirthYear(message: string): boolean {
  return /năm sinh/i.test(message);
}

/** Where a decision row is: «tệp, trang «Quyết định trùng lặp», dòng 3». */
function decisionPlace(d: { row?: number; file?: string; sheet?: string }): string {
  const at = [d.file, d.sheet ? `trang «${d.sheet}»` : `trang «${DECISION_SHEET_NAME}»`, d.row !== undefined ? `dòng ${d.row}` : undefined];
  return at.filter((x) => x).join(', ');
}

export const msg = {
  invalidDate: (what: string, text: string, reason: 'impossible' | 'unreadable' | 'year-only' | 'error') =>
    reason === 'error'
      ? `Ô ${what.toLowerCase()} mang giá trị lỗi «${text}» (công thức không tính được), nên không biết ngày. Hãy sửa công thức hoặc ghi ngày theo dạng ngày/tháng/năm, ví dụ 20/02/2023.`
      : reason === 'impossible'
      ? `${what} «${text}» không phải là ngày có thật (ngày ghi trước, tháng sau: ngày/tháng/năm). Hãy sửa lại ô này.`
      : reason === 'year-only'
        ? `${what} chỉ ghi năm «${text}», chưa đủ để xét hạn. Hãy ghi đủ ngày/tháng/năm.`
        : `Không đọc được ${what.toLowerCase()} «${text}». Hãy ghi theo dạng ngày/tháng/năm, ví dụ 20/02/2023.`,
  /** Report summary (trial 18b #1): rows of a very common name the matcher could not compare with every namesake. */
  duplicatesUncompared: (rows: number, names: readonly string[]) =>
    `Lưu ý về kiểm tra trùng: ${rows.toLocaleString('vi-VN')} dòng chưa được so với mọi dòng cùng tên, vì có quá nhiều người cùng tên ` +
    `(${names.map((x) => `«${x}»`).join(', ')}) mà nhiều dòng thiếu năm sinh, xã hoặc thôn để tách ra so từng nhóm. ` +
    `Các dòng này có thể còn trùng mà chưa được báo; hãy ghi đủ năm sinh và nơi công tác (thôn, xã) rồi kiểm tra lại.`,
  invalidBirthYear: (text: string) =>
    `Không đọc được năm sinh «${text}». Hãy ghi năm sinh bằng 4 chữ số, ví dụ 1975.`,
  numberBirthYear: (text: string, asDate: string) =>
    `Năm sinh «${text}» là một số, không phải năm (4 chữ số). Nếu ô này là ngày sinh thì ô chưa được định dạng kiểu ngày ` +
    `(số này ứng với ngày ${asDate}): hãy định dạng ô là ngày, hoặc ghi năm sinh bằng 4 chữ số, ví dụ 1975.`,
  errorBirthYear: (text: string) =>
    `Ô năm sinh mang giá trị lỗi «${text}» (công thức không tính được), nên không biết năm sinh. Hãy sửa công thức hoặc ghi năm sinh bằng 4 chữ số, ví dụ 1975.`,
  errorName: (text: string) =>
    `Ô tên mang giá trị lỗi «${text}» (công thức không tính được), nên không biết tên tập thể hoặc cá nhân của dòng này. Hãy sửa công thức hoặc ghi tên.`,
  missingName: (kindLabel: string) =>
    `Dòng có nội dung nhưng chưa ghi ${kindLabel}. Mỗi dòng phải là 01 tập thể hoặc 01 cá nhân có tên.`,
  missingKind: (name: string) =>
    `Không xác định được «${name}» là tập thể hay cá nhân. Hãy ghi «Tập thể» hoặc «Cá nhân» ở cột đối tượng.`,
  missingUnitName: () => 'Dòng có nội dung nhưng chưa ghi tên đơn vị.',
  legacyEncoding: (encoding: LegacyEncoding, file: string, cells: readonly { row: number; col: number }[], sample: string) =>
    `${cellsText(file, cells)} viết bằng bảng mã ${ENCODING_NAMES[encoding]} đã được chuyển sang Unicode` +
    (sample ? `: «${sample}»${cells.length > 3 ? '…' : ''}.` : '.'),
  /** Paragraphs of a Word document outside its tables (letterhead, title, date line), decoded from a legacy font. */
  legacyEncodingParagraphs: (encoding: LegacyEncoding, count: number, sample: string) =>
    `${count} đoạn văn ngoài bảng (tiêu đề, dòng ngày tháng…) viết bằng bảng mã ${ENCODING_NAMES[encoding]} đã được chuyển sang Unicode` +
    (sample ? `: «${sample}»${count > 2 ? '…' : ''}.` : '.'),
  invisibleCharacters: (file: string, row: number, col: number) => `${cellsText(file, [{ row, col }])} chứa ký tự ẩn (ký tự điều khiển, khoảng trắng không độ rộng) đã được loại bỏ.`,
  quotaShort: (q: QuotaFacts) =>
    `${q.unit} đăng ký ${q.registered}/${q.required} điển hình tiên tiến hợp lệ ở giai đoạn 1, còn thiếu ${q.required - q.registered} ` +
    `(Hướng dẫn: đơn vị loại «${q.type}» lựa chọn ít nhất ${two(q.required)} điển hình tiên tiến).${notCounted(q)}${receivedNothing(q)}`,
  registrationLate: (f: DeadlineFacts, date: CalendarDate) =>
    `${f.unit} gửi danh sách đăng ký điển hình tiên tiến ${lateness(date, f)}. ${listRule(f)}`,
  registrationMissing: (f: DeadlineFacts, asOf: CalendarDate) =>
    `${f.unit} chưa ghi ngày gửi danh sách đăng ký và chưa có điển hình tiên tiến nào đăng ký, trong khi ${overdue(f, asOf)}. ${listRule(f)}`,
  /** REGISTRATION_MISSING of a unit whose list came without a row and without a date: what arrived, and what lacks. */
  registrationEmptyUndated: (f: DeadlineFacts, asOf: CalendarDate, where: string) =>
    `${f.unit} đã gửi danh sách đăng ký (${where}) nhưng danh sách chỉ có dòng tiêu đề cột, chưa có điển hình tiên tiến nào, ` +
    `và không ghi ngày gửi, trong khi ${overdue(f, asOf)}. ${listRule(f)}`,
  planLate: (f: DeadlineFacts, date: CalendarDate) =>
    `${f.unit} gửi kế hoạch triển khai thực hiện ${lateness(date, f)}. ${planRule(f)}`,
  planLateNoted: (f: DeadlineFacts) =>
    `${f.unit} gửi kế hoạch triển khai thực hiện sau ngày hạn ${formatDate(f.deadline)} (danh sách đơn vị ghi nộp trễ, không ghi ngày). ${planRule(f)}`,
  registrationLateNoted: (f: DeadlineFacts) =>
    `${f.unit} gửi danh sách đăng ký điển hình tiên tiến sau ngày hạn ${formatDate(f.deadline)} (danh sách đơn vị ghi nộp trễ, không ghi ngày). ${listRule(f)}`,
  planLateByDocument: (f: DeadlineFacts, date: CalendarDate, file: string) =>
    `${f.unit} lập kế hoạch triển khai thực hiện ${lateness(date, f)} ` +
    `(ngày lấy từ văn bản kế hoạch ${file}, vì danh sách đơn vị chưa ghi ngày gửi kế hoạch). ${planRule(f)}`,
  /** R7's section of the text report: the lists' yearly commendation columns, reported, never a finding. */
  yearlyCommendedTitle: 'BIỂU DƯƠNG, KHEN THƯỞNG HẰNG NĂM (R7, theo các cột từng năm của danh sách)',
  yearlyCommendedLine: (year: number, exemplars: string, units: string) => `Năm ${year}: ${exemplars} điển hình được ghi nhận biểu dương, khen thưởng (${units}).`,
  yearlyCommendedNoUnit: 'chưa rõ đơn vị',
  planLateInMonth: (f: DeadlineFacts, date: CalendarDate, file: string) =>
    `${f.unit} lập kế hoạch triển khai thực hiện trong tháng ${String(date.m).padStart(2, '0')}/${date.y}, tức là sau ngày hạn ` +
    `${formatDate(f.deadline)} dù là ngày nào (dòng ngày tháng của văn bản kế hoạch ${file} để trống ngày, và danh sách đơn vị ` +
    `chưa ghi ngày gửi kế hoạch). ${planRule(f)}`,
  /** PLAN_MISSING of a plan sent without any date of its own: its date, not the plan, is what is missing. */
  planUndated: (f: DeadlineFacts, file: string, asOf: CalendarDate) =>
    `${f.unit} đã gửi kế hoạch triển khai thực hiện (tệp ${file}) nhưng kế hoạch không ghi ngày ban hành (không có dòng ` +
    `«…, ngày … tháng … năm …» của đơn vị, số kế hoạch cũng không kèm ngày), ` +
    `và danh sách đơn vị chưa ghi ngày gửi kế hoạch, nên không xác định được kế hoạch gửi trước ngày hạn hay không, trong khi ` +
    `${overdue(f, asOf)}. ${planRule(f)}`,
  planMissing: (f: DeadlineFacts, asOf: CalendarDate) =>
    `${f.unit} chưa ghi ngày gửi kế hoạch triển khai thực hiện, trong khi ${overdue(f, asOf)}. ${planRule(f)}`,
  nurturePlanMissing: (unit: string, registered: number) =>
    `${unit} đã đăng ký ${registered} điển hình tiên tiến nhưng chưa có kế hoạch bồi dưỡng, nhân rộng điển hình tiên tiến. ` +
    'Hướng dẫn: trên cơ sở các điển hình tiên tiến đã đăng ký, các đơn vị xây dựng kế hoạch bồi dưỡng, nhân rộng điển hình tiên tiến.',
  nurturePlanIncomplete: (unit: string, where: { file: string; sheet: string; row: number }, missing: string[], all: string[]) =>
    `Kế hoạch bồi dưỡng, nhân rộng điển hình tiên tiến của ${unit} (${where.row ? `trang «${where.sheet}», dòng ${where.row}` : `tệp ${where.file}`}) còn thiếu ` +
    `${missing.length}/${all.length} nội dung: ${quoted(missing)}. Hướng dẫn: trong kế hoạch cần có các nội dung trọng tâm: ${quoted(all)}.`,
  notSingleSubject: (subjects: string[]) =>
    `Một dòng ghi ${subjects.length} đối tượng: ${quoted(subjects)}. Hướng dẫn: «Điển hình tiên tiến là 01 tập thể hoặc 01 cá nhân»; ` +
    'hãy ghi mỗi tập thể, mỗi cá nhân trên một dòng riêng.',
  subjectKindMismatch: (name: string, stated: 'individual' | 'collective', source: 'column' | 'group', household: boolean) =>
    `«${name}» được ${source === 'group' ? 'xếp vào nhóm' : 'ghi là'} ${KIND_WORD[stated]} nhưng tên là của ` +
    `${stated === 'individual' ? (household ? 'một hộ gia đình (tập thể)' : 'một tập thể') : 'một người (cá nhân)'}. ` +
    'Hướng dẫn: điển hình tiên tiến là 01 tập thể hoặc 01 cá nhân; hãy kiểm tra lại đối tượng của dòng này.',
  unknownUnit: (text: string | undefined, source: keyof typeof UNIT_SOURCE | undefined) =>
    text
      ? `Đơn vị đề xuất «${text}»${UNIT_SOURCE[source ?? 'column']} không có trong danh sách đơn vị (đã so khớp không phân biệt chữ hoa, ` +
        'khoảng trắng, cách gõ dấu, «Đảng ủy»/«Đảng bộ», tên huyện ở cuối và mã đơn vị). Điển hình này không được tính vào chỉ tiêu ' +
        'của đơn vị nào; hãy ghi đúng tên hoặc mã đơn vị như trong danh sách đơn vị.'
      : 'Dòng này không ghi đơn vị đề xuất nên không được tính vào chỉ tiêu của đơn vị nào; hãy ghi tên hoặc mã đơn vị như trong danh sách đơn vị.',
  unitErrorValue: (text: string) =>
    `Ô đơn vị đề xuất mang giá trị lỗi «${text}» (công thức không tính được), nên không biết điển hình này do đơn vị nào đề xuất: ` +
    'không được tính vào chỉ tiêu của đơn vị nào. Hãy sửa công thức hoặc ghi tên hoặc mã đơn vị như trong danh sách đơn vị.',
  unknownPlanUnit: (text: string) =>
    `Kế hoạch bồi dưỡng, nhân rộng điển hình tiên tiến ghi đơn vị «${text}», không có trong danh sách đơn vị: kế hoạch này ` +
    'chưa được tính cho đơn vị nào. Hãy ghi đúng tên hoặc mã đơn vị như trong danh sách đơn vị.',
  duplicate: (d: DuplicateMessageParts) => duplicateMessage(d),
  /** One member of a duplicate group, as the "Quyết định trùng lặp" sheet lists it. */
  duplicateMember: (name: string, birthYear: number | undefined, unit: string | undefined, at: { file: string; sheet: string; row: number }) =>
    `${name}${birthYear !== undefined ? ` (${birthYear})` : ''} – ${unit ?? 'đơn vị chưa rõ'} – ${at.file}, trang «${at.sheet}», dòng ${at.row}`,
  /** A decision cell that is neither «Trùng» nor «Không trùng» (trial 22a #6). */
  decisionUnread: (d: { key: string; text: string; row: number; file?: string; sheet?: string }) =>
    `Ô «Quyết định» ở ${decisionPlace(d)} ghi «${d.text}» (nhóm ${d.key}): không đọc được là «Trùng» hay «Không trùng», ` +
    'nên nhóm này vẫn coi là chưa quyết định; hãy ghi «Trùng» (cùng một điển hình) hoặc «Không trùng» (hai điển hình khác nhau).',
  /** A decision that met no group, even by its rows (trial 22a #4). */
  decisionStale: (d: { key: string; decision: 'duplicate' | 'not-duplicate'; row?: number; file?: string; sheet?: string }) =>
    `Quyết định «${d.decision === 'duplicate' ? 'Trùng' : 'Không trùng'}» ở ${decisionPlace(d)} (nhóm ${d.key}) không còn ứng ` +
    'với nhóm trùng lặp nào (tên, năm sinh, đơn vị hoặc dòng của điển hình đã đổi, hoặc dòng đã bị xóa), nên không được áp dụng; ' +
    'hãy xem lại các nhóm trùng lặp và quyết định lại nếu cần.',
  duplicateConfidence: (c: 'certain' | 'probable') => (c === 'certain' ? 'Chắc chắn trùng' : 'Có thể trùng'),
  /** Names too common to compare every pair of (oversized blocks), for a report line. */
  duplicateBlocksSkipped: (count: number, samples: { sample: string; size: number }[]) =>
    `Có ${count} nhóm tên quá phổ biến không được so từng cặp (ví dụ ${samples
      .slice(0, 3)
      .map((s) => `«${s.sample}»: ${s.size} dòng`)
      .join(', ')}); các dòng này vẫn được so khi trùng cả năm sinh hoặc nơi ở.`,
  // ——— Which unit proposed a row; units of unknown type (units area) ———
  /** UNIT_CONFLICT: two sources of one row name different units; the row counts for `counted`. */
  unitConflict: (other: UnitEvidenceText, counted: UnitEvidenceText) =>
    `${EVIDENCE_WORDS[other.source]} «${other.text}» là ${other.unit}, nhưng ${EVIDENCE_WORDS[counted.source].toLowerCase()} ` +
    `«${counted.text}» là ${counted.unit}. Dòng này được tính cho ${counted.unit}; hãy sửa lại cho khớp nếu không đúng.`,
  /** A list whose title and the names its sender gave it (sheet, file, date line) name two units. */
  listUnitConflict: (counted: { unit: string; evidence: readonly ListEvidence[] }, other: { unit: string; evidence: readonly ListEvidence[] }, rows: number) =>
    `Danh sách này ghi hai đơn vị: ${listEvidenceSaid(counted.evidence)} ghi ${counted.unit}, nhưng ${listEvidenceSaid(other.evidence)} ghi ${other.unit} ` +
    `(có thể đơn vị đã dùng lại tệp mẫu của đơn vị khác). ${rows} dòng của danh sách được tính cho ${counted.unit}, không tính cho ${other.unit}; ` +
    'nếu không đúng, hãy sửa tiêu đề, tên trang hoặc tên tệp cho khớp rồi kiểm tra lại.',
  unknownUnitType: (unit: string, declared: string | undefined, types: string[]) =>
    `Không xác định được loại của đơn vị «${unit}»${declared ? ` (cột loại đơn vị ghi «${declared}», không phải loại nào đã biết)` : ' từ tên đơn vị'}, ` +
    `nên chưa xét được chỉ tiêu (ghi «?» trong bảng chỉ tiêu). Hãy ghi loại đơn vị, một trong: ${quoted(types)}.`,
  /** The quota of a unit of unknown type, and its status, in every quota table. */
  quotaUnknown: '?',
  quotaUnknownStatus: 'Chưa rõ loại',

  // Column meanings, one subject per row, what is not data (issue 14, reading).
  phaseUnreadable: (text: string, phase1: string, phase2: string, outside?: number) =>
    `${outside === undefined ? `Không đọc được giai đoạn «${text}».` : `Giai đoạn «${text}» ghi năm ${outside}, ngoài thời gian ${phase1.slice(0, 4)} – ${phase2.slice(-4)} của đợt điển hình tiên tiến này.`} Hãy ghi «1» (giai đoạn ${phase1}) hoặc «2» (giai đoạn ${phase2}, bổ sung); ` +
    'cho đến khi sửa, dòng này không được tính vào chỉ tiêu và không đưa vào danh sách tuyên dương nào.',
  phaseError: (text: string, phase1: string, phase2: string) =>
    `Ô giai đoạn mang giá trị lỗi «${text}» (công thức không tính được). Hãy sửa công thức hoặc ghi «1» (giai đoạn ${phase1}) hoặc «2» ` +
    `(giai đoạn ${phase2}, bổ sung); cho đến khi sửa, dòng này không được tính vào chỉ tiêu và không đưa vào danh sách tuyên dương nào.`,
  phaseUnreadableReason: 'Chưa rõ giai đoạn đăng ký (ô «Giai đoạn» không đọc được): hãy ghi «1» hoặc «2».',
  sheetSkippedInstructions: (sheet: string, why: 'name' | 'title', text: string) =>
    `Trang «${sheet}» không được đọc như danh sách: ${why === 'name' ? 'tên trang' : 'tiêu đề'} «${text}» cho thấy đây là ` +
    'trang hướng dẫn hoặc ví dụ. Nếu trang này thật sự là danh sách, hãy đổi tên trang hoặc tiêu đề.',
  otherDistrictList: (file: string, sheet: string, other: string, own: string) =>
    `Danh sách «${sheet}» (tệp ${file}) là của ${other}, không phải của ${own}: không đọc, không tính vào chỉ tiêu. ` +
    'Nếu gửi nhầm, hãy bỏ tệp này; nếu đúng là của địa phương mình, hãy sửa tiêu đề hoặc «Tên huyện» trong trang Cấu hình.',
  sheetSkippedHidden: (sheet: string) =>
    `Trang «${sheet}» đang bị ẩn trong tệp: danh sách của đơn vị là trang đang hiện nên trang ẩn (bản nháp, bản cũ) không được đọc. ` +
    'Nếu trang này cũng là danh sách thật, hãy bỏ ẩn trang rồi kiểm tra lại.',
  /** trial17b #12: the per-unit view's «Đã gửi, chưa rõ ngày», said in the text report. */
  undatedListsTitle:
    'ĐÃ GỬI, CHƯA RÕ NGÀY (danh sách của các đơn vị dưới đây đã nhận được nhưng không có ngày gửi nào xét được, nên chưa biết ' +
    'danh sách có gửi đúng hạn hay không — R4; hãy ghi ngày gửi vào danh sách đơn vị)',
  undatedListLine: (unit: string, code: string | undefined, why: keyof typeof UNDATED_WHY) =>
    `${unit}${code ? ` (${code})` : ''}: Đã gửi, chưa rõ ngày — ${UNDATED_WHY[why]}.`,
  undatedListsMore: (more: number) => `… và ${more} đơn vị khác đã gửi, chưa rõ ngày (xem đầy đủ với --json).`,
  hiddenRowsTitle:
    'DÒNG ĐANG BỊ ẨN TRONG DANH SÁCH CỦA ĐƠN VỊ (không tính vào chỉ tiêu, không đưa vào danh sách tuyên dương; nếu đơn vị vẫn đề nghị, hãy bỏ ẩn dòng rồi kiểm tra lại)',
  hiddenRowLine: (unit: string, name: string, file: string, sheet: string, row: number) =>
    `${unit || 'Chưa rõ đơn vị'}: «${name || '(không tên)'}» — ${file}, ${isWordFile(file) ? `${sheet.toLocaleLowerCase('vi')} (chữ định dạng ẩn)` : `trang «${sheet}»`}, dòng ${row}.`,
  hiddenRowsMore: (more: number) => `… và ${more} dòng ẩn khác (xem trang «Không đưa vào danh sách» của danh sách tuyên dương).`,
  sheetSkippedHiddenList: (sheet: string) =>
    `Trang «${sheet}» đang bị ẩn trong tệp nên không được đọc: người xem tệp không thấy các dòng của trang này, nên chúng không được ` +
    'tính vào chỉ tiêu hay đưa vào danh sách. Nếu trang này là danh sách thật (ví dụ danh sách của một đơn vị), hãy bỏ ẩn trang rồi kiểm tra lại.',
  sheetSkippedTemplate: (sheet: string) =>
    `Trang «${sheet}» là trang mẫu: bảng cùng loại của tệp này đã có ở trang khác nên trang mẫu không được đọc. ` +
    'Nếu trang này cũng là danh sách thật, hãy đổi tên trang (ví dụ «Đăng ký 2»).',
  plansSheetWithoutContents: (sheet: string, contents: string[]) =>
    `Trang «${sheet}» ghi kế hoạch bồi dưỡng, nhân rộng điển hình tiên tiến của các đơn vị nhưng không có dòng tiêu đề ` +
    `với cột «Đơn vị» và các cột nội dung kế hoạch (${quoted(contents)}) nên chưa kiểm tra được kế hoạch bồi dưỡng. ` +
    'Hãy thêm một cột cho mỗi nội dung và đánh «x» nội dung kế hoạch có, hoặc kiểm tra kèm văn bản kế hoạch của đơn vị.',
  sheetSkippedUnitProfile: (sheet: string) =>
    `Trang «${sheet}» của tệp đơn vị gửi về không được dùng: chỉ tiêu, thời hạn và các quy định khác lấy theo cấu hình của ` +
    'huyện (trang Cấu hình trong tệp có danh sách đơn vị, hoặc tệp cấu hình), không theo bản đơn vị gửi kèm.',
  sheetSkippedNoTable: (sheet: string) =>
    `Trang «${sheet}» không có bảng nào nhận ra được (danh sách đơn vị, danh sách đăng ký hoặc kế hoạch bồi dưỡng) nên không được đọc.`,

  // Inputs (Word lists, date lines, unreadable files).
  /**
   * trial22b #2: REGISTRATION_LATE of a unit whose list, first sent in time, was replaced by a correction made after
   * the deadline: the correction is taken (the unit's own), and it is the list that counts, made late.
   */
  registrationLateByCorrection: (f: DeadlineFacts, correction: OtherList, first: { date: CalendarDate; where: 'units' | { file: string; sheet: string } }) =>
    `${f.unit} gửi danh sách thay thế (tệp ${dateLineWhere(correction)}), lập ${lateness(correction.date, f)}. ` +
    `Danh sách gửi lần đầu ngày ${formatDate(first.date)} (${first.where === 'units' ? 'theo danh sách đơn vị' : `dòng ngày tháng của tệp ${dateLineWhere(first.where)}`}) là đúng hạn, ` +
    `nhưng danh sách được tính là danh sách thay thế, nên danh sách đăng ký của đơn vị được tính là trễ hạn. ${listRule(f)}`,
  /** REGISTRATION_LATE judged by the date line of the unit's own file, where the units list has no date. */
  registrationLateByDateLine: (f: DeadlineFacts, date: CalendarDate, where: { file: string; sheet: string }, besides = '') =>
    `${f.unit} lập danh sách đăng ký điển hình tiên tiến ${lateness(date, f)} ` +
    `(ngày lấy từ dòng ngày tháng của tệp ${dateLineWhere(where)}, vì danh sách đơn vị chưa ghi ngày gửi danh sách). ${besides}${listRule(f)}`,
  // trial16b #9: a unit's date line that dates nothing, where the units list gives no date either (R4 unjudged).
  dateLineImpossible: (f: DeadlineFacts, text: string, unjudged: boolean) =>
    `Dòng ngày tháng «${text}» ghi một ngày không có thật, nên không biết ${f.unit} lập danh sách ngày nào` +
    `${unjudged ? `: chưa xét được danh sách có gửi trước ngày ${formatDate(f.deadline)} hay không (danh sách đơn vị cũng chưa ghi ngày gửi)` : ''}. ` +
    'Hãy sửa lại ngày tháng cho đúng (ngày/tháng/năm, ví dụ 20/02/2023).',
  dateLineNoDay: (f: DeadlineFacts, text: string, blank: 'no-day' | 'no-day-month' | 'month-only') =>
    `Dòng ngày tháng «${text}» ${blank === 'month-only' ? 'chỉ ghi tháng, không ghi ngày' : blank === 'no-day-month' ? 'để trống ngày và tháng' : 'để trống ngày'}, nên không biết ${f.unit} lập danh sách ngày nào: chưa xét được danh sách có gửi ` +
    `trước ngày ${formatDate(f.deadline)} hay không (danh sách đơn vị cũng chưa ghi ngày gửi). Hãy ghi đủ ngày/tháng/năm gửi danh sách, ví dụ 20/02/2023.`,
  /** trial17b #11 (INVALID_DATE): a list date after the as-of date, from the units list, a date line or the rows. */
  listDateAhead: (f: DeadlineFacts, date: CalendarDate, asOf: CalendarDate, where: 'units' | { file: string; sheet: string; from?: 'rows'; dayBlank?: true }) =>
    `Ngày gửi danh sách đăng ký điển hình tiên tiến của ${f.unit} ghi là ` +
    `${where !== 'units' && where.dayBlank ? `tháng ${String(date.m).padStart(2, '0')}/${date.y}` : formatDate(date)} ` +
    `(${where === 'units' ? 'trong danh sách đơn vị' : where.from === 'rows' ? `ngày đăng ký muộn nhất ở các dòng của tệp ${where.file}, «${where.sheet}»` : `dòng ngày tháng của tệp ${dateLineWhere(where)}`}), ` +
    `sau ngày kiểm tra ${formatDate(asOf)}: danh sách không thể gửi vào một ngày chưa đến, nên chưa xét hạn theo ngày này ` +
    `(có thể gõ nhầm năm hoặc tháng). Hãy sửa lại cho đúng ngày gửi, ví dụ 20/02/2023.`,
  /** trial22b #4 (INVALID_DATE): a plan date after the as-of date («14/01/2024», «18/01/2202»): no day it was sent. */
  planDateAhead: (f: DeadlineFacts, date: CalendarDate, asOf: CalendarDate, where: string) =>
    `Ngày gửi kế hoạch triển khai thực hiện của ${f.unit} ghi là ${formatDate(date)} (${where}), sau ngày kiểm tra ${formatDate(asOf)}: ` +
    'kế hoạch không thể gửi vào một ngày chưa đến, nên chưa xét hạn theo ngày này (có thể gõ nhầm năm hoặc tháng). ' +
    `Hãy sửa lại cho đúng ngày gửi, ví dụ ${formatDate({ ...f.deadline, d: Math.max(1, f.deadline.d - 5) })}.`,
  /**
   * Trial 19 #3: a date before the period began («27/02/2003» for 27/02/2023; «27.02» typed in a number cell, which
   * Excel keeps as 27/01/1900) is no day a list or a plan of this movement was sent: said, never judged on time.
   */
  dateBeforePeriod: (f: DeadlineFacts, what: 'list' | 'plan', date: CalendarDate, where: string, period: { from: number; to: number }) =>
    `Ngày gửi ${what === 'list' ? 'danh sách đăng ký điển hình tiên tiến' : 'kế hoạch triển khai thực hiện'} của ${f.unit} ghi là ${formatDate(date)} ` +
    `(${where}), trước khi giai đoạn ${period.from} – ${period.to} bắt đầu: đó không thể là ngày gửi, nên chưa xét hạn theo ngày này ` +
    `(có thể gõ nhầm năm, hoặc ô ghi một con số như «27.02» mà Excel hiểu thành ngày năm 1900). ` +
    `Hãy sửa lại cho đúng ngày gửi, ghi đủ ngày, tháng, năm, ví dụ ${formatDate({ ...f.deadline, d: Math.max(1, f.deadline.d - 5) })}.`,
  dateInUnitsList: 'trong danh sách đơn vị',
  dateInDocument: (file: string) => `ngày lấy từ văn bản kế hoạch ${file}`,
  dateInLine: (where: { file: string; sheet: string; from?: 'rows' }) =>
    where.from === 'rows' ? `ngày đăng ký muộn nhất ở các dòng của tệp ${where.file}, «${where.sheet}»` : `dòng ngày tháng của tệp ${dateLineWhere(where)}`,
  /** trial17b #8: the list's other dates, on time, named after the late date R4 was judged on. */
  otherListDates: (of: DateLineOf, others: OtherDate[]) =>
    `Danh sách còn ghi ${datesWritten(others)}, trước ngày hạn; hạn được xét theo ${dateChosen(of)}. `,
  /** trial17b #8 (INVALID_DATE): the date R4 was judged on is on time, another the list writes is not. */
  listDatesDisagree: (f: DeadlineFacts, date: CalendarDate, of: DateLineOf, others: OtherDate[]) =>
    `Danh sách đăng ký của ${f.unit} ghi các ngày khác nhau: ngày ${formatDate(date)} — trước ngày hạn ${formatDate(f.deadline)}, ` +
    `là ${dateChosen(of)} nên danh sách được tính là đúng hạn — và ${datesWritten(others)}, đã là trễ hạn. ` +
    `Hãy kiểm tra lại ngày nào là ngày gửi danh sách${of.by === 'sent' ? ' (danh sách không thể ký sau ngày gửi)' : ''}. ${listRule(f)}`,
  /**
   * trial19 #4: the unit's other lists (other files or sheets) sent before the deadline, named after the late date R4
   * was judged on, that of its last list: the exemplars that list adds were registered only then.
   */
  otherListsDates: (others: OtherList[]) =>
    `${unitListsWritten(others)}, trước ngày hạn; hạn được xét theo danh sách lập sau cùng, vì các điển hình của danh sách đó chỉ được đăng ký vào ngày này. `,
  /**
   * trial19 #4 (INVALID_DATE): the units list's date, on time, is judged (the units list wins), but the unit's own
   * list is dated after the deadline: a list cannot come before it was made, so one of the two dates is wrong.
   */
  listDateBesideLateLines: (f: DeadlineFacts, date: CalendarDate, lines: OtherList[]) =>
    `Ngày gửi danh sách đăng ký của ${f.unit} ghi khác nhau: danh sách đơn vị ghi ngày ${formatDate(date)} — trước ngày hạn ` +
    `${formatDate(f.deadline)}, nên danh sách được tính là đúng hạn — nhưng ${lines.map((l) => `dòng ngày tháng của tệp ${dateLineWhere(l)} ghi ${lineDate(l)}`).join(', ')}, ` +
    `đã là trễ hạn (danh sách không thể gửi trước ngày lập). Hãy kiểm tra lại ngày nào là ngày gửi danh sách. ${listRule(f)}`,
  registrationLateInMonth: (f: DeadlineFacts, date: CalendarDate, where: { file: string; sheet: string }, besides = '') =>
    `${f.unit} lập danh sách đăng ký điển hình tiên tiến trong tháng ${String(date.m).padStart(2, '0')}/${date.y}, tức là sau ngày hạn ` +
    `${formatDate(f.deadline)} dù là ngày nào (dòng ngày tháng của tệp ${dateLineWhere(where)} để trống ngày, và danh sách đơn vị ` +
    `chưa ghi ngày gửi danh sách). ${besides}${listRule(f)}`,
  registrationLateByRowDates: (f: DeadlineFacts, date: CalendarDate, where: { file: string; sheet: string }, besides = '') =>
    `${f.unit} lập danh sách đăng ký điển hình tiên tiến ${lateness(date, f)} ` +
    `(ngày đăng ký muộn nhất ghi ở các dòng của tệp ${where.file}, «${where.sheet}», vì danh sách đơn vị chưa ghi ngày gửi danh sách ` +
    `và danh sách không có dòng ngày tháng). ${besides}${listRule(f)}`,
  /** FILE_UNREADABLE: a workbook or document among several in which no table was recognised. */
  /** A plan a unit sent as a document, read for its text (the text report's head): every file given is named. */
  documentRead: (file: string, kind: 'nurturePlan' | 'plan', unit: string, contents: { found: number; of: number } | undefined) =>
    `Đã đọc ${file}: ${kind === 'nurturePlan' ? 'kế hoạch bồi dưỡng, nhân rộng điển hình tiên tiến' : 'kế hoạch triển khai thực hiện'} của ${unit}` +
    `${contents ? ` (có ${contents.found}/${contents.of} nội dung)` : ''}.`,
  documentsMore: (n: number) => `… và ${n} văn bản kế hoạch khác đã đọc (xem đầy đủ với --json).`,
  /** A unit's nurturing plan with its list attached, whose sender no line names: its list is read, the plan is not. */
  nurturePlanUnitUnknown: (file: string) =>
    `Tệp ${file} có kế hoạch bồi dưỡng, nhân rộng điển hình tiên tiến kèm danh sách: danh sách được đọc, nhưng kế hoạch chưa được ` +
    'tính cho đơn vị nào vì tiêu đề văn bản không ghi được tên đơn vị có trong danh sách đơn vị.',
  /** SHEET_SKIPPED of a list with its header and no row: what arrived, so that its unit is not told nothing did. */
  emptyList: (where: string, unit: string | undefined, dated: { date: CalendarDate } | { y: number; m: number } | undefined) =>
    `Danh sách đăng ký${unit ? ` của ${unit}` : ''} (${where}` +
    `${dated ? ('date' in dated ? `, ghi ngày ${formatDate(dated.date)}` : `, ghi tháng ${String(dated.m).padStart(2, '0')}/${dated.y}`) : ''}) ` +
    'chỉ có dòng tiêu đề cột, không có dòng điển hình nào: không có gì để tính vào chỉ tiêu. Nếu đơn vị có đăng ký, hãy đề nghị ' +
    'đơn vị gửi lại danh sách đủ các dòng.',
  noTableInFile: (file: string) =>
    `Tệp ${file} không có bảng nào nhận ra được (danh sách đơn vị, danh sách đăng ký hoặc kế hoạch bồi dưỡng): ` +
    'hãy kiểm tra dòng tiêu đề cột (ví dụ «Họ và tên / Tên tập thể», «Tên đơn vị»).',
  /** A list typed as numbered paragraphs, read as a table: the name it is read under, and its columns. */
  paragraphListName: 'Danh sách (các đoạn văn)',
  paragraphListHeader: ['STT', 'Họ và tên / Tên tập thể', 'Chức vụ, đơn vị công tác', 'Tóm tắt thành tích'],
  paragraphListProposal: 'Hình thức đề nghị',
  voteTable: 'biên bản: kết quả bỏ phiếu',
  tableUnderDocument: (sheet: string, title: string) =>
    `«${sheet}» là bảng của văn bản «${title}», không phải danh sách đăng ký điển hình tiên tiến: không đọc.`,
  commendedList: (sheet: string, title: string) =>
    `«${sheet}» là danh sách những tập thể, cá nhân đã được biểu dương, khen thưởng («${title}»), không phải danh sách ` +
    'đăng ký hay đề nghị: không đọc, không tính vào chỉ tiêu. Nếu đây đúng là danh sách đăng ký, hãy sửa tiêu đề cho rõ.',
  reportOnLists: (sheet: string) =>
    `«${sheet}» ghi tệp, trang, dòng của các danh sách khác (như trang «Không đưa vào danh sách» mà Điển hình lập), ` +
    'không phải danh sách đăng ký: không đọc.',
  countsSummary: (sheet: string) =>
    `«${sheet}» là bảng tổng hợp số điển hình của từng đơn vị, không phải danh sách đơn vị (sổ đã có danh sách đơn vị): không đọc.`,
  /** trial21b #1: a district's summary whose every row its workbook's per-unit sheets hold (summary-sheets.ts). */
  summaryOfSheets: (sheet: string, rows: number, sheets: string[]) =>
    `«${sheet}» là bảng tổng hợp các trang của từng đơn vị trong cùng tệp: cả ${rows} dòng đều đã có ở ` +
    `${sheets.length > 6 ? `${quoted(sheets.slice(0, 6))} và ${sheets.length - 6} trang khác` : quoted(sheets)}, ` +
    'đúng đơn vị đề xuất, nên không đọc lại (mỗi điển hình chỉ tính một lần, theo trang của đơn vị).',
  quotaResult: (sheet: string) =>
    `«${sheet}» là bảng kết quả chỉ tiêu của một tệp đã tổng hợp (như trang «Chỉ tiêu đăng ký» mà Điển hình lập), ` +
    'không phải danh sách đơn vị: không đọc.',
  documentNotList: (file: string, title: string, plan: boolean) =>
    `Tệp ${file} là văn bản «${title}», không phải danh sách đăng ký điển hình tiên tiến: không đọc` +
    (plan ? ' (chưa xác định được đơn vị gửi kế hoạch này từ tiêu đề văn bản).' : '.'),
  /** A Word document without a list read, showing a picture as wide as a list's: the list is a scan or a photo. */
  listIsPicture: (file: string) =>
    `Tệp ${file} có danh sách dạng ảnh (ảnh chụp hoặc ảnh quét), không phải chữ gõ: chữ trong ảnh không đọc được. ` +
    'Đề nghị đơn vị gửi bản gõ của danh sách (tệp Word hoặc Excel lập thành bảng theo mẫu, có các cột «Họ và tên / Tên tập thể», ' +
    '«Năm sinh», «Chức vụ, đơn vị công tác»).',
  noTableInDocument: (file: string) =>
    `Tệp ${file} là văn bản không có bảng (danh sách gõ thành các đoạn văn): đề nghị đơn vị lập danh sách thành bảng ` +
    'theo mẫu, có các cột «Họ và tên / Tên tập thể», «Năm sinh», «Chức vụ, đơn vị công tác», rồi gửi lại.',

  // Engine (analysis stage, reading steps): sentences once written inline in the code.
  /** Where a profile value came from, for profile errors: a "Cấu hình" sheet of a workbook. */
  profileSheetSource: (file: string, sheet: string) => `Tệp ${file}, trang «${sheet}»`,
  /** The files hold no registrations table at all: nothing to check. */
  noRegistrationsTable: () =>
    'Không tìm thấy danh sách đăng ký điển hình nào trong các tệp đã chọn: cần một bảng có cột «Họ và tên / Tên tập thể». ' +
    'Hãy chọn đúng tệp đăng ký hoặc dùng mẫu trong thư mục assets.',
  /** The date the checks are judged at cannot be read. */
  invalidAsOf: (text: string) => `Ngày xét «${text}» không hợp lệ.`,
  /** Any failure that is not the user's input: says nothing of cell contents. */
  unexpectedCheckError: () =>
    'Đã xảy ra lỗi ngoài dự kiến khi kiểm tra; sổ làm việc không bị thay đổi. Hãy thử lại hoặc gửi tệp mẫu cho nhóm phát triển.',
  /** Where a profile given in the task pane came from, for profile errors. */
  taskPaneProfileSource: () => 'Cấu hình trong khung tác vụ',
  /** Profile errors: the source, then the key and what is wrong with it. */
  profileInvalid: (source: string) => `${source}: cấu hình không hợp lệ.`,
  /** `key` as profileKeyLabel words it (already quoted where it is a raw key); none for the whole profile. */
  profileKeyInvalid: (source: string, key: string | undefined, problem: string) =>
    `${source}: ${key === undefined ? 'cấu hình' : key.startsWith('«') ? `khóa ${key}` : `«${key}»`} ${problem}.`,
  profileSheetRow: (source: string, row: number) => `${source}, dòng ${row}`,
  /** trial16a #11: a key written twice in the «Cấu hình» sheet with two values: the later row is the one used. */
  profileKeyRepeated: (source: string, label: string, rows: { row: number; value: string }[]) =>
    `${source}: khóa «${label}» được ghi ${rows.length} lần với giá trị khác nhau (${rows.map((r) => `dòng ${r.row}: «${r.value}»`).join('; ')}); ` +
    `chương trình dùng giá trị ghi sau cùng «${rows[rows.length - 1]?.value ?? ''}» (dòng ${rows[rows.length - 1]?.row ?? ''}). Hãy xóa dòng thừa để khỏi nhầm.`,
  /** trial 19 #5: a value one source set, replaced by a later one (--config over a sheet; the district's sheet last). */
  profileValueReplaced: (label: string, was: string, wasFrom: string, now: string, nowFrom: string) =>
    `${nowFrom}: khóa ${label.startsWith('«') ? label : `«${label}»`} ghi «${now}», thay cho «${was}» ghi ở ${wasFrom}; chương trình dùng «${now}». ` +
    'Nếu không đúng ý, hãy sửa một trong hai nơi cho khớp.',
  profileNotObject: (source: string) => `${source}: cấu hình phải là một nhóm khóa JSON ({ … }).`,
  profileNotJson: (source: string, line: number | undefined) =>
    `${source}: không phải JSON hợp lệ${line === undefined ? '' : `, lỗi ở dòng ${line}`}. Hãy sửa tệp cấu hình rồi chạy lại.`,
  profileNeedsType: (type: string) =>
    `cần ${{ string: 'một đoạn chữ', number: 'một số', int: 'một số nguyên', boolean: 'true hoặc false', array: 'một danh sách', object: 'một nhóm khóa', record: 'một nhóm khóa' }[type] ?? 'một giá trị khác'}`,
  profileUnknownKeys: (keys: string[]) => `có khóa không được biết: ${keys.map((k) => `«${k}»`).join(', ')} (kiểm tra chính tả)`,
  profileTooFewItems: (min: string) => `cần ít nhất ${min} mục`,
  profileEmptyText: 'không được để trống',
  profileTooSmall: (min: string) => `không được nhỏ hơn ${min}`,
  profileTooBig: (max: string) => `không được lớn hơn ${max}`,
  profileValueRefused: 'giá trị không được chấp nhận',
  profileOutsidePeriod: (what: string, from: number, to: number) =>
    `là ${what}, nằm ngoài giai đoạn ${from} – ${to}: khi đổi giai đoạn, hãy đổi cả các hạn gửi và ngày, giai đoạn của các lễ tuyên dương cho khớp`,
  profileAnniversary: (given: number, year: number, right: number) =>
    `là ${given}, nhưng lễ năm ${year} là kỷ niệm ${right} năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/${year}): hãy ghi ${right}`,
  profileNoCeremony: (id: string) => `không có lễ tuyên dương «${id}» trong cấu hình`,
  profileNoUnitType: (name: string) => `không có loại đơn vị «${name}»`,

  // Where tables begin and end (fixtables): a Word table of numbered rows without a header, and why it does not go on
  // from the table before it (so is not read).
  wordTableWithoutHeader: (table: string, not: NotGoingOn) =>
    `«${table}» có các dòng đánh số nhưng không có dòng tiêu đề cột, và ${notGoingOnText(table, not)}, nên không được đọc. ` +
    'Hãy chép dòng tiêu đề cột của danh sách lên đầu bảng này.',
  /** A Word table with a header of its own that names no exemplar («STT | Đối tượng | Số lượng»: a summary of counts). */
  wordTableNotList: (table: string, header: string) =>
    `«${table}» có dòng tiêu đề cột «${header}» nhưng không có cột tên tập thể hoặc họ và tên, nên không phải danh sách ` +
    'điển hình (như bảng tổng hợp số lượng) và không được đọc. Nếu đây là danh sách, hãy ghi tiêu đề cột theo mẫu («STT», «Họ và tên»…).',

  // Cells of a registration row (fixa): a birth year that has not come yet.
  childBirthYear: (year: number, last: number) =>
    `Năm sinh «${year}»: đến năm ${last} người này mới ${last - year} tuổi, có lẽ gõ nhầm hoặc đây không phải năm sinh. Hãy ghi năm sinh đúng bằng 4 chữ số.`,
  oldBirthYear: (year: number, last: number) =>
    `Năm sinh «${year}»: đến năm ${last} người này đã ${last - year} tuổi, có lẽ gõ nhầm (ví dụ 1907 thay cho 1970). Hãy ghi năm sinh đúng bằng 4 chữ số.`,
  futureBirthYear: (year: number, last: number) =>
    `Năm sinh «${year}» là năm chưa tới (sau năm ${last}), có lẽ gõ nhầm (ví dụ 2068 thay cho 1968). Hãy ghi năm sinh đúng bằng 4 chữ số.`,
  // The units list (fixc, trial5): its own quota column, a type cell the name contradicts, a code on two units.
  quotaShortByList: (q: QuotaFacts, list: number, guideline: number | undefined) =>
    `${q.unit} đăng ký ${q.registered}/${q.required} điển hình tiên tiến hợp lệ ở giai đoạn 1, còn thiếu ${q.required - q.registered} (` +
    (guideline === undefined
      ? `chỉ tiêu ${two(list)} ghi trong danh sách đơn vị`
      : list >= guideline
        ? `chỉ tiêu ${two(list)} ghi trong danh sách đơn vị; Hướng dẫn: đơn vị loại «${q.type}» lựa chọn ít nhất ${two(guideline)}`
        : `danh sách đơn vị ghi chỉ tiêu ${two(list)}, thấp hơn mức Hướng dẫn quy định cho đơn vị loại «${q.type}» là ít nhất ` +
          `${two(guideline)} điển hình tiên tiến, nên áp dụng ${two(guideline)}`) +
    `).${notCounted(q)}${receivedNothing(q)}`,
  unknownUnitTypeListQuota: (unit: string, declared: string | undefined, list: number, types: string[]) =>
    `Không xác định được loại của đơn vị «${unit}»${declared ? ` (cột loại đơn vị ghi «${declared}», không phải loại nào đã biết)` : ' từ tên đơn vị'}, ` +
    `nên chưa rõ khối; chỉ tiêu tính theo danh sách đơn vị (${two(list)}). Hãy ghi loại đơn vị, một trong: ${quoted(types)}.`,
  unitTypeCellApplied: (unit: string, type: string, bloc: string, quota: number | undefined, byName: { name: string; bloc: string }) =>
    `Cột loại đơn vị ghi «${type}» (khối ${bloc}), còn tên «${unit}» giống tên đơn vị loại «${byName.name}» (khối ${byName.bloc}). ` +
    `Đã tính theo cột loại đơn vị${quota === undefined ? '' : `, chỉ tiêu ít nhất ${two(quota)}`}. Hãy kiểm tra lại: nếu cột loại đơn vị ` +
    `ghi nhầm, hãy sửa lại cột này; nếu đúng (ví dụ tổ chức đảng của cơ quan), không cần sửa.`,
  unitTypeNameApplied: (
    unit: string,
    type: string,
    bloc: string,
    quota: number | undefined,
    cell: { name: string; bloc: string; why: 'place name' | 'place cell' | 'specific'; written?: string },
  ) =>
    `Cột loại đơn vị ghi «${cell.written ?? cell.name}» (${cell.written ? `loại «${cell.name}», ` : ''}khối ${cell.bloc}), còn tên «${unit}» là tên đơn vị loại «${type}» (khối ${bloc}). ` +
    `Đã tính theo tên đơn vị: loại «${type}»${quota === undefined ? '' : `, chỉ tiêu ít nhất ${two(quota)}`}` +
    (cell.why === 'place name'
      ? `, vì Hướng dẫn quy định riêng chỉ tiêu cho loại đơn vị «${type}». `
      : cell.why === 'place cell'
        ? `: chỉ tiêu riêng của loại «${cell.name}» chỉ dành cho đơn vị mà tên cho thấy là ${cell.name.toLowerCase()}. `
        : '. ') +
    'Nếu cột loại đơn vị ghi nhầm, hãy sửa lại cột này cho khớp với tên; nếu tên ghi nhầm, hãy sửa tên.',
  unitCodeRepeated: (code: string, firstName: string, firstRow: number, name: string) =>
    `Mã đơn vị «${code}» đã dùng cho ${firstName} (dòng ${firstRow}), nhưng dòng này ghi ${name}. Hai dòng được tính là hai ` +
    `đơn vị; dòng đăng ký chỉ ghi mã «${code}» được tính cho ${firstName}. Hãy sửa lại mã cho đúng.`,
  /** UNIT_CONFLICT on a units list's row: one body entered twice, under two codes; `firstFile` when in another list. */
  unitNamedTwice: (name: string, code: string, firstName: string, firstCode: string, firstRow: number, firstFile?: string) => {
    const first = firstFile ? `dòng ${firstRow} của danh sách đơn vị trong tệp ${firstFile}` : `dòng ${firstRow}`;
    return (
      `Danh sách đơn vị ghi ${name === firstName ? `${name} hai lần, với hai mã: «${firstCode}» ở ${first} và «${code}» ở dòng này` : `${name} (mã «${code}») ở dòng này và ${firstName} (mã «${firstCode}») ở ${first}, hai tên của cùng một đơn vị`}. ` +
      `Đã tính là một đơn vị, một chỉ tiêu, theo ${first}; dòng đăng ký ghi tên hoặc một trong hai mã đều được tính cho đơn vị này. ` +
      `Hãy xóa dòng thừa; nếu đây là hai đơn vị khác nhau, hãy sửa tên cho khác nhau.`
    );
  },
  // fix12-lists: a unit's list it replaced, or sent twice, is set aside and no longer checked.
  listReplacedSetAside: (file: string, sheet: string, rows: number, unit: string, by: string) =>
    `${rows} dòng của danh sách trong tệp ${file} («${sheet}») không được kiểm tra nữa: ${unit} đã gửi danh sách thay thế (${by}), ` +
    'danh sách cũ không còn được tính vào chỉ tiêu, không xét trùng lặp và không đưa vào danh sách tuyên dương.',
  listReplacedByLaterSetAside: (file: string, sheet: string, rows: number, unit: string, by: string, own: CalendarDate, later: CalendarDate) =>
    `${rows} dòng của danh sách trong tệp ${file} («${sheet}», ghi ngày ${formatDate(own)}) không được kiểm tra nữa: ${unit} đã gửi lại ` +
    `danh sách trong tệp ${by}, ghi ngày ${formatDate(later)}; danh sách gửi sau được tính thay danh sách này, danh sách cũ không còn được ` +
    'tính vào chỉ tiêu, không xét trùng lặp và không đưa vào danh sách tuyên dương. Nếu cả hai danh sách đều cần tính, hãy gộp chúng thành một danh sách.',
  listCopySetAside: (file: string, sheet: string, rows: number, unit: string, of: string) =>
    `${rows} dòng của danh sách trong tệp ${file} («${sheet}») là bản thứ hai của danh sách ${unit} đã gửi trong tệp ${of}: ` +
    'chỉ kiểm tra và tính một lần, theo tệp đó.',
  rowsRepeatedSetAside: (file: string, sheet: string, rows: number, unit: string, of: string) =>
    `${rows} dòng của danh sách trong tệp ${file} («${sheet}») nhắc lại các điển hình ${unit} đã đăng ký trong tệp ${of}: ` +
    'chỉ kiểm tra và tính một lần, theo tệp đó; các dòng còn lại của danh sách là đăng ký bổ sung.',
};

/** Where a unit named on a row came from, for UNIT_CONFLICT. */
export interface UnitEvidenceText {
  source: 'code' | 'column' | 'group' | 'title' | 'sheet';
  /** As written. */
  text: string;
  /** The unit of the list it names. */
  unit: string;
}

/** A name a list gives itself as a whole: its title block, its sheet's or file's name, its date line. */
export interface ListEvidence {
  source: 'title' | 'sheet' | 'file' | 'dateLine';
  /** As written. */
  text: string;
}

const LIST_EVIDENCE_WORDS: Record<ListEvidence['source'], string> = {
  title: 'tiêu đề trang',
  sheet: 'tên trang',
  file: 'tên tệp',
  dateLine: 'dòng ngày tháng',
};

/** «tên tệp «…», tên trang «…» và dòng ngày tháng «…»». */
const listEvidenceSaid = (evidence: readonly ListEvidence[]): string => {
  // A letterhead's closing star («ĐẢNG ỦY XÃ TÂN LẬP» over «*») is no part of the name.
  const said = evidence.map((e) => `${LIST_EVIDENCE_WORDS[e.source]} «${e.text.replace(/\s*\*+$/, '')}»`);
  return said.length > 1 ? `${said.slice(0, -1).join(', ')} và ${said[said.length - 1]}` : (said[0] ?? '');
};

const EVIDENCE_WORDS: Record<UnitEvidenceText['source'], string> = {
  code: 'Mã đơn vị',
  column: 'Tên đơn vị đề xuất',
  group: 'Dòng nhóm',
  title: 'Tiêu đề trang',
  sheet: 'Tên trang',
};

export const FIELD_LABELS = {
  planDate: 'Ngày nộp kế hoạch',
  listDate: 'Ngày nộp danh sách',
  date: 'Ngày đăng ký',
  planIssued: 'Ngày ban hành kế hoạch',
} as const;

/** What a DUPLICATE message says, gathered by duplicates/message-parts.ts. */
export interface DuplicateMessageParts {
  confidence: 'certain' | 'probable';
  kind: 'individual' | 'collective';
  /** The level each field reached (duplicates/comparison-levels.ts). */
  levels: Record<string, string>;
  names: string[];
  birthYears: number[];
  /** Members whose row gives no birth year. */
  missingYears: number;
  place?: string;
  places: string[];
  proposers: { unit?: string; bloc?: string; count: number }[];
  crossBloc: boolean;
  rows: { file: string; sheet: string; row: number }[];
  /**
   * One unit's rows in two of its lists (trial 22b #6, #9): a phase-1 exemplar repeated in its «bổ sung» list
   * (`phase2`, with the phase-1 list), or two lists of one phase both counted (`twoLists`, each list in date order).
   */
  lists?: { kind: 'phase2' | 'twoLists'; sent: { file: string; date?: CalendarDate }[] };
  /** Pairs of its rows decided «Không trùng» (trial 22a #5). */
  apart?: [{ name: string; row: number }, { name: string; row: number }][];
  /** Rows a «Trùng» on the group did not merge: decided «Không trùng» with a row merged. */
  refused?: { name: string; row: number }[];
  /** The user marked the group «Trùng» in this decision sheet: said, so that it is not taken for the matcher's own. */
  decidedIn?: string;
  /** Rows alike enough to merge, not merged: one of them is as alike to another row that differs from these. */
  heldBack?: boolean;
}

const PERSON_NAME_REASON: Record<string, string> = {
  exact: 'Trùng họ tên',
  noDiacritics: 'Trùng họ tên (một dòng viết không dấu)',
  diacriticsOther: 'Họ tên chỉ khác dấu ở họ hoặc tên đệm',
  middleMissing: 'Trùng họ và tên, một dòng thiếu tên đệm',
  wordMore: 'Trùng họ và tên, một dòng có thêm một chữ trong tên (có thể là hai người khác nhau)',
  middleInitial: 'Trùng họ và tên, một dòng viết tắt tên đệm',
  reordered: 'Trùng họ tên (tên đệm, tên viết đảo chỗ)',
  diacriticsGiven: 'Tên chỉ khác dấu (có thể là hai người khác nhau)',
  oneEdit: 'Họ tên gần giống, khác một chữ cái',
};

const COLLECTIVE_NAME_REASON: Record<string, string> = {
  exact: 'Trùng tên tập thể',
  reordered: 'Trùng tên tập thể (viết khác thứ tự)',
  noDiacritics: 'Trùng tên tập thể (một dòng viết không dấu)',
  diacritics: 'Tên tập thể chỉ khác dấu',
  placeWord: 'Trùng tên tập thể (một dòng ghi kèm chữ «xã»)',
};

const joinAnd = (xs: string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} và ${xs[xs.length - 1]}`);

function duplicateReason(d: DuplicateMessageParts): string {
  const l = d.levels;
  let s = (d.kind === 'individual' ? PERSON_NAME_REASON : COLLECTIVE_NAME_REASON)[l.name ?? ''] ?? 'Trùng tên';
  if (d.kind === 'individual') {
    const years = d.birthYears.join(', ');
    if (l.birthYear === 'equal') s += ` và năm sinh ${years}`;
    else if (l.birthYear === 'otherDay') s += ` và năm sinh ${years}, nhưng ngày sinh ghi khác nhau`;
    else if (l.birthYear === 'near') s += `, năm sinh lệch một năm (${years})`;
    else if (l.birthYear === 'typo') s += `, năm sinh khác nhau một chữ số (${years})`;
    else if (l.birthYear === 'different') s += `, năm sinh khác nhau (${years})`;
    else s += d.birthYears.length ? `, năm sinh chỉ ghi ở một số dòng (${years})` : ', không dòng nào ghi năm sinh';
    if (l.gender === 'conflict') s += ', giới tính ghi khác nhau';
  }
  if (l.place === 'same' && d.place) s += `, cùng ${d.place}`;
  else if (l.place === 'sameDistrict') s += ', cùng là tập thể cấp huyện';
  else if (l.place === 'different') s += `, nhưng khác nơi (${d.places.join(', ')})`;
  const sameWorkplace = l.workplace === 'same' || l.workplace === 'sameSpecific' || l.workplace === 'sameGeneric';
  // Two communes' "ấp 1" share a name only.
  if (l.village === 'same') s += l.place === 'different' ? ', cùng tên thôn (ấp, khu phố)' : ', cùng thôn (ấp, khu phố)';
  // The workplace is compared without its village: «Chi hội Nông dân Thôn 2» and «… Thôn 9» are two bodies alike.
  else if (l.village === 'different') s += sameWorkplace ? ', nhưng khác thôn (ấp, khu phố): đơn vị công tác cùng loại ở hai thôn khác nhau' : ', nhưng khác thôn (ấp, khu phố)';
  if (sameWorkplace && l.village !== 'different') s += ', cùng đơn vị công tác';
  else if (l.workplace === 'similar' || l.workplace === 'similarBranch' || l.workplace === 'similarOther') s += ', đơn vị công tác gần giống';
  else if (l.workplace === 'different' || l.workplace === 'twoPosts' || l.workplace === 'otherBranch') s += ', đơn vị công tác ghi khác nhau';
  if (l.position === 'same') s += ', cùng chức vụ';
  else if (l.position === 'different' || l.position === 'unrelated') s += ', chức vụ ghi khác nhau';
  if (l.together === 'no') s += ', nhưng không có thông tin nào cho thấy cùng xã, cùng thôn hay cùng nơi công tác';
  if (l.kind === 'different') s += ', một dòng ghi là tập thể, dòng kia là cá nhân';
  if (d.heldBack) s += ', nhưng có dòng cũng trùng với một dòng khác ghi khác (xã, thôn, năm sinh, tên hoặc đơn vị công tác), nên chưa gộp';
  return s;
}

/** A list as the message names it: «tệp X, ngày 20/02/2023». */
const listSaid = (l: { file: string; date?: CalendarDate }) => `tệp ${l.file}${l.date ? `, ngày ${formatDate(l.date)}` : ''}`;

/**
 * Sentences of the DUPLICATE message that tell the district what to do in the tool: the phiếu góp ý, for a unit
 * that cannot mark anything, puts its own words in their place (feedback/feedback-sheet.ts).
 */
export const DUPLICATE_ASK = {
  probable: (kind: 'individual' | 'collective') =>
    `Hãy kiểm tra lại; nếu không phải cùng một ${kind === 'individual' ? 'người' : 'tập thể'}, đánh dấu «Không trùng» để lần kiểm tra sau không báo lại.`,
  quota: '; nếu đúng là hai điển hình khác nhau, đánh dấu «Không trùng» rồi kiểm tra lại',
  /** Words the message of a unit's two lists holds, by kind: how the phiếu tells them apart. */
  phase2: 'danh sách bổ sung dành cho điển hình mới',
  twoLists: 'cả hai danh sách đều được tính',
};

function duplicateProposers(d: DuplicateMessageParts): string {
  const only = d.proposers.length === 1 ? d.proposers[0] : undefined;
  const unit = only?.unit ?? 'một đơn vị chưa rõ';
  const [first, ...later] = d.lists?.sent ?? [];
  if (only && d.lists?.kind === 'phase2' && first)
    return `${unit} đã đăng ký ở giai đoạn 1 (${listSaid(first)}) và ghi lại trong danh sách bổ sung; ${DUPLICATE_ASK.phase2}`;
  if (only && d.lists?.kind === 'twoLists' && first && later.length)
    return (
      `${unit} gửi ${d.lists.sent.length} danh sách (${d.lists.sent.map(listSaid).join('; ')}), ${DUPLICATE_ASK.twoLists} và có chung điển hình này; ` +
      'danh sách gửi sau có thay cho danh sách gửi trước không?'
    );
  if (only) return `cùng do ${unit} đề xuất ${only.count} lần`;
  return `đề xuất bởi ${joinAnd(d.proposers.map((p) => `${p.unit ?? 'đơn vị chưa rõ'}${p.bloc ? ` (khối ${p.bloc})` : ''}`))}`;
}

function duplicateRows(rows: DuplicateMessageParts['rows']): string {
  const bySheet = new Map<string, number[]>();
  for (const r of rows) {
    const k = `${r.file}, trang «${r.sheet}»`;
    bySheet.set(k, [...(bySheet.get(k) ?? []), r.row]);
  }
  return [...bySheet].map(([k, rs]) => `${k}: dòng ${rs.join(', ')}`).join('; ');
}

function duplicateMessage(d: DuplicateMessageParts): string {
  const reason = duplicateReason(d);
  const who = d.names.map((n) => `«${n}»`).join(', ');
  const head = d.confidence === 'certain' ? reason : `Có thể trùng lặp: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`;
  const tail =
    d.confidence === 'certain'
      ? d.proposers.length === 1
        ? `${d.lists ? 'Điển hình' : 'Mỗi điển hình chỉ ghi một dòng; điển hình'} này được tính một lần vào chỉ tiêu và gộp làm một trong danh sách tuyên dương.`
        : 'Hướng dẫn: lựa chọn điển hình cần có sự phối hợp chặt chẽ giữa cấp ủy và chính quyền, địa phương, đơn vị để tránh trùng lặp; ' +
          'trong danh sách tuyên dương, các dòng này được gộp làm một.'
      : DUPLICATE_ASK.probable(d.kind) +
        (d.proposers.length === 1 ? ' Cho đến khi đó, các dòng này được tính một lần vào chỉ tiêu của đơn vị.' : '');
  const decided = d.decidedIn ? ` Đã đánh dấu «Trùng» trong trang «${d.decidedIn}».` : '';
  const row = (r: { name: string; row: number }) => `«${r.name}» (dòng ${r.row})`;
  const apart = (d.apart ?? [])
    .map(([a, b]) => ` ${row(a)} và ${row(b)} đã được quyết định «Không trùng» trong trang «${DECISION_SHEET_NAME}»: hai dòng này không gộp làm một và không hỏi lại.`)
    .join('');
  const refused = d.refused?.length
    ? ` Quyết định «Trùng» không gộp ${d.refused.map(row).join(', ')}: dòng này đã được quyết định «Không trùng» với một dòng trong nhóm; các dòng còn lại được gộp.`
    : '';
  return `${head}; ${duplicateProposers(d)}. ${who} — ${duplicateRows(d.rows)}.${decided}${refused}${apart} ${tail}`;
}
