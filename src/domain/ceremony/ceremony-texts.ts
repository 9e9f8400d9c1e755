/** The Vietnamese texts of the ceremony list and its side sheets (Hướng dẫn 36-HD/VPTW layout). */
import { CalendarDate, dateLineWords, formatDate } from '../dates';
import { Ceremony, ceremonyYear, Decision, Profile } from '../profile';
import type { SubjectKind } from '../subjects/subject-kind';
import { unitsWord } from '../findings/messages';

const upper = (s: string) => s.toLocaleUpperCase('vi');
/** The ceremony's day, as its ISO date in the profile. */
const ceremonyDay = (c: Ceremony): CalendarDate => {
  const [y = 0, m = 0, d = 0] = c.date.split('-').map(Number);
  return { y, m, d };
};
/** Left blank on paper, to be filled in by hand: visibly, not silently. */
const BLANK = '………';
const two = (n: number) => String(n).padStart(2, '0');
/** HD 36: a day below 10 and the months 1 and 2 are written with a leading zero. */
const dayMonth = (d: number, m: number) => ({ d: d < 10 ? two(d) : String(d), m: m < 3 ? two(m) : String(m) });
/** The first few of many files, and how many more: a notice is read, not scrolled (800 files in an inbox). */
const someOf = (files: string[], shown = 3) => (files.length <= shown ? files.join(', ') : `${files.slice(0, shown).join(', ')} và ${files.length - shown} tệp khác`);
/**
 * The decision's number as the line prints it after «Quyết định số»: typed as the decision heads it («Số: 125-QĐ/HU»,
 * «Quyết định số 125-QĐ/HU», «QĐ số 125-QĐ/HU»), its label is not printed twice (trial 20b #3).
 */
const DECISION_LABEL = /^(?:(?:quyết\s+định|qđ)\s*(?:số(?![\p{L}\d])|(?=\d))|số(?![\p{L}\d]))\s*[:.]?\s*/iu;
const decisionNumber = (n: string) => n.trim().normalize('NFC').replace(DECISION_LABEL, '');
const kindHeading = (k: SubjectKind) => (k === 'collective' ? 'I. TẬP THỂ' : 'II. CÁ NHÂN');

