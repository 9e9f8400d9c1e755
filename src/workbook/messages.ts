/** What reading and writing files says to the user (Vietnamese), in one place: every door's file errors. */
const MB = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
/** A Word document's name (.docx, .doc and their macro and template kinds): a file whose bytes cannot say what it is is told as its name says. */
const wordNamed = (file: string) => /\.(docx|docm|dotx|dotm|doc|dot)$/i.test(file);
const damagedExcel = (file: string) => `Tệp ${file} bị hỏng hoặc không đọc được: hãy mở thử bằng Excel, lưu lại dưới dạng .xlsx rồi chọn lại.`;

export const fileText = {
  empty: (file: string) => `Tệp ${file} rỗng (0 byte): hãy xin đơn vị gửi lại tệp.`,
  /** An encrypted package, a workbook or a document alike: told as its name says. */
  passwordProtected: (file: string) =>
    wordNamed(file)
      ? `Tệp ${file} có đặt mật khẩu: hãy mở bằng Word, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ tài liệu) rồi lưu lại dưới dạng .docx.`
      : `Tệp ${file} có đặt mật khẩu: hãy mở bằng Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi lưu lại.`,
  oldExcel: (file: string) => `Tệp ${file} là tệp Excel cũ (.xls): hãy mở bằng Excel và lưu lại dưới dạng .xlsx.`,
  oldWord: (file: string) => `Tệp ${file} là văn bản Word cũ (.doc): hãy mở bằng Word và lưu lại dưới dạng .docx.`,
  notXlsx: (file: string) => `Tệp ${file} không phải là sổ làm việc Excel (.xlsx): hãy chọn đúng tệp .xlsx.`,
  damaged: damagedExcel,
  /** An old-format (OLE) file that could not be read, which may be a workbook or a document: told as its name says. */
  damagedByName: (file: string) =>
    wordNamed(file) ? `Tệp ${file} bị hỏng hoặc không đọc được: hãy mở thử bằng Word, lưu lại dưới dạng .docx rồi chọn lại.` : damagedExcel(file),
  incomplete: (file: string, word: boolean) =>
    `Tệp ${file} bị hỏng hoặc không đầy đủ: hãy xin đơn vị gửi lại, hoặc ${word ? 'mở bằng Word rồi lưu lại dưới dạng .docx' : 'mở bằng Excel rồi lưu lại dưới dạng .xlsx'}.`,
  tooManyParts: (file: string, parts: number, limit: number, word: boolean) =>
    `Tệp ${file} có quá nhiều thành phần (${parts}; tối đa ${limit}): không phải ${word ? 'văn bản Word' : 'sổ làm việc'} bình thường.`,
  zipBomb: (file: string, bytes: number) => `Tệp ${file} nén bất thường (giải nén ra ${MB(bytes)}): tệp này không được mở để bảo vệ máy.`,
  /** `what`: how large, as the reader measured it ("1.234 MB khi giải nén; tối đa 600 MB", "hơn 20.000.000 ô"). */
  tooLarge: (file: string, what: string) => `Tệp ${file} quá lớn để xử lý (${what}): hãy tách thành nhiều tệp nhỏ hơn.`,
  unzipped: (bytes: number, cap: number) => `${Number.isFinite(bytes) ? MB(bytes) : 'trên 4 GB'} khi giải nén; tối đa ${MB(cap)}`,
  atMost: (cap: number) => `tối đa ${MB(cap)}`,
  isDirectory: (path: string) => `${path} là một thư mục, không phải tệp danh sách: hãy chỉ rõ tên tệp.`,
  notFound: (path: string) => `Không tìm thấy tệp ${path}: hãy kiểm tra lại đường dẫn.`,
  noReadPermission: (path: string) => `Không có quyền đọc tệp ${path}: hãy kiểm tra quyền truy cập.`,
  unreadable: (path: string) => `Không đọc được tệp ${path}: hãy kiểm tra lại tệp.`,
  outIsInput: (out: string) => `Tệp kết quả ${out} trùng với một tệp đầu vào: hãy chọn tên khác để không ghi đè dữ liệu gốc.`,
  outNotOurs: (out: string) =>
    `Đã có tệp ${out}, không phải tệp kết quả Điển hình đã ghi trước đây: chương trình không ghi đè để khỏi mất dữ liệu trong đó. Hãy chọn tên tệp kết quả khác, hoặc tự đổi tên hay xoá tệp cũ rồi chạy lại.`,
  noFolder: (dir: string) => `Không có thư mục ${dir}: hãy chọn nơi lưu tệp kết quả có thật.`,
  noWritePermission: (dir: string) => `Không có quyền ghi vào ${dir}: hãy chọn nơi lưu khác.`,
  outIsDirectory: (out: string) => `${out} là một thư mục: hãy ghi rõ tên tệp kết quả (.xlsx hoặc .docx).`,
  notWritten: (out: string) => `Không ghi được tệp kết quả ${out}: hãy kiểm tra chỗ trống trên đĩa và quyền ghi.`,
};
