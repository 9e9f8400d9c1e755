/**
 * The tables the product recognises and the header texts (synonyms) of each field, as workbook.md lists them.
 * Headers are compared by `asciiKey`: case, spacing, composition, tone placement and diacritics do not matter.
 */
import type { Profile } from '../profile';
import { asciiKey } from '../text';
import { additionKey } from '../text/addition-key';

export type TableKind = 'units' | 'registrations' | 'plans' | 'profile';

export type UnitField = 'stt' | 'code' | 'name' | 'type' | 'planDate' | 'listDate' | 'note';
export type RegistrationField =
  | 'stt'
  | 'unit'
  | 'unitCode'
  | 'kind'
  | 'name'
  /** A second name column, of the other kind ("Tên tập thể" | "Họ và tên cá nhân"): each row fills one. */
  | 'otherName'
  | 'honorific'
  | 'birthYear'
  | 'birthYearMale'
  | 'birthYearFemale'
  | 'gender'
  | 'position'
  | 'workplace'
  | 'positionWorkplace'
  | 'field'
  | 'achievements'
  | 'phase'
  /** The year (or date) a row was registered in, standing for its phase ("Năm đăng ký": 2022 | 2024). */
  | 'phaseYear'
  | 'date'
  | 'proposal'
  /** The district's own verdict on a row of its master ("Kết quả thẩm định": Đạt / Không đạt). */
  | 'vetting'
  | 'note';
export type PlanField = 'stt' | 'unit' | 'date' | 'note' | `content:${string}`;
export type ProfileField = 'key' | 'value' | 'note';
export type Field = UnitField | RegistrationField | PlanField | ProfileField;

type Synonyms = Record<string, string[]>;

const UNIT_SYNONYMS: Synonyms = {
  stt: ['STT', 'TT', 'Số TT', 'Số thứ tự'],
  code: ['Mã đơn vị', 'Mã ĐV', 'Mã'],
  // As Party offices and Fronts head them: "Tên tổ chức cơ sở đảng", "Tên chi, đảng bộ cơ sở", "Tên địa phương, đơn vị".
  name: [
    'Tên đơn vị',
    'Tên cơ quan, đơn vị',
    'Tên cơ quan',
    'Đơn vị',
    'Cơ quan, đơn vị',
    'Tên chi bộ, đảng bộ',
    'Tên các đơn vị',
    'Các đơn vị',
    'Tên tổ chức cơ sở đảng',
    'Tổ chức cơ sở đảng',
    'Tên cơ sở đảng',
    'Tên chi, đảng bộ cơ sở',
    'Tên chi bộ, đảng bộ cơ sở',
    'Tên các chi, đảng bộ trực thuộc',
    'Tên các chi bộ, đảng bộ trực thuộc',
    'Chi, đảng bộ cơ sở',
    'Tên địa phương, đơn vị',
    'Địa phương, đơn vị',
    'Tên đơn vị, địa phương',
  ],
  type: ['Loại đơn vị', 'Loại hình', 'Loại', 'Loại hình đơn vị', 'Loại hình tổ chức', 'Loại tổ chức', 'Loại hình tổ chức cơ sở đảng'],
  planDate: [
    'Ngày nộp kế hoạch',
    'Ngày gửi kế hoạch triển khai',
    'Ngày gửi kế hoạch',
    'Ngày nộp kế hoạch triển khai',
    'Ngày nhận kế hoạch',
    'Ngày gửi KH',
    'Ngày nộp KH',
    'Ngày nhận KH',
    'Ngày KH',
    'Ngày ban hành kế hoạch',
    'Ngày ban hành KH',
    'Kế hoạch triển khai (ngày gửi)',
    'Kế hoạch (ngày gửi)',
    'Ngày gửi kế hoạch thực hiện',
    'Thời gian gửi kế hoạch',
    'Thời gian nộp kế hoạch',
    'Thời gian gửi KH',
    'Thời gian nộp KH',
  ],
  // A units list's one date without a word of plans is when the unit's list came: the registration is what the
  // Board collects from each unit ("Ngày gửi", "Ngày đăng ký", "Thời gian nộp danh sách").
  listDate: [
    'Ngày nộp danh sách đăng ký',
    'Ngày gửi danh sách',
    'Ngày nộp danh sách',
    'Ngày gửi danh sách đăng ký',
    'Ngày nhận danh sách',
    'Ngày gửi DS',
    'Ngày nộp DS',
    'Ngày nhận DS',
    'Ngày gửi DS đăng ký',
    'Ngày nộp DS đăng ký',
    'Ngày gửi',
    'Ngày nộp',
    'Ngày nhận',
    'Ngày BTG nhận',
    'Ngày Ban Tuyên giáo nhận',
    // The office's words: the document's own date, the day it came in.
    'Ngày văn bản',
    'Ngày đến',
    'Thời gian gửi',
    'Thời gian nộp',
    'Thời gian gửi danh sách',
    'Thời gian nộp danh sách',
    'Ngày đăng ký',
    'Ngày ĐK',
  ],
  note: ['Ghi chú'],
};