export const ceremonyText = {
  sheetName: (c: Ceremony) => `Lễ tuyên dương ${ceremonyYear(c)}`,
  excludedSheetName: 'Không đưa vào danh sách',
  quotaSheetName: 'Chỉ tiêu đăng ký',
  superiorBody: (p: Profile) => upper(`${p.superiorBody} ${p.district || BLANK}`),
  issuingBody: (p: Profile) => upper(p.issuingBody),
  party: 'ĐẢNG CỘNG SẢN VIỆT NAM',
  /** The ceremony's day, or its decision's where the list is attached to one (trial 20b #5: not dated after it). */
  dateLine: (p: Profile, c: Ceremony, d?: Decision) => {
    const [y = 0, m = 0, day = 0] = (d?.number.trim() && d.date ? d.date : c.date).split('-').map(Number);
    return `${p.place || p.district || BLANK}, ${dateLineWords({ y, m, d: day })}`;
  },
  /** "(Kèm theo Quyết định số 125-QĐ/HU, ngày 10/5/2023 của Ban Thường vụ Huyện ủy)"; undefined when not configured. */
  decision: (d: Decision | undefined) => {
    if (!d?.number.trim()) return undefined;
    const [y = 0, m = 0, day = 0] = d.date ? d.date.split('-').map(Number) : [];
    const dm = dayMonth(day, m);
    const date = d.date ? `ngày ${dm.d}/${dm.m}/${y}` : `ngày ${BLANK} tháng ${BLANK} năm ${BLANK}`;
    return `(Kèm theo Quyết định số ${decisionNumber(d.number)}, ${date}${d.issuer.trim() ? ` của ${d.issuer.trim()}` : ''})`;
  },
  title: 'DANH SÁCH',
  description: (c: Ceremony) =>
    `các tập thể, cá nhân điển hình tiên tiến trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh ` +
    `giai đoạn ${c.from} – ${c.to}, được biểu dương, khen thưởng nhân dịp kỷ niệm ${c.anniversary} năm Ngày sinh ` +
    // The birthday's span, whatever day the ceremony is held on (trial 19 #6: «… – 16/5/2023» for a ceremony on the 16th).
    `Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/${c.date.slice(0, 4)})`,
  columns: ['STT', 'Tên tập thể / Họ và tên', 'Năm sinh', 'Chức vụ, đơn vị công tác', 'Đơn vị đề xuất', 'Tóm tắt thành tích', 'Hình thức', 'Ghi chú'],
  collectives: 'I. TẬP THỂ',
  individuals: 'II. CÁ NHÂN',
  total: (collectives: number, individuals: number) => `Tổng cộng: ${collectives} tập thể, ${individuals} cá nhân`,
  recipientsLabel: 'Nơi nhận:',
  /** "- Thường trực Huyện ủy," … "- Lưu BTGHU.": each line as HD 36 punctuates it, whatever was typed. */
  recipients: (lines: string[]) => {
    const clean = lines.map((l) => l.trim().replace(/^[-–+•]\s*/, '').replace(/[,.;]+$/, '')).filter(Boolean);
    return clean.map((l, i) => `- ${l}${i === clean.length - 1 ? '.' : ','}`);
  },
  /** The blank for the signer's name when the profile has none. */
  signerBlank: '……………………………',
  footer: 'Trang &P/&N',
  movedTitle: 'Các dòng được xếp theo tên (cột «Đối tượng» ghi khác)',
  movedColumns: ['Tệp', 'Trang', 'Dòng', 'Đơn vị đề xuất', 'Tên tập thể / Họ và tên', 'Xử lý'],
  movedReason: (stated: SubjectKind, listed: SubjectKind) =>
    `Tệp ghi là ${stated === 'collective' ? '«Tập thể»' : '«Cá nhân»'} nhưng tên là của ${listed === 'collective' ? 'một tập thể' : 'một người'}: ` +
    `đã xếp vào mục «${kindHeading(listed)}». Đề nghị đơn vị kiểm tra lại.`,
  checksTitle: 'Các dòng đã đưa vào danh sách, cần kiểm tra lại trước khi trình ký',
  checksColumns: ['Tệp', 'Trang', 'Dòng', 'Đơn vị đề xuất', 'Tên tập thể / Họ và tên', 'Cần kiểm tra'],
  /** The list holds rows to check: said wherever the list is made, since the Word list alone does not show them. */
  noticeChecks: (n: number, sheet: string) =>
    `${n} điều cần kiểm tra lại trước khi trình ký (có thể trùng, năm sinh không đọc được, hình thức đề nghị khác nhau…) ` +
    `được ghi ở trang «${sheet}» của bản Excel, mục «Các dòng đã đưa vào danh sách, cần kiểm tra lại trước khi trình ký»; danh sách trình ký không ghi các điều này.`,
  noticeDistrictFound: (name: string, files: string[]) =>
    `Tên huyện «${name}» lấy từ tiêu đề của ${files.length === 1 ? `tệp ${files[0]}` : `${files.length} tệp (${someOf(files)})`}; ` +
    'nếu chưa đúng, hãy ghi «Tên huyện» trong trang Cấu hình.',
  noticeDistrictUnknown:
    'Chưa biết tên huyện: trong cấu hình không có «Tên huyện» và tiêu đề các tệp cũng không ghi. Danh sách để trống ' +
    `«${BLANK}» ở dòng «HUYỆN ỦY» và ở địa danh của dòng ngày tháng; hãy ghi «Tên huyện» (và «Địa danh ghi ngày tháng») ` +
    'trong trang Cấu hình hoặc tệp --config rồi lập lại danh sách.',
  struckOutNote: (words: string) => `Ô tên có chữ bị gạch ngang «${words}»: đã đọc tên không có phần gạch; đề nghị kiểm tra lại tên.`,
  probableNote: (other: string) => `Có thể trùng với ${other}; đề nghị kiểm tra lại.`,
  excludedColumns: ['Tệp', 'Trang', 'Dòng', 'Đơn vị đề xuất', 'Tên tập thể / Họ và tên', 'Lý do không đưa vào danh sách'],
  reasonAddedAfterCeremony: (c: Ceremony, replaced: string, date: CalendarDate) =>
    `Đơn vị thêm người này vào danh sách thay thế lập ngày ${formatDate(date)}, sau lễ tuyên dương ${ceremonyYear(c)} ` +
    `(${formatDate(ceremonyDay(c))}), thay cho danh sách đã gửi (${replaced}): không đưa vào danh sách của lễ đã tổ chức; ` +
    'cần kiểm tra lại (điển hình đăng ký sau lễ là đăng ký bổ sung ở giai đoạn 2).',
  reasonPhase: (c: Ceremony) => `Đăng ký bổ sung ở giai đoạn 2: không thuộc danh sách lễ tuyên dương ${ceremonyYear(c)}.`,
  reasonNotProposed: 'Đơn vị không đề nghị biểu dương (cột «Hình thức đề nghị» để trống, hoặc ghi «Không», «Chưa đề nghị», «Đã khen»…).',
  reasonProposalCellDeclines: (said: string) =>
    `Cột đề nghị ghi «${said}»: đơn vị không đề nghị Huyện biểu dương, khen thưởng dòng này, nên không đưa vào danh sách.`,
  declinedNote: 'Đơn vị ghi «Không» ở cột «Hình thức đề nghị»; Ban xem xét trước khi trình ký.',
  declinedInNote: (note: string) => `Đơn vị ghi chú «${note}» ở dòng này; Ban xem xét trước khi trình ký.`,
  reasonProposalListRow: (file: string, ceremony: Ceremony) =>
    `Dòng của danh sách đề nghị biểu dương (${file}), không thuộc danh sách đăng ký của đơn vị: không đưa vào danh sách lễ ${ceremonyYear(ceremony)}.`,
  reasonReplaced: (file: string) => `Đơn vị đã gửi danh sách thay thế (${file}): danh sách cũ không còn được tính.`,
  reasonReplacedByLater: (file: string, later: CalendarDate) =>
    `Đơn vị đã gửi lại danh sách (${file}, ghi ngày ${formatDate(later)}): danh sách gửi sau được tính, danh sách cũ không còn được tính.`,
  reasonCopy: (file: string) => `Cùng danh sách với tệp ${file} (đơn vị gửi hai bản): chỉ tính một lần.`,
  otherFormNote: (unit: string, form: string) => `${unit} đề nghị hình thức «${form}».`,
  reasonStruck: 'Tên ở dòng này bị gạch ngang trong tệp của đơn vị: đơn vị đã gạch bỏ dòng này, nên không đưa vào danh sách.',
  reasonReserve: (heading: string) =>
    `Dòng nằm trong mục «${heading}» của danh sách đơn vị: đơn vị không đề nghị dòng này, nên không đưa vào danh sách.`,
  reasonHidden:
    'Dòng này đang bị ẩn trong tệp của đơn vị: đơn vị đã ẩn dòng này khỏi danh sách của mình, nên không đưa vào danh sách. ' +
    'Nếu đơn vị vẫn đề nghị, hãy bỏ ẩn dòng rồi kiểm tra lại.',
  /** The same in a Word list, where a row is hidden by its text's font (Phông chữ › Ẩn). */
  reasonHiddenText:
    'Chữ của dòng này được định dạng ẩn (Phông chữ › Ẩn) trong văn bản Word của đơn vị: đơn vị đã ẩn dòng này khỏi danh sách ' +
    'của mình, nên không đưa vào danh sách. Nếu đơn vị vẫn đề nghị, hãy bỏ định dạng ẩn của dòng rồi kiểm tra lại.',
  reasonVettedOut: (verdict: string) => `Ý kiến thẩm định ghi «${verdict}»: không đưa vào danh sách.`,
  reasonReplacedByRow: (by: string) =>
    `Đơn vị ghi ở dòng «${by}» rằng người ấy thay thế người ở dòng này: dòng này đã được thay thế, nên không đưa vào danh sách.`,
  reasonDeceased: (note: string) =>
    `Đơn vị ghi chú «${note}»: người này đã mất, nên không đưa vào danh sách. Nếu đơn vị đề nghị truy tặng, hãy ghi «Truy tặng» ở ghi chú rồi lập lại danh sách.`,
  replacesMissingNote: (name: string) =>
    `Ghi chú nêu dòng này thay thế «${name}», nhưng danh sách của đơn vị không có dòng nào mang tên ấy; đề nghị kiểm tra lại người được thay thế trước khi trình ký.`,
  reasonWithdrawnInName: (mark: string) => `Đơn vị ghi «${mark}» sau họ tên: đơn vị không còn đề nghị dòng này, nên không đưa vào danh sách.`,
  reasonWithdrawn: (note: string) => `Đơn vị ghi chú «${note}»: đơn vị không còn đề nghị dòng này, nên không đưa vào danh sách.`,
  reasonDisqualified: (note: string) =>
    `Đơn vị ghi chú «${note}»: theo chính ghi chú của đơn vị, dòng này không đủ điều kiện hoặc đã có trong danh sách khác, nên không đưa vào danh sách và không tính vào chỉ tiêu.`,
  reasonInProposalList: (file: string) => `Có trong danh sách đề nghị biểu dương của đơn vị (${file}); dòng ấy được đưa vào danh sách.`,
  unclearProposalNote: (said: string) =>
    `Cột đề nghị ghi «${said}», không nêu hình thức khen thưởng: đã đưa vào danh sách với hình thức chung; đề nghị kiểm tra lại trước khi trình ký.`,
  reasonDeclinedInProposalList: (file: string) =>
    `Danh sách đề nghị biểu dương của đơn vị (${file}) có tên này nhưng không đề nghị (ghi «Không», để trống…), nên không đưa vào.`,
  reasonInProposalListOtherYear: (file: string, year: number) =>
    `Có trong danh sách đề nghị biểu dương của đơn vị (${file}) với năm sinh ${year}; dòng ấy được đưa vào danh sách. Đề nghị kiểm tra lại năm sinh.`,
  registeredYearNote: (years: number[]) => `Danh sách đăng ký của đơn vị ghi năm sinh ${years.join(', ')}; đề nghị kiểm tra lại.`,
  notRegisteredNote:
    'Không có trong danh sách đăng ký của đơn vị (giai đoạn 1 và đăng ký bổ sung giai đoạn 2); đề nghị kiểm tra lại trước khi trình ký.',
  reasonNotInProposalList: (file: string) =>
    `Đơn vị đã gửi danh sách đề nghị biểu dương (${file}); danh sách ấy không có tên này, nên không đưa vào. Nếu vẫn đề nghị, hãy bổ sung vào danh sách đề nghị.`,
  reasonDuplicateOf: (name: string) => `Trùng với «${name}» đã có trong danh sách (gộp thành một dòng).`,
  quotaColumns: ['STT', 'Đơn vị', 'Loại đơn vị', 'Khối', 'Chỉ tiêu tối thiểu', 'Đã đăng ký (hợp lệ, giai đoạn 1)', 'Kết quả'],
  quotaStatus: (ok: boolean, shortfall: number) => (ok ? 'Đạt' : `Thiếu ${shortfall}`),
  /** The ceremony asked for by its key, held in another year by the profile. */
  noticeCeremonyByKey: (key: string, year: string) =>
    `Lễ «${key}» trong cấu hình là lễ tuyên dương năm ${year}: danh sách được lập cho lễ năm ${year} (có thể gọi lễ này bằng chính năm ${year}).`,
  /** The ceremony asked for is not one of the profile's. */
  unknownCeremony: (id: string, known: string[]) => `Không có lễ tuyên dương «${id}» trong cấu hình: hãy chọn ${known.join(' hoặc ')}.`,
  /** An entry whose text is longer than one row of Excel may hold (409 pt): printed on the rows below it too. */
  noticeEntrySplit: (group: string, stt: string, name: string, rows: number) =>
    `Danh sách Excel: «${name}» (${group}, STT ${stt}) có nội dung dài hơn một dòng Excel chứa được (cao tối đa 409 pt), ` +
    `nên được in tiếp trên ${rows} dòng liền nhau, không bị cắt (bản Word: một dòng, được sang trang khi cần). Nên xem lại ô dài (tóm tắt thành tích, chức vụ hay ghi chú), rút gọn nếu cần, trước khi trình ký.`,
  /** Several such entries, in one notice: a province's list may hold hundreds, and one line each buries the rest. */
  noticeEntriesSplit: (shown: { group: string; stt: string; name: string }[], more: number) =>
    `Danh sách Excel: ${shown.length + more} mục có nội dung dài hơn một dòng Excel chứa được (cao tối đa 409 pt), nên mỗi mục được in tiếp ` +
    `trên vài dòng liền nhau, không bị cắt (bản Word: mỗi mục một dòng, được sang trang khi cần): ` +
    `${shown.map((e) => `«${e.name}» (${e.group}, STT ${e.stt})`).join('; ')}${more ? ` và ${more} mục khác` : ''}. ` +
    'Nên xem lại các ô dài (tóm tắt thành tích, chức vụ hay ghi chú), rút gọn nếu cần, trước khi trình ký.',
  /**
   * A file among the inputs could not be read (FILE_UNREADABLE): the list is made from the others, and whoever signs
   * it must know whose exemplars it may lack. Said in words: the views show a finding's code only as a tag (trial 21a).
   */
  noticeFileMissing: (file: string, unit: string | undefined, fileMessage: string) =>
    `Danh sách được lập khi thiếu tệp ${file}${unit ? ` (của ${unit})` : ''}, tệp không đọc được: ${fileMessage} ` +
    'Các điển hình trong tệp này chưa có trong danh sách: khi đã có tệp đọc được, hãy lập lại danh sách trước khi trình ký.',
  /**
   * Units the units list records as having sent their list, none of whose rows was read (trial20b #2): their files
   * were most likely left out, and the list lacks their exemplars. `said`: the warning's first sentence (msg).
   */
  noticeListsUnread: (said: string, count: number) =>
    `${said} Các điển hình của ${unitsWord(count)} chưa có trong danh sách: hãy đưa thêm tệp vào rồi lập lại danh sách trước khi trình ký.`,
  /**
   * A Word table of numbered rows was not read (no header, going on from no table; SHEET_SKIPPED): the list may lack
   * the exemplars it holds, which whoever signs it must know.
   */
  noticeTableUnread: (file: string, sheet: string, unit: string | undefined) =>
    `Danh sách được lập khi chưa đọc «${sheet}» của tệp ${file}${unit ? ` (của ${unit})` : ''}: bảng có các dòng ` +
    'đánh số nhưng không có dòng tiêu đề cột, và không nối tiếp được bảng danh sách nào (lý do ghi ở kết quả kiểm tra). Các điển ' +
    'hình trong bảng này chưa có trong danh sách: hãy chép dòng tiêu đề cột lên đầu bảng, rồi lập lại danh sách trước khi trình ký.',
  /** A row left off for a reading error whose finding is not at hand. */
  reasonReadError: 'Dòng có lỗi khi đọc.',
  /** Another row of a probable duplicate group, for the note of each. */
  probableOther: (name: string, unit: string, where: { file: string; sheet: string; row: number }) =>
    `«${name}» (${unit}, ${where.file}, trang ${where.sheet}, dòng ${where.row})`,
  // fixa (registration cells): a note that declines the proposal, in a table without a proposal column.
  reasonNoteDeclines: (note: string) => `Đơn vị ghi chú «${note}»: đơn vị không đề nghị biểu dương dòng này.`,
};
