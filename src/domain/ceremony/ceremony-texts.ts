/** The Vietnamese texts of the ceremony list and its side sheets (Hướng dẫn 36-HD/VPTW layout). */
import type { Ceremony, Profile } from '../profile';

const upper = (s: string) => s.toLocaleUpperCase('vi');

export const ceremonyText = {
  sheetName: (c: Ceremony) => `Lễ tuyên dương ${c.id}`,
  excludedSheetName: 'Không đưa vào danh sách',
  quotaSheetName: 'Chỉ tiêu đăng ký',
  superiorBody: (p: Profile) => upper(`${p.superiorBody}${p.district ? ` ${p.district}` : ''}`),
  issuingBody: (p: Profile) => upper(p.issuingBody),
  party: 'ĐẢNG CỘNG SẢN VIỆT NAM',
  dateLine: (p: Profile, c: Ceremony) => {
    const [y, m, d] = c.date.split('-').map(Number);
    const place = p.place || p.district;
    return `${place ? `${place}, ` : ''}ngày ${d} tháng ${m} năm ${y}`;
  },
  title: 'DANH SÁCH',
  description: (c: Ceremony) =>
    `các tập thể, cá nhân điển hình tiên tiến trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh ` +
    `giai đoạn ${c.from} – ${c.to}, được biểu dương, khen thưởng nhân dịp kỷ niệm ${c.anniversary} năm Ngày sinh ` +
    `Chủ tịch Hồ Chí Minh (19/5/1890 – ${Number(c.date.slice(8, 10))}/${Number(c.date.slice(5, 7))}/${c.date.slice(0, 4)})`,
  columns: ['STT', 'Tên tập thể / Họ và tên', 'Năm sinh', 'Chức vụ, đơn vị công tác', 'Đơn vị đề xuất', 'Tóm tắt thành tích', 'Hình thức', 'Ghi chú'],
  collectives: 'I. TẬP THỂ',
  individuals: 'II. CÁ NHÂN',
  total: (collectives: number, individuals: number) => `Tổng cộng: ${collectives} tập thể, ${individuals} cá nhân`,
  recipients: ['Nơi nhận:', '- Thường trực Huyện ủy,', '- Các đơn vị có tên trong danh sách,', '- Lưu Ban Tuyên giáo.'],
  signerTitle: 'TRƯỞNG BAN',
  probableNote: (other: string) => `Có thể trùng với ${other}; đề nghị kiểm tra lại.`,
  excludedColumns: ['Tệp', 'Trang', 'Dòng', 'Đơn vị đề xuất', 'Tên tập thể / Họ và tên', 'Lý do không đưa vào danh sách'],
  reasonPhase: (c: Ceremony) => `Đăng ký bổ sung ở giai đoạn 2: không thuộc danh sách lễ tuyên dương ${c.id}.`,
  reasonNotProposed: 'Đơn vị không đề nghị biểu dương (cột «Hình thức đề nghị» để trống).',
  reasonDuplicateOf: (name: string) => `Trùng với «${name}» đã có trong danh sách (gộp thành một dòng).`,
  quotaColumns: ['STT', 'Đơn vị', 'Loại đơn vị', 'Khối', 'Chỉ tiêu tối thiểu', 'Đã đăng ký (hợp lệ, giai đoạn 1)', 'Kết quả'],
  quotaStatus: (ok: boolean, shortfall: number) => (ok ? 'Đạt' : `Thiếu ${shortfall}`),
};