/**
 * A units list's date column headed in other words than its synonyms (trial19 #2: «Ngày gửi DSĐK», «Nộp danh sách»,
 * «Danh sách đăng ký (ngày gửi)», «Ngày nộp KH triển khai», «Ngày gửi KHTK»): a word of sending or of a date, a word
 * of the registration list or of the implementation plan (not both), and no other word than those that name these
 * two documents or who sent and received them. Staff abbreviate and reorder these words freely, so a list of
 * spellings would never be whole; but any other word may name another document — «Ngày gửi KH tuyên truyền», «KH
 * kiểm tra», «Ngày gửi báo cáo», «Ngày nộp đăng ký thi» (review 28) — or a count («Số lượng đăng ký»), and such a
 * column taken for the list's or the plan's date would judge every unit on it. A header naming the document alone
 * («DSĐK», «KH triển khai») may head a count as well as a date: read only as its synonyms read it.
 */
/** A header's word of a date or of sending («Ngày», «gửi», «nộp», «Thời gian»). */
export const DATE_WORDS = /(^| )(ngay|gui|nop|nhan|den|thoi gian|thoi diem)( |$)/;
const LIST_WORDS = /(^| )(danh sach|ds|dsdk|dk|dang ky)( |$)/;
const PLAN_WORDS = /(^| )(ke hoach|kh|khtk|khth)( |$)/;
/**
 * The words such a header may hold: of dates and sending, of the two documents ("triển khai, thực hiện", "điển hình
 * tiên tiến"), of who sent or received them and where to ("bản", "của đơn vị", "về BTG", "văn thư", "ký", "lập").
 */
const UNIT_DATE_HEADER_WORDS = new Set(
  [
    'ngay', 'gui', 'nop', 'nhan', 'den', 'thoi', 'gian', 'diem', 'ky', 'lap',
    'danh', 'sach', 'ds', 'dsdk', 'dk', 'dang', 'ke', 'hoach', 'kh', 'khtk', 'khth', 'trien', 'khai', 'thuc', 'hien',
    'dien', 'hinh', 'tien', 'dhtt', 'ban', 'cua', 'don', 'vi', 'btg', 'tuyen', 'giao', 'van', 'thu', 've', 'cho', 'len',
    // Alone, a list «đề nghị» or «tuyên dương» is the registration list the unit sent (review 17).
    'de', 'nghi', 'duong',
  ],
);

const onlyUnitDateWords = (key: string) => key.split(' ').every((w) => UNIT_DATE_HEADER_WORDS.has(w));

/**
 * What may follow a units-list date synonym, and a list's or a plan's name within it: more words of the same document
 * («đăng ký», «điển hình», «triển khai», «đề nghị»), or where, when and how it went («về», «qua», «lên», «tại», «năm»,
 * «đợt», «lần», «giai đoạn», «bản …», «số …», «chính thức», «của …», «thực hiện Hướng dẫn …»). A noun right after
 * («DS đảng viên», «kế hoạch kiểm tra», «DS khen thưởng», «DSĐK bổ sung») names another list or plan (review 29, W1).
 */
const SAME_DOCUMENT_NEXT =
  /^(?:dang ky|dk|dsdk|ds|danh sach|ke hoach|kh|khtk|khth|dien hinh|xay dung dien hinh|dhtt|trien khai|thuc hien|de nghi|tuyen duong|hoc tap va lam theo|huong dan|ve|qua|cho|len|toi|den|theo|tai|bang|nam|dot|lan|giai doan|gd|so(?! ket)|chinh thuc|ban|cua|btg|van thu|don vi|\d+)(?: |$)/;
const DOCUMENT_NAME = /(?:^| )(?:danh sach|ds|dsdk|ke hoach|kh|khtk|khth)(?= |$)/g;

function namesTheSameDocument(rest: string): boolean {
  if (!rest) return true;
  if (!SAME_DOCUMENT_NEXT.test(rest)) return false;
  for (const m of rest.matchAll(DOCUMENT_NAME)) {
    const after = rest.slice(m.index + m[0].length + 1);
    if (after && !SAME_DOCUMENT_NEXT.test(after)) return false;
  }
  return true;
}

