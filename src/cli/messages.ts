/** What the command line says (Vietnamese), in one place: usage errors, outcomes of consolidate, failures. */
export const cliText = {
  optionNeedsValue: (option: string) => `Tùy chọn ${option} cần một giá trị.`,
  unknownOption: (option: string) => `Không hiểu tùy chọn ${option}.`,
  unknownCommand: (command: string) => `Không có lệnh «${command}».`,
  optionNotForCommand: (command: string, option: string) => `Lệnh ${command} không dùng tùy chọn --${option}.`,
  filesNeeded: (command: string) => `Lệnh ${command} cần ít nhất một tệp (.xlsx, .xlsm, .xls hoặc .docx).`,
  invalidAsOf: (text: string) => `Ngày xét «${text}» không hợp lệ: hãy ghi dạng NĂM-THÁNG-NGÀY, ví dụ --as-of 2023-03-01.`,
  configUnreadable: (file: string) => `Không đọc được tệp cấu hình ${file}: hãy kiểm tra lại đường dẫn.`,
  configSource: (file: string) => `Tệp cấu hình ${file}`,
  ceremonyNeeded: 'Lệnh consolidate cần --ceremony 2023 hoặc --ceremony 2025.',
  outNeeded: 'Lệnh consolidate cần tệp kết quả: -o KẾT_QUẢ.xlsx (hoặc .docx cho bản Word).',
  outExtension: (out: string) => `Tệp kết quả «${out}» phải có đuôi .xlsx hoặc .docx.`,
  /** Only such files given: the list the user meant is the one the owner file sits beside. */
  lockFilesOnly: (file: string) =>
    `${file} là tệp tạm Excel/Word tạo ra khi một tệp đang mở, không phải danh sách: hãy chọn tệp «${file.replace(/^~\$/, '')}».`,
  lockFileSkipped: (file: string) => `Bỏ qua ${file}: đây là tệp tạm Excel/Word tạo ra khi một tệp đang mở, không phải danh sách.`,
  checksInWord: (n: number) =>
    `${n} điều cần kiểm tra lại trước khi trình ký (có thể trùng, năm sinh không đọc được, hình thức đề nghị khác nhau…); ` +
    'bản Word không ghi các điều này, nên chúng được liệt kê dưới đây (lập thêm bản .xlsx để có chúng trong một trang):',
  /** With a Word list, which holds no notes sheet: each point to check before signing, in full (review 24). */
  checkLine: (name: string, unit: string, file: string, sheet: string, row: number, what: string) =>
    `  - «${name}» (${unit}; ${file}, trang «${sheet}», dòng ${row}): ${what}`,
  givenTwice: (file: string, times: number) => `Tệp ${file} được ghi ${times} lần trong lệnh: chỉ đọc một lần.`,
  notice: (level: 'warning' | 'info', message: string) => `${level === 'warning' ? 'Cảnh báo' : 'Lưu ý'}: ${message}`,
  excludedInWord: (n: number) => `${n} dòng không đưa vào danh sách (lập tệp .xlsx để xem lý do từng dòng). `,
  excludedInSheet: (n: number, sheet: string) => `${n} dòng không đưa vào danh sách (xem trang «${sheet}»). `,
  written: (out: string, collectives: number, individuals: number, excluded: string, errors: number, warnings: number) =>
    `Đã ghi ${out}: ${collectives} tập thể, ${individuals} cá nhân; ${excluded}` + `Kết quả kiểm tra: ${errors} lỗi, ${warnings} cảnh báo.`,
  feedbackOutNeeded: 'Lệnh feedback cần thư mục kết quả: -o THƯ_MỤC.',
  feedbackWritten: (n: number, dir: string) => `Đã ghi ${n} phiếu góp ý vào ${dir}.`,
  feedbackNone: 'Không đơn vị nào có nội dung cần góp ý (lỗi, cảnh báo trong danh sách đơn vị gửi): không có phiếu góp ý nào.',
  feedbackWithout: (units: string[]) => `Không có phiếu (không có lỗi, cảnh báo nào cần góp ý) cho ${units.length} đơn vị: ${units.join(', ')}.`,
  feedbackDistrict: (n: number) => `${n} nội dung không gửi đơn vị nào (không thuộc đơn vị nào trong danh sách đơn vị), huyện tự xem lại:`,
  feedbackDistrictLine: (label: string, place: string, message: string) => `  - ${label}: ${place}. ${message}`,
  /** Units recorded as having sent their list, none of whose rows was read (trial20b #2): named before the phiếu. */
  feedbackListsUnread: (said: string, count: number) =>
    `${said} Phiếu góp ý đề nghị ${count > 1 ? 'các đơn vị này' : 'đơn vị'} gửi lại danh sách; nếu Ban đã có tệp, hãy đưa thêm vào rồi lập lại phiếu.`,
  /** A Word table of numbered rows not read (SHEET_SKIPPED): its unit's phiếu says it, or no phiếu can. */
  feedbackTableUnread: (file: string, sheet: string, unit: string | undefined) =>
    `«${sheet}» của tệp ${file} có các dòng đánh số nhưng không được đọc (không có dòng tiêu đề cột, không nối tiếp ` +
    'được bảng danh sách nào): các điển hình trong bảng này chưa được kiểm tra' +
    (unit ? `; phiếu góp ý của ${unit} đề nghị đơn vị chép dòng tiêu đề cột lên đầu bảng rồi gửi lại.` : '; chưa rõ tệp của đơn vị nào, huyện tự xem lại.'),
  folderNotMade: (dir: string) => `Không tạo được thư mục ${dir}: hãy chọn nơi lưu khác.`,
  seeHelp: (message: string) => `${message} Xem «dienhinh --help».`,
  progressReading: (i: number, n: number, file: string) => (n > 1 ? `Đang đọc tệp ${i}/${n}: ${file}…` : `Đang đọc tệp ${file}…`),
  progressRecognising: 'Đang nhận ra các bảng và đọc từng dòng…',
  progressChecking: 'Đang kiểm tra (chỉ tiêu, thời hạn, trùng lặp…)…',
  progressWriting: (out: string) => `Đang lập và ghi ${out}…`,
  unexpected: 'Đã xảy ra lỗi ngoài dự kiến khi xử lý các tệp; không có tệp nào bị thay đổi. Hãy gửi tệp mẫu cho nhóm phát triển.',
};
