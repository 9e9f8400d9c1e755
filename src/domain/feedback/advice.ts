/** What a unit is asked to do about each kind of finding, in the words of a "phiếu góp ý". */
import type { FindingCode } from '../findings/finding';

export const ADVICE: Record<FindingCode, string> = {
  QUOTA_SHORT: 'Lựa chọn, bổ sung thêm điển hình cho đủ chỉ tiêu tối thiểu và gửi lại danh sách.',
  REGISTRATION_LATE: 'Lưu ý gửi đúng hạn ở các đợt sau; ghi rõ ngày gửi trên văn bản.',
  REGISTRATION_MISSING: 'Khẩn trương gửi danh sách đăng ký điển hình tiên tiến về Ban.',
  PLAN_LATE: 'Lưu ý gửi kế hoạch đúng hạn; ghi rõ ngày ban hành trên kế hoạch.',
  PLAN_MISSING: 'Gửi kế hoạch triển khai (ghi rõ ngày ban hành) về Ban.',
  NURTURE_PLAN_MISSING: 'Xây dựng và gửi kế hoạch bồi dưỡng, nhân rộng các điển hình đã đăng ký.',
  NURTURE_PLAN_INCOMPLETE: 'Bổ sung các nội dung còn thiếu vào kế hoạch bồi dưỡng.',
  INVALID_DATE: 'Ghi lại cho đúng: năm sinh bằng 4 chữ số (ví dụ 1975), ngày theo dạng ngày/tháng/năm (ví dụ 15/02/2023).',
  MISSING_VALUE: 'Điền đầy đủ thông tin còn thiếu ở dòng này.',
  NOT_SINGLE_SUBJECT: 'Tách thành nhiều dòng: mỗi dòng chỉ ghi một tập thể hoặc một cá nhân.',
  SUBJECT_KIND_MISMATCH: 'Kiểm tra lại cột đối tượng (tập thể hay cá nhân) cho đúng với tên.',
  UNKNOWN_UNIT: 'Ghi tên đơn vị đúng như trong danh sách các đơn vị.',
  // Several units' rows; one unit's own are advised in feedback-sheet.ts (no other unit to agree with: trial 22a #7).
  DUPLICATE:
    'Kiểm tra lại; mỗi điển hình chỉ đăng ký một lần, thống nhất với đơn vị cùng đề xuất; nếu là hai người (tập thể) khác nhau, báo Ban để Ban ghi nhận.',
  LEGACY_ENCODING: 'Lần sau dùng phông chữ Unicode (Times New Roman).',
  HIDDEN_CHARACTERS: 'Gõ lại ô này, không sao chép từ nơi khác.',
  UNIT_CONFLICT: 'Sửa mã, tên đơn vị (hoặc tiêu đề, tên trang, tên tệp) cho khớp nhau.',
  UNKNOWN_UNIT_TYPE: 'Ghi rõ loại đơn vị (ví dụ «Đảng bộ xã», «Chi bộ cơ sở»).',
  PHASE_UNREADABLE: 'Ghi rõ giai đoạn 1 hoặc giai đoạn 2.',
  SHEET_SKIPPED: 'Nếu trang này có danh sách, dùng đúng mẫu có dòng tiêu đề cột.',
  FILE_UNREADABLE: 'Gửi lại tệp Excel (.xlsx) mở được.',
};