function unitDateByWords(key: string): Field | undefined {
  if (!DATE_WORDS.test(key) || !onlyUnitDateWords(key)) return undefined;
  const list = LIST_WORDS.test(key);
  const plan = PLAN_WORDS.test(key);
  return list === plan ? undefined : list ? 'listDate' : 'planDate';
}

const REGISTRATION_SYNONYMS: Synonyms = {
  stt: ['STT', 'TT', 'Số TT', 'Số thứ tự'],
  // A code column and a name column may both be there (the template's "Mã đơn vị", often left empty): read apart.
  // "Cơ quan / Cấp ủy / Nơi đề xuất": who proposes the row, as masters head it; "ĐV" only as the whole header.
  unit: [
    'Đơn vị đề xuất',
    'Đơn vị',
    'Đơn vị đăng ký',
    'Đơn vị giới thiệu',
    'Tên đơn vị đề xuất',
    'Tên đơn vị',
    'Cơ quan đề xuất',
    'Cơ quan, đơn vị đề xuất',
    'Cấp ủy đề xuất',
    'Nơi đề xuất',
    'ĐV',
    'ĐV đề xuất',
  ],
  unitCode: ['Mã đơn vị', 'Mã ĐV', 'Mã đơn vị đề xuất', 'Mã đơn vị đăng ký'],
  kind: ['Đối tượng', 'Loại', 'Tập thể/Cá nhân', 'Tập thể, cá nhân', 'Loại đối tượng', 'Mã đối tượng', 'Cá nhân/Tập thể'],
  name: [
    'Họ và tên / Tên tập thể',
    'Họ và tên/Tên tập thể',
    'Tên tập thể / Họ và tên',
    'Họ và tên',
    'Họ tên',
    'Tên tập thể',
    'Tên tập thể, cá nhân',
    'Tên tập thể/cá nhân',
    'Tên tập thể, họ tên cá nhân',
    'Tên tập thể, họ và tên cá nhân',
    'Họ tên cá nhân/Tên tập thể',
    'Tên điển hình',
    'Tên hộ gia đình',
    'Điển hình tiên tiến',
    'Tên điển hình tiên tiến',
  ],
  honorific: ['Ông (bà)', 'Ông/Bà', 'Tên gọi (Ông/Bà/Chức danh)', 'Tên gọi', 'Danh xưng'],
  // Short headers ("NS", "N.sinh") are single words or initials: matched only as the whole header (see matchField).
  birthYear: ['Năm sinh', 'Ngày sinh', 'Ngày tháng năm sinh', 'Sinh năm', 'N.sinh', 'NS'],
  birthYearMale: ['Năm sinh Nam', 'Nam'],
  birthYearFemale: ['Năm sinh Nữ', 'Nữ'],
  gender: ['Giới tính', 'Nam/Nữ', 'Nam, nữ', 'GT'],
  // The police's and the army's lists give the rank with the post ("Cấp bậc, chức vụ").
  position: ['Chức vụ', 'Chức danh', 'Nghề nghiệp', 'CV', 'Cấp bậc, chức vụ', 'Cấp bậc - chức vụ', 'Chức vụ, cấp bậc'],
  // A hospital's or an office's lists give the department ("Khoa, phòng").
  workplace: [
    'Đơn vị công tác',
    'Nơi công tác',
    'Cơ quan công tác',
    'Địa chỉ',
    'Nơi ở',
    'Quê quán',
    'Nơi cư trú',
    'Nơi thường trú',
    'Chỗ ở hiện nay',
    'Khoa, phòng',
    'Phòng, khoa',
    'Bộ phận công tác',
  ],
  positionWorkplace: [
    'Chức vụ, đơn vị công tác',
    'Chức vụ, nơi công tác',
    'Chức vụ/Đơn vị công tác',
    'Chức vụ, đơn vị công tác (địa chỉ)',
    'Chức vụ, đơn vị công tác, địa chỉ',
    'Chức danh, đơn vị công tác',
    'Cấp bậc, chức vụ, đơn vị',
    'Cấp bậc, chức vụ, đơn vị công tác',
  ],
  field: ['Lĩnh vực', 'Lĩnh vực điển hình'],
  achievements: [
    'Tóm tắt thành tích',
    'Thành tích tóm tắt',
    'Nội dung đăng ký làm theo',
    'Thành tích',
    'Tóm tắt thành tích, nội dung làm theo',
    'Nội dung làm theo',
    // The movement's own words ("học tập và làm theo"), a model or good practice, a field written with its record.
    'Nội dung đăng ký học tập và làm theo',
    'Nội dung đăng ký học tập, làm theo',
    'Nội dung học tập và làm theo',
    'Nội dung học tập, làm theo',
    'Đăng ký học tập và làm theo',
    'Mô hình, cách làm hay',
    'Mô hình, cách làm hay, sáng tạo',
    'Kết quả đạt được',
    'Thành tích đạt được',
    'Việc làm cụ thể',
    'Cách làm hay',
    'Lĩnh vực / thành tích',
    'Lĩnh vực, thành tích',
    'Lĩnh vực và thành tích',
    'Thành tích, lĩnh vực',
  ],
  // "GĐ" only as the whole header (a single word: never a prefix).
  // "Đăng ký lần" (1 | 2), "Loại đăng ký" (Chính thức | Bổ sung), "Đăng ký bổ sung" (a mark: x for an addition).
  phase: [
    'Giai đoạn',
    'Đợt',
    'Đợt đăng ký',
    'Giai đoạn đăng ký',
    'GĐ',
    'GĐ đăng ký',
    'Đợt ĐK',
    'Đăng ký lần',
    'Lần đăng ký',
    'ĐK lần',
    'Lần ĐK',
    'Loại đăng ký',
    'Hình thức đăng ký',
    'Đăng ký bổ sung',
    'ĐK bổ sung',
    'ĐKBS',
  ],
  // "Thời gian đăng ký" holds a phase's years ("2021-2023") or the date of the registration: both give the phase.
  phaseYear: ['Năm đăng ký', 'Năm ĐK', 'Thời điểm đăng ký', 'Thời gian đăng ký', 'Thời gian ĐK'],
  date: ['Ngày đăng ký', 'Ngày ĐK'],
  // "Đề xuất" and "Mức khen" only as the whole header ("Mức khen đã đạt" is past awards).
  proposal: [
    'Hình thức đề nghị',
    'Đề nghị',
    'Hình thức khen thưởng đề nghị',
    'Đề nghị khen thưởng',
    'Hình thức',
    'Đề xuất khen thưởng',
    'Đề xuất hình thức khen thưởng',
    'Đề xuất khen',
    'Hình thức đề xuất',
    'Đề xuất',
    'Mức khen đề nghị',
    'Mức khen thưởng đề nghị',
    'Mức khen đề xuất',
    'Mức khen thưởng đề xuất',
    'Mức khen',
    'Khen thưởng đề nghị',
    'Khen thưởng đề xuất',
    'Có đề nghị',
    'Có đề xuất',
    // The form first («Đề xuất hình thức khen»), or «HT»/«HTKT» for «hình thức» («HT khen thưởng đề nghị»).
    'Đề xuất hình thức',
    'Đề xuất HT',
    'Đề xuất HTKT',
    'Hình thức khen đề nghị',
    'Hình thức khen đề xuất',
    'HT đề nghị',
    'HT đề xuất',
    'HT khen đề nghị',
    'HT khen đề xuất',
    'HT khen thưởng đề nghị',
    'HT khen thưởng đề xuất',
    'HTKT đề nghị',
    'HTKT đề xuất',
  ],
  vetting: [
    'Kết quả thẩm định',
    'Ý kiến thẩm định',
    'Thẩm định',
    'Kết quả xét duyệt',
    'Ý kiến xét duyệt',
    'Xét duyệt',
    'Kết quả xét chọn',
    'Ý kiến của Ban Tuyên giáo',
    'Ý kiến Ban Tuyên giáo',
    'Ý kiến của Ban Thường vụ',
    'Ý kiến của Hội đồng',
    'Ý kiến Hội đồng thi đua',
  ],
  note: ['Ghi chú'],
};

