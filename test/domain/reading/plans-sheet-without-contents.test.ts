/**
 * Trial 9 #05 (b): a sheet logging the nurturing plans units sent («STT | Đơn vị | Số KH | Ngày | Nội dung») has no
 * content columns to judge. It was read as a units list of names, silently; it is now said to be skipped, with what
 * it lacks. Near misses: a units list of names alone stays one, and a plan sheet with its contents is judged.
 */
import type { Row } from '../../fixtures/workbooks';
import { checkBooks, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';

const UNITS = unitsBook([
  ['STT', 'Tên đơn vị', 'Loại đơn vị'],
  [1, 'Đảng bộ xã An Bình', 'Đảng bộ xã'],
  [2, 'Huyện đoàn', 'Đoàn thể huyện'],
]);
const REGISTRATIONS: Row[] = [
  ['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh'],
  [1, 'Đảng bộ xã An Bình', 'Nguyễn Văn An', 1970],
  [2, 'Đảng bộ xã An Bình', 'Trần Thị Bé', 1980],
  [3, 'Huyện đoàn', 'Đoàn Văn Thanh', 1995],
];

async function withSheet(name: string, rows: Row[]) {
  const { read, report } = await checkBooks([UNITS, { fileName: 'tong-hop.xlsx', sheets: [{ name: 'Đăng ký', rows: REGISTRATIONS }, { name, rows }] }]);
  return {
    units: read.units.map((u) => u.name),
    skipped: report.findings.filter((f) => f.code === 'SHEET_SKIPPED').map((f) => [f.sheet, f.message.includes('chưa kiểm tra được kế hoạch bồi dưỡng')]),
    nurture: report.findings.filter((f) => f.code.startsWith('NURTURE')).map((f) => [f.code, f.unit]),
  };
}

describe('a sheet logging the plans units sent, without their contents', () => {
  it.each([
    ['Kế hoạch bồi dưỡng', ['STT', 'Đơn vị', 'Số KH', 'Ngày', 'Nội dung']],
    ['Theo dõi', ['STT', 'Đơn vị', 'Số kế hoạch', 'Ngày ban hành', 'Ghi chú']],
    ['KH BD', ['STT', 'Tên đơn vị', 'Số, ngày', 'Ghi chú']],
  ])('«%s» %j: said to be skipped, with the contents it lacks; it adds no unit', async (name, header) => {
    const rows: Row[] = [
      ['THEO DÕI KẾ HOẠCH BỒI DƯỠNG, NHÂN RỘNG ĐIỂN HÌNH TIÊN TIẾN'],
      header,
      [1, 'Đảng bộ xã An Bình', '15-KH/ĐU', '10/03/2023', ''],
      [2, 'Huyện đoàn', 'Chưa gửi', '', ''],
      [3, 'Đảng bộ xã Tân Lập', '08-KH/ĐU', '12/03/2023', ''],
    ];
    expect(await withSheet(name, rows)).toEqual({ units: ['Đảng bộ xã An Bình', 'Huyện đoàn'], skipped: [[name, true]], nurture: [] });
  });

  it('near miss: a units list of names alone is still one', async () => {
    const { units, skipped } = await withSheet('Đơn vị khác', [
      ['STT', 'Tên đơn vị'],
      [1, 'Đảng bộ xã Tân Lập'],
    ]);
    expect(units).toContain('Đảng bộ xã Tân Lập');
    expect(skipped).toEqual([]);
  });

  it('near miss: a plan sheet with its content columns is judged', async () => {
    const { nurture, skipped } = await withSheet('Kế hoạch bồi dưỡng', [
      ['STT', 'Đơn vị', 'Số KH', 'Trách nhiệm lãnh đạo', 'Phân công phụ trách', 'Hoạt động bồi dưỡng', 'Tuyên truyền, nhân rộng', 'Biểu dương, khen thưởng', 'Chế độ thông tin, báo cáo'],
      [1, 'Đảng bộ xã An Bình', '15-KH/ĐU', 'x', 'x', 'x', 'x', 'x', ''],
    ]);
    expect(nurture).toEqual([
      ['NURTURE_PLAN_INCOMPLETE', 'Đảng bộ xã An Bình'],
      ['NURTURE_PLAN_MISSING', 'Huyện đoàn'],
    ]);
    expect(skipped).toEqual([]);
  });
});
