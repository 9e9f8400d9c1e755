/**
 * The «Cấu hình» sheet's labels of the profile's keys, in one table: the sheet is read by them (sheet-profile.ts,
 * ceremony-list-settings.ts), and the profile's messages name a key as the sheet does (load-profile.ts).
 */
export const SHEET_LABELS = {
  district: 'Tên huyện',
  superiorBody: 'Cấp ủy cấp trên',
  issuingBody: 'Cơ quan ban hành',
  place: 'Địa danh ghi ngày tháng',
  'period.from': 'Giai đoạn từ năm',
  'period.to': 'Giai đoạn đến năm',
  'deadlines.plan': 'Hạn gửi kế hoạch triển khai',
  'deadlines.list': 'Hạn gửi danh sách đăng ký',
  deadlineDayIsOnTime: 'Nộp đúng ngày hạn vẫn là đúng hạn',
  unitAbbreviations: 'Viết tắt tên đơn vị',
  'ceremonyList.signature.authority': 'Người ký: thay mặt, ký thay',
  'ceremonyList.signature.title': 'Người ký: chức vụ',
  'ceremonyList.signature.name': 'Người ký: họ và tên',
  'ceremonyList.recipients': 'Nơi nhận',
} as const;

/** A unit type's own settings, one row per type («Chỉ tiêu: Đảng bộ xã»). */
export const UNIT_TYPE_LABELS = {
  quota: (type: string) => `Chỉ tiêu: ${type}`,
  bloc: (type: string) => `Khối: ${type}`,
} as const;

/** A ceremony's own settings, one row per ceremony and field («Lễ tuyên dương 2023: ngày»). */
export const CEREMONY_FIELD_WORDS = {
  date: 'ngày',
  anniversary: 'kỷ niệm năm ngày sinh',
  from: 'từ năm',
  to: 'đến năm',
  phases: 'giai đoạn',
} as const;

export const ceremonyLabel = (id: string, field?: keyof typeof CEREMONY_FIELD_WORDS): string =>
  `Lễ tuyên dương ${id}${field ? `: ${CEREMONY_FIELD_WORDS[field]}` : ''}`;
