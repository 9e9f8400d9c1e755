/** Every text the task pane shows (Vietnamese), in one place. */
import type { Severity } from '../../domain/findings/finding';
import { msg } from '../../domain/findings/messages';
import { formatNumber } from './format';

export const ui = {
  title: 'Điển hình tiên tiến',
  subtitleExcel: 'Kiểm tra và tổng hợp danh sách trong sổ làm việc đang mở',
  subtitleBrowser: 'Kiểm tra và tổng hợp danh sách từ các tệp .xlsx, .xls, .docx — dữ liệu không rời khỏi máy này',
  tabs: { check: 'Kiểm tra', duplicates: 'Trùng lặp', consolidate: 'Tổng hợp', merge: 'Gộp file', files: 'Chọn tệp', profile: 'Cấu hình' },
  asOf: 'Ngày xét',
  runCheck: 'Kiểm tra',
  checking: 'Đang kiểm tra…',
  noCheckYet: 'Chưa kiểm tra. Bấm «Kiểm tra» để chạy mọi quy tắc của Hướng dẫn.',
  summary: (units: number, regs: number) => `${formatNumber(units)} đơn vị, ${formatNumber(regs)} điển hình đăng ký`,
  counts: (e: number, w: number, i: number) => `${formatNumber(e)} lỗi · ${formatNumber(w)} cảnh báo · ${formatNumber(i)} thông tin`,
  noFindings: 'Không có lỗi hay cảnh báo nào.',
  severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' } satisfies Record<Severity, string>,
  goTo: 'Đến ô',
  staleCheck: 'Bảng tính đã thay đổi sau lần kiểm tra — hãy Kiểm tra lại. Kết quả và vị trí các dòng bên dưới có thể không còn đúng.',
  goToChanged: (sheet: string, cell: string) =>
    `Đã chọn ô ${cell} của trang «${sheet}», nhưng trang này đã thay đổi sau lần kiểm tra: ô này có thể không còn là chỗ có lỗi — hãy Kiểm tra lại.`,
  goToGone: (sheet: string) =>
    `Không tìm thấy trang «${sheet}» đã kiểm tra (trang đã bị xóa, hoặc thay bằng một trang khác cùng tên): hãy Kiểm tra lại.`,
  goToHidden: (sheet: string) => `Trang «${sheet}» đang ẩn nên không chọn được ô: hãy bỏ ẩn trang (chuột phải vào tên trang › Bỏ ẩn) rồi bấm «Đến ô».`,
  highlight: 'Tô màu các dòng có lỗi, cảnh báo',
  clearHighlight: 'Bỏ tô màu',
  highlighted: (n: number, rowsLeft: number) =>
    rowsLeft > 0
      ? `Đã tô màu ${formatNumber(n)} vùng đầu; còn ${formatNumber(rowsLeft)} dòng có lỗi, cảnh báo chưa tô (xem danh sách bên dưới). Bấm «Bỏ tô màu» để bỏ; màu của các ô không bị thay đổi.`
      : `Đã tô màu ${formatNumber(n)} vùng. Bấm «Bỏ tô màu» để bỏ; màu của các ô không bị thay đổi.`,
  cleared: (n: number, kept: string[]) =>
    kept.length
      ? `Đã bỏ tô màu ${formatNumber(n)} vùng. ${formatNumber(kept.length)} vùng tô từ phiên bản trước không trả lại màu cũ được vì các dòng đã đổi sau khi tô (chèn, xóa, sắp xếp hoặc tô lại), nên được để nguyên: ${kept.slice(0, 10).join('; ')}${kept.length > 10 ? '; …' : ''}. Hãy tự xem lại màu các ô này.`
      : `Đã bỏ tô màu ${formatNumber(n)} vùng.`,
  quotaTitle: 'Chỉ tiêu đăng ký',
  quotaHeader: ['Đơn vị', 'Cần', 'Có', 'Kết quả'],
  quotaOk: 'Đạt',
  quotaShort: (n: number) => `Thiếu ${n}`,
  dupIntro:
    'Các điển hình được đề xuất nhiều lần, các dòng đặt cạnh nhau (ô tô vàng là chỗ khác nhau). Bấm «Trùng» nếu là một, «Không trùng» nếu là hai đối tượng khác nhau (lần kiểm tra sau bỏ qua nhóm này), hoặc «Để sau».',
  dupNeedCheck: 'Hãy chạy «Kiểm tra» trước để tìm các dòng trùng.',
  dupNone: 'Không có điển hình nào bị đề xuất trùng.',
  dupCertain: 'Chắc chắn trùng',
  dupProbable: 'Có thể trùng',
  dupCrossBloc: 'Khác khối',
  dupRows: 'Các dòng',
  dupEvidence: 'Căn cứ',
  dupNotSame: 'Không trùng',
  dupScore: (n: number) => `Điểm ${n}`,
  /** The matcher's evidence (field, level) in words; an unknown key shows as it is. */
  evidenceField: {
    name: 'Tên',
    nameFrequency: 'Độ phổ biến của tên',
    birthYear: 'Năm sinh',
    gender: 'Giới tính',
    place: 'Địa phương',
    workplace: 'Chức vụ, nơi công tác',
    kind: 'Đối tượng',
    number: 'Số hiệu',
    organisation: 'Tổ chức',
  } as Record<string, string>,
  evidenceLevel: {
    exact: 'trùng khớp',
    noDiacritics: 'giống, khác dấu (không dấu)',
    diacriticsOther: 'khác dấu ở họ hoặc tên đệm',
    diacriticsGiven: 'khác dấu ở tên',
    diacritics: 'khác dấu',
    middleMissing: 'thiếu tên đệm',
    wordMore: 'thêm một chữ',
    middleInitial: 'tên đệm viết tắt',
    oneEdit: 'khác một chữ',
    reordered: 'đảo thứ tự',
    equal: 'bằng nhau',
    near: 'gần nhau',
    same: 'giống nhau',
    sameGeneric: 'giống nhau (chung chung)',
    sameDistrict: 'cùng cấp huyện',
    similar: 'gần giống',
    different: 'khác nhau',
    unrelated: 'khác hẳn',
    conflict: 'mâu thuẫn',
    unknown: 'không rõ',
    none: 'không có',
    common: 'tên phổ biến',
    rare: 'tên hiếm',
  } as Record<string, string>,
  dupMarked: 'Đã ghi quyết định «Không trùng».',
  ceremony: 'Lễ tuyên dương',
  ceremonyLabel: (id: string, date?: string) => `Năm ${id}${date ? ` (${date})` : ''}`,
  runConsolidate: 'Tổng hợp',
  consolidateAsOf: (date: string) => `Danh sách được lập theo ngày xét ${date} (đổi ngày xét ở thẻ «Kiểm tra»).`,
  consolidating: 'Đang tổng hợp…',
  written: (names: string[]) => `Đã tạo các trang: ${names.map((n) => `«${n}»`).join(', ')}.`,
  downloaded: (name: string) => `Đã tạo tệp ${name} (xem thư mục Tải về).`,
  consolidateCounts: (c: number, i: number, x: number) => `${c} tập thể, ${i} cá nhân; ${x} dòng không đưa vào danh sách (xem trang kèm lý do).`,
  cancelled: 'Đã hủy: không có trang nào bị thay đổi.',
  download: 'Tải lại tệp',
  downloadWord: 'Tải bản Word',
  makingWord: 'Đang tạo bản Word…',
  replaceTitle: 'Thay thế danh sách cũ?',
  replaceBody: (names: string[]) =>
    `Lần tổng hợp trước đã tạo các trang ${names.map((n) => `«${n}»`).join(', ')}. Thay bằng danh sách mới? Các trang khác không bị động đến.`,
  replaceYes: 'Thay thế',
  replaceNo: 'Giữ nguyên',
  pickFiles: 'Chọn tệp (.xlsx, .xls, .docx)…',
  pickHintBrowser: 'Chọn tệp tổng hợp của huyện, hoặc danh sách đơn vị cùng các tệp đơn vị gửi về. Tệp chỉ được đọc trên máy này.',
  pickHintExcel: 'Chọn các tệp đơn vị gửi về: danh sách đăng ký trong đó (kể cả gõ phông .VnTime, VNI) được kiểm tra và tổng hợp cùng sổ làm việc này.',
  noFiles: 'Chưa chọn tệp nào.',
  fileRenamed: (pickedAs: string, name: string) =>
    `Đã chọn một tệp khác cùng tên «${pickedAs}» (chẳng hạn của đơn vị khác, ở thư mục khác), nên tệp này mang tên «${name}» và cả hai ` +
    'đều được kiểm tra. Nếu đây là bản đã sửa của tệp kia, hãy bỏ tệp kia.',
  remove: 'Bỏ',
  reading: 'Đang đọc tệp…',
  profileIntro:
    'Các thông số của Hướng dẫn dùng để kiểm tra và lập danh sách. Trong Excel, các thông số bạn sửa được ghi vào trang «Cấu hình» của sổ làm việc (dòng đã có thì sửa giá trị, chưa có thì thêm dòng), nơi mọi công cụ cùng đọc. ' +
    'Trên trình duyệt, cấu hình được lưu trên máy này; thông số nào tệp đã chọn ghi trong trang «Cấu hình» của tệp thì theo tệp.',
  profileFields: {
    district: 'Tên huyện',
    superiorBody: 'Cấp ủy cấp trên',
    issuingBody: 'Cơ quan ban hành',
    place: 'Địa danh ghi ngày tháng',
    plan: 'Hạn gửi kế hoạch triển khai (trước ngày)',
    list: 'Hạn gửi danh sách đăng ký (trước ngày)',
    dayOnTime: 'Nộp đúng ngày hạn vẫn là đúng hạn',
    quotas: 'Chỉ tiêu tối thiểu theo loại đơn vị',
    abbreviations: 'Viết tắt tên đơn vị (thêm vào bảng có sẵn)',
    abbreviationsHint: 'Các cặp «viết tắt = tên đầy đủ» cách nhau bởi dấu «;», ví dụ: HCTĐ = Hội Chữ thập đỏ; TT = thị trấn | trung tâm',
    abbreviationsInvalid: 'Mỗi cặp cần dạng «viết tắt = tên đầy đủ», các cặp cách nhau bởi dấu «;».',
    signedList: 'Danh sách tuyên dương (bản trình ký)',
    authority: 'Người ký: thay mặt, ký thay (ví dụ T/M BAN THƯỜNG VỤ)',
    signerTitle: 'Người ký: chức vụ',
    signerName: 'Người ký: họ và tên (để trống để ký tay)',
    recipients: 'Nơi nhận (mỗi dòng một nơi)',
    award: 'Hình thức khen thưởng khi đơn vị không đề nghị',
    decisionNumber: 'Số quyết định (để trống nếu không kèm quyết định)',
    decisionDate: 'Ngày quyết định (để trống để ghi tay)',
    decisionIssuer: 'Cơ quan quyết định',
  },
  save: 'Lưu cấu hình',
  saved: 'Đã lưu cấu hình.',
  reset: 'Về mặc định',
  busy: 'Đang xử lý…',
  unexpected: 'Đã xảy ra lỗi ngoài dự kiến; sổ làm việc không bị thay đổi. Hãy thử lại.',
  tabsMenu: 'Chọn mục',
  viewBy: 'Xem theo',
  viewByUnit: 'Đơn vị',
  viewByCode: 'Loại lỗi',
  dateHint: 'ngày/tháng/năm, ví dụ 25/02/2023',
  dateInvalid: 'Ngày không hợp lệ: hãy ghi ngày/tháng/năm, ví dụ 25/02/2023.',
  unreadableFiles: (n: number) => `${formatNumber(n)} tệp không đọc được`,
  unreadableTitle: 'Tệp không đọc được (các tệp khác vẫn được kiểm tra)',
  notesTitle: 'Cần biết về kết quả này',
  mergedNotInFunctions: (n: number) =>
    `Kết quả này tính cả ${formatNumber(n)} tệp đã gộp (Gộp file). Các tệp gộp chỉ được đọc trong ngăn này, không ghi vào sổ làm việc, ` +
    'nên các hàm DIENHINH trong ô (như CHECKQUOTA) chỉ tính dữ liệu của sổ làm việc và có thể cho kết quả khác.',
  hiddenRowsCounted: (sheet: string, rows: number[]) =>
    `Trang «${sheet}» có ${formatNumber(rows.length)} dòng đang ẩn (dòng ${rows.slice(0, 10).join(', ')}${rows.length > 10 ? ', …' : ''}): ` +
    'đã tính như dòng đang hiện, vì Excel không cho biết dòng bị ẩn do thu gọn nhóm (Dữ liệu > Nhóm) hay do đơn vị ẩn để bỏ. ' +
    'Nếu đơn vị đã bỏ dòng nào, hãy xóa dòng đó hoặc ghi «Rút tên» rồi kiểm tra lại.',
  collection: (sent: number, total: number) => `Đã gửi ${formatNumber(sent)}/${formatNumber(total)} đơn vị`,
  notSentCount: (n: number) => (n ? `, còn ${formatNumber(n)} đơn vị chưa gửi` : ''),
  deadlineIn: (days: number, date: string) =>
    days > 0 ? `Hạn gửi danh sách ${date}: còn ${formatNumber(days)} ngày.` : days === 0 ? `Hôm nay (${date}) là hạn gửi danh sách.` : `Hạn gửi danh sách ${date} đã qua ${formatNumber(-days)} ngày.`,
  unitsTitle: 'Các đơn vị (đơn vị nhiều lỗi nhất ở trên)',
  filterBloc: 'Khối',
  allBlocs: 'Tất cả các khối',
  filterErrors: 'Còn lỗi',
  filterNotSent: 'Chưa gửi',
  noUnitMatches: 'Không có đơn vị nào theo bộ lọc này.',
  unitCounts: (e: number, w: number) => [e ? `${formatNumber(e)} lỗi` : '', w ? `${formatNumber(w)} cảnh báo` : ''].filter(Boolean).join(', '),
  timeliness: {
    'on-time': 'Đúng hạn',
    late: 'Trễ hạn',
    missing: 'Chưa gửi (quá hạn)',
    pending: 'Chưa gửi',
    unknown: 'Đã gửi, chưa rõ ngày',
  } as Record<string, string>,
  received: (files: string[], date?: string, from?: 'units-list' | 'date-line' | 'row-dates') =>
    files.length
      ? `Tệp: ${files.join(', ')}${date ? ` — ngày ${date}${from === 'date-line' ? ' (theo dòng ngày tháng của tệp)' : from === 'row-dates' ? ' (theo ngày đăng ký muộn nhất ở các dòng)' : ''}` : ''}`
      : date
        ? `Ngày gửi ${date}`
        : 'Chưa nhận tệp nào',
  /** `required` null: the unit's type is unknown (UNKNOWN_UNIT_TYPE), so is its quota. */
  quotaLine: (required: number | null, registered: number, ok: boolean, shortfall: number | null) =>
    required === null || shortfall === null
      ? `Chỉ tiêu: cần ${msg.quotaUnknown}, có ${formatNumber(registered)} — ${msg.quotaUnknownStatus}`
      : `Chỉ tiêu: cần ${formatNumber(required)}, có ${formatNumber(registered)} — ${ok ? 'Đạt' : `Thiếu ${formatNumber(shortfall)}`}`,
  unitNoFindings: 'Đơn vị này không có lỗi hay cảnh báo.',
  unitsLine: (n: number, label: string, units: string[]) => `${formatNumber(n)} đơn vị — ${label}: ${units.join('; ')}`,
  otherFindings: 'Lỗi, cảnh báo không thuộc đơn vị nào trong danh sách',
  moreFindings: (n: number) => `… và ${formatNumber(n)} mục nữa`,
  notes: 'Ghi chú (phông chữ cũ, ký tự ẩn…)',
  feedback: 'Xuất phiếu góp ý',
  feedbackBusy: 'Đang lập phiếu góp ý…',
  feedbackDownloaded: (name: string, n: number) => `Đã tạo tệp ${name}: ${formatNumber(n)} phiếu góp ý, mỗi đơn vị một trang (xem thư mục Tải về).`,
  feedbackOpened: (n: number) => `Đã mở sổ làm việc mới gồm ${formatNumber(n)} phiếu góp ý, mỗi đơn vị một trang; hãy lưu lại để gửi các đơn vị.`,
  feedbackNone: 'Không đơn vị nào có nội dung cần góp ý (lỗi, cảnh báo trong danh sách đơn vị gửi): không cần phiếu góp ý.',
  dupFilterConfidence: 'Mức độ',
  dupAll: 'Tất cả',
  dupShown: (from: number, to: number, total: number) => `Nhóm ${formatNumber(from)}–${formatNumber(to)} / ${formatNumber(total)}`,
  dupPrev: 'Trang trước',
  dupNext: 'Trang sau',
  dupSame: 'Trùng',
  dupLater: 'Để sau',
  dupDecided: { same: 'Đã xác định: trùng', later: 'Để sau' } as Record<string, string>,
  dupMarkedSame: 'Đã ghi quyết định «Trùng».',
  dupStored: (n: number) => `Quyết định đã lưu trên trình duyệt này (${formatNumber(n)})`,
  dupStoredNote:
    'Các quyết định «Trùng», «Không trùng» được lưu trên máy này và áp dụng cho mọi lần kiểm tra sau, kể cả khi mở lại ' +
    'trang; danh sách tuyên dương tải về có kèm trang «Quyết định trùng lặp». Nếu đã chọn nhầm, hãy bỏ quyết định đó.',
  dupVerdict: { duplicate: 'Trùng', 'not-duplicate': 'Không trùng' } as Record<string, string>,
  dupForget: 'Bỏ quyết định',
  dupForgotten: 'Đã bỏ quyết định. Hãy chạy lại «Kiểm tra» để xem lại nhóm này.',
  dupMember: (i: number) => `Dòng ${i}`,
  dupFields: {
    file: 'Tệp',
    sheet: 'Trang',
    row: 'Dòng',
    unit: 'Đơn vị',
    bloc: 'Khối',
    name: 'Họ tên / tên tập thể',
    birthYear: 'Năm sinh',
    gender: 'Giới tính',
    work: 'Chức vụ, nơi công tác',
    commune: 'Xã, thị trấn',
  },
  dupDiffers: 'khác',
  gender: { male: 'Nam', female: 'Nữ' } as Record<string, string>,
  whyCertain: (agree: string[]) => `Chắc chắn trùng vì ${agree.length ? agree.join(', ') : 'các thông tin khớp nhau'}.`,
  whyProbable: (agree: string[], doubt: string[]) =>
    `Chỉ có thể trùng: ${agree.length ? agree.join(', ') : 'một phần thông tin giống'}, ` +
    `nhưng ${doubt.length ? doubt.join(', ') : 'các dòng này cũng giống một dòng khác ghi khác, hoặc chưa đủ thông tin để chắc chắn là một'}; cần người xem lại.`,
  /** A name's near agreement as a reason for doubt, in the command line's words (messages.ts). */
  doubtOf: {
    'name.diacriticsGiven': 'tên chỉ khác dấu (có thể là hai người khác nhau)',
    'name.diacriticsOther': 'họ tên khác dấu ở họ hoặc tên đệm',
    'name.oneEdit': 'họ tên khác một chữ cái (có thể gõ nhầm, có thể là hai người khác nhau)',
    'name.wordMore': 'một dòng có thêm một chữ trong tên (có thể là hai người khác nhau)',
    'name.middleMissing': 'một dòng thiếu tên đệm',
    'name.middleInitial': 'một dòng viết tắt tên đệm',
    'birthYear.near': 'năm sinh lệch một năm',
    'birthYear.typo': 'năm sinh khác nhau một chữ số',
  } as Record<string, string>,
  pickAgain: 'Chọn thêm tệp',
  filesChosen: (n: number) => `Đã chọn ${formatNumber(n)} tệp.`,
  quotaInvalid: (name: string) => `Chỉ tiêu của «${name}» phải là số nguyên không âm.`,
  savedBrowser: 'Đã lưu cấu hình trên máy này.',
  /** A setting a picked workbook's «Cấu hình» sheet decides: shown from the file, changed only there. */
  profileFromFile: (source: string) => `Theo ${source.charAt(0).toLocaleLowerCase('vi')}${source.slice(1)}: muốn đổi, hãy sửa trong tệp rồi chọn lại tệp.`,
  savedNotApplied: (labels: string[]) =>
    `Đã lưu trên máy này, nhưng ${labels.map((l) => `«${l}»`).join(', ')} vẫn theo trang «Cấu hình» của tệp đã chọn: muốn đổi, hãy sửa trong tệp.`,
  profileSheetNotOurs: (sheet: string) =>
    `Trang «${sheet}» của sổ làm việc không phải bảng cấu hình (cột «Khóa | Giá trị»), nên cấu hình không được ghi vào đó. ` +
    'Hãy đổi tên trang này rồi lưu lại: cấu hình sẽ được ghi vào một trang «Cấu hình» mới.',
  /** What the workspaces say while they work, and when they cannot. */
  working: {
    readingWorkbook: 'Đang đọc sổ làm việc…',
    checking: 'Đang kiểm tra theo Hướng dẫn…',
    feedback: 'Đang lập phiếu góp ý…',
    feedbackBook: 'Đang tạo sổ làm việc phiếu góp ý…',
    ceremonyList: 'Đang lập danh sách tuyên dương…',
    writingSheets: 'Đang ghi các trang mới…',
    makingXlsx: 'Đang tạo tệp Excel…',
    noList: 'Không lập được danh sách.',
    todayUnreadable: 'Ngày hôm nay không đọc được.',
    noFiles: 'Hãy chọn ít nhất một tệp .xlsx, .xls hoặc .docx (danh sách đơn vị, danh sách đăng ký hoặc tệp tổng hợp của huyện).',
    noneRead: 'Không tệp nào đọc được: hãy xem lý do bên cạnh từng tệp ở mục «Chọn tệp».',
  },
  /** What Excel was doing when it failed, for the sentence that explains the failure. */
  officeAction: {
    check: 'kiểm tra',
    feedback: 'lập phiếu góp ý',
    consolidate: 'tổng hợp',
    decision: 'ghi quyết định',
    saveProfile: 'lưu cấu hình',
    readProfile: 'đọc cấu hình',
    select: 'chọn ô',
    highlight: 'tô màu',
    clearHighlight: 'bỏ tô màu',
  },
};
