/** What the custom functions say in cells and error tooltips (Vietnamese), in one place. */
export const fnText = {
  unexpected: 'Lỗi ngoài dự kiến khi tính; hãy thử lại (Công thức › Tính toán lại).',
  timeout: 'Quá thời gian chờ kết quả; hãy tính lại sau ít phút.',
  notReady: 'Add-in chưa sẵn sàng; hãy mở khung tác vụ Điển hình rồi tính lại.',
  unitMissing: 'Hãy nhập tên hoặc mã đơn vị.',
  unitNotFound: (u: string) => `Không có đơn vị «${u}» trong danh sách đơn vị của sổ làm việc.`,
  typeUnknown: (u: string) => `Không nhận ra loại đơn vị của «${u}»: hãy ghi loại đơn vị (ví dụ «Đảng bộ xã»).`,
  whichUnknown: (w: string, ids: string[]) =>
    `Không rõ thời hạn «${w}»: hãy ghi «kế hoạch», «danh sách» hoặc năm lễ tuyên dương (${ids.join(', ')}).`,
  noDeadline: (w: string, ids: string[]) =>
    `Hướng dẫn không đặt thời hạn cho «${w}» (kế hoạch bồi dưỡng, danh sách bổ sung giai đoạn 2, đề nghị năm 2025 không có hạn riêng): ` +
    `hãy ghi «kế hoạch» (kế hoạch triển khai), «danh sách» (danh sách đăng ký) hoặc năm lễ tuyên dương (${ids.join(', ')}).`,
  dateUnreadable: (t: string) => `Không đọc được ngày «${t}»: hãy ghi ngày/tháng/năm, ví dụ 20/02/2023.`,
  dateMissing: 'Hãy nhập ngày cần xét.',
  textMissing: 'Hãy nhập một đoạn chữ.',
  namesMissing: 'Hãy chọn cột họ tên (một cột).',
  sizesDiffer: 'Các vùng năm sinh và đơn vị phải có cùng số dòng với vùng họ tên.',
  dateBeforePeriod: (date: string, from: number, to: number) =>
    `Ngày ${date} trước khi giai đoạn ${from} – ${to} bắt đầu, không thể là ngày gửi: có thể gõ nhầm năm; hãy sửa lại cho đúng ngày gửi.`,
  onTime: 'Đúng hạn',
  late: (n: number) => `Trễ ${n} ngày`,
  /** Sent on the deadline day, which "trước ngày" leaves out (unless the «Cấu hình» sheet says otherwise). */
  lateOnDeadlineDay: (deadline: string, bySetting: boolean) =>
    `Trễ hạn (nộp đúng ngày hạn ${deadline}; ${bySetting ? 'Cấu hình của huyện' : 'Hướng dẫn'} ghi «trước ngày ${deadline}»)`,
  ok: (has: number, need: number) => `Đạt (${has}/${need})`,
  short: (missing: number, has: number, need: number) => `Thiếu ${missing} (${has}/${need})`,
  /** A range's rows that name no unit of the units list (the check's UNKNOWN_UNIT), after the unit's status. */
  withUnknownRows: (status: string, rows: number) => `${status}; ${rows} dòng ghi đơn vị không có trong danh sách đơn vị`,
  tableHeader: ['Đơn vị', 'Loại đơn vị', 'Chỉ tiêu', 'Đã đăng ký', 'Kết quả'],
  tableOk: 'Đạt',
  tableShort: (n: number) => `Thiếu ${n}`,
  noUnits: 'Sổ làm việc chưa có danh sách đơn vị có loại đơn vị để tính chỉ tiêu.',
  /** The rows a row duplicates: for certain, then those it may duplicate ("3, 5, 7 (có thể)"). */
  duplicateOf: (certain: number[], probable: number[]) => [...certain.map(String), ...probable.map((p) => `${p} (có thể)`)].join(', '),
  /** The header row of DUPLICATES()'s table. */
  duplicatesHeader: ['STT', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Đơn vị đề xuất'],
};