const PROFILE_SYNONYMS: Synonyms = {
  key: ['Khóa', 'Thông số', 'Tham số', 'Nội dung', 'Mục'],
  value: ['Giá trị'],
  note: ['Ghi chú', 'Giải thích'],
};

function planSynonyms(profile: Profile): Synonyms {
  const s: Synonyms = {
    stt: ['STT', 'TT'],
    unit: ['Đơn vị', 'Tên đơn vị', 'Đơn vị xây dựng kế hoạch', 'Mã đơn vị'],
    date: ['Ngày ban hành', 'Ngày kế hoạch', 'Ngày ban hành kế hoạch', 'Ngày'],
    note: ['Ghi chú'],
  };
  for (const c of profile.nurtureContents) s[`content:${c.key}`] = c.headers;
  return s;
}

/** Each synonym's key → its field; and the synonyms a longer header may begin with, longest first. */
export class FieldIndex extends Map<string, Field> {
  private starts: [string, Field][] | undefined;

  /** `byWords`: a table's headers its synonyms do not name, read by their words (the units list's dates). */
  constructor(readonly byWords?: (key: string) => Field | undefined) {
    super();
  }

  /** Synonyms of two words or more that are not whole-header-only: "Họ và tên" begins "Họ và tên cá nhân". */
  beginnings(): readonly [string, Field][] {
    this.starts ??= [...this].filter(([syn]) => syn.includes(' ') && !WHOLE_ONLY.has(syn)).sort((a, b) => b[0].length - a[0].length);
    return this.starts;
  }
}

