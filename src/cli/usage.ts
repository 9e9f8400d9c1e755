/** Usage mistakes (exit 2) and the help text. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const HELP = `dienhinh — kiểm tra và tổng hợp danh sách điển hình tiên tiến

Cách dùng:
  dienhinh check TỆP... [--as-of NĂM-THÁNG-NGÀY] [--config CẤU_HÌNH.json] [--json]
  dienhinh consolidate TỆP... --ceremony 2023|2025 -o KẾT_QUẢ.xlsx|KẾT_QUẢ.docx [--as-of ...] [--config ...]
  dienhinh feedback TỆP... -o THƯ_MỤC [--as-of ...] [--config ...]

  check        kiểm tra các tệp theo hướng dẫn; in báo cáo (hoặc JSON với --json)
  consolidate  lập danh sách tuyên dương (tệp .xlsx mới, hoặc bản Word khi tệp kết quả có đuôi .docx)
  feedback     lập phiếu góp ý: mỗi đơn vị còn lỗi, cảnh báo một tệp .xlsx trong THƯ_MỤC

Tùy chọn:
  --as-of      ngày dùng để xét hạn (mặc định: hôm nay)
  --config     tệp cấu hình JSON thay cho cấu hình mặc định (hướng dẫn 2021–2025)
  --json       in kết quả dạng JSON
  --ceremony   lễ tuyên dương: 2023 hoặc 2025
  -o, --out    tệp kết quả (feedback: thư mục kết quả); chỉ ghi đè tệp do Điển hình tạo ra trước đó
  -h, --help   hiện hướng dẫn này

Mã thoát: 0 không có lỗi, 1 có lỗi trong dữ liệu, 2 không dùng được dữ liệu vào hoặc gọi sai lệnh.
`;