function index(s: Synonyms, byWords?: (key: string) => Field | undefined): FieldIndex {
  const m = new FieldIndex(byWords);
  for (const [field, texts] of Object.entries(s)) for (const t of texts) m.set(asciiKey(t), field as Field);
  return m;
}

export function fieldIndexes(profile: Profile): Record<TableKind, FieldIndex> {
  return {
    units: index(UNIT_SYNONYMS, unitDateByWords),
    registrations: index(REGISTRATION_SYNONYMS),
    plans: index(planSynonyms(profile)),
    profile: index(PROFILE_SYNONYMS),
  };
}

/**
 * The field a header text names: an exact synonym, else the synonym that begins the header (two words at least),
 * else the header without a parenthesised remark ("Họ và tên (ghi rõ)").
 */
/**
 * Headers too short to say more than "a date": matched only as written, never as the start of a longer header
 * ("Ngày gửi báo cáo", "Ngày gửi KH bồi dưỡng" are other dates).
 */
// Short proposal headers, and the plan contents' one-word headers ("Lãnh đạo | Phân công | Bồi dưỡng | Tuyên truyền |
// Khen thưởng | Báo cáo"): each names its field only as the whole header ("Báo cáo kết quả", "Khen thưởng đã đạt").
const SHORT_WHOLE_ONLY = ['de xuat', 'muc khen', 'lanh dao', 'boi duong', 'tuyen truyen', 'khen thuong', 'bao cao', 'nhan rong', 'bieu duong', 'ton vinh'];
const NUMBERED = /^\s*(?:\d{1,2}|[IVX]{1,4}|[a-h])\s*[.)]\s*(?=\S)/;
const WHOLE_ONLY = new Set(['n sinh', 'ngay gui', 'ngay nop', 'ngay nhan', 'thoi gian gui', 'thoi gian nop', 'ngay kh', 'ngay dk', 'ngay gui kh', 'ngay nop kh', 'ngay nhan kh', ...SHORT_WHOLE_ONLY]);

export function matchField(idx: FieldIndex, header: string): Field | undefined {
  const k = additionKey(header);
  if (!k) return undefined;
  // A plan's contents numbered as the guideline numbers them ("1. Trách nhiệm lãnh đạo", "6) Báo cáo").
  const numbered = NUMBERED.exec(header);
  if (numbered) {
    const f = matchField(idx, header.slice(numbered[0].length));
    if (f?.startsWith('content:')) return f;
  }
  // "Năm" is a year, "Nam" a man: one key without diacritics, told apart by the breve. A year alone is taken for a
  // birth year unless its column holds the period's years (read-registrations.ts).
  if (k === 'nam' && /ă/iu.test(header.normalize('NFC'))) return idx.get(asciiKey('Năm sinh'));
  const exact = idx.get(k);
  if (exact) return exact;
  const noRemark = asciiKey(header.replace(/\([^)]*\)/g, ' '));
  if (noRemark && idx.has(noRemark)) return idx.get(noRemark);
  // The longest synonym the header begins with, as a whole word.
  for (const [syn, field] of idx.beginnings()) {
    if (k.charCodeAt(syn.length) !== 32 || !k.startsWith(syn)) continue;
    // «Ngày gửi kế hoạch bồi dưỡng», «Ngày gửi DS đảng viên»: the units list's date synonym begins another document's
    // date (trial19 #2); «… về Huyện ủy», «… năm 2023», «… qua mạng» say where, when or how the unit's own went.
    if (idx.byWords && (field === 'listDate' || field === 'planDate') && !namesTheSameDocument(k.slice(syn.length + 1))) return undefined;
    return field;
  }
  return idx.byWords?.(k);
}
