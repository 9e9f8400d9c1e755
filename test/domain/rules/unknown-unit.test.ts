import { unknownUnit } from '../../../src/domain/rules/unknown-unit';
import { unitResolver } from '../../../src/domain/units/resolve-unit';
import { checkShape, UNITS_ROWS } from '../../fixtures/column-shapes';
import type { Row } from '../../fixtures/workbooks';
import { ctx, reg, unit } from './helpers';

describe('UNKNOWN_UNIT (R2)', () => {
  const anBinh = unit('Đảng bộ xã An Bình', { code: 'X01' });

  it('fires on a row whose proposing unit matches no unit of the list, naming the unit as written', () => {
    const r = reg('Nguyễn Văn Hùng', undefined, { unitText: 'Đảng bộ xã Xuân Lộc' });
    const findings = unknownUnit(ctx({ units: [anBinh], registrations: [r] }));
    expect(findings).toEqual([
      expect.objectContaining({ code: 'UNKNOWN_UNIT', severity: 'error', rule: 'R2', row: r.source.row, unit: 'Đảng bộ xã Xuân Lộc' }),
    ]);
    expect(findings[0]?.message).toContain('«Đảng bộ xã Xuân Lộc» không có trong danh sách đơn vị');
  });

  it('says where a unit taken from the file name came from', () => {
    const r = reg('Nguyễn Văn Hùng', undefined, { unitText: 'Dang Bo Xa Moi', unitSource: 'file' });
    expect(unknownUnit(ctx({ units: [anBinh], registrations: [r] }))[0]?.message).toContain('(lấy từ tên tệp)');
  });

  it('does not fire for a resolved row, nor when there is no units list to match against', () => {
    expect(unknownUnit(ctx({ units: [anBinh], registrations: [reg('Nguyễn Văn Hùng', anBinh)] }))).toEqual([]);
    expect(unknownUnit(ctx({ units: [], registrations: [reg('Nguyễn Văn Hùng', undefined)] }))).toEqual([]);
  });
});

describe('unit matching tolerances (src/domain/units), as UNKNOWN_UNIT relies on them', () => {
  const units = [
    unit('Đảng bộ xã An Bình', { code: 'X01' }),
    unit('Đảng bộ xã Tân Hòa', { code: 'X02' }),
    unit('Đảng bộ xã Thanh Xuân', { code: 'X03' }),
    unit('Hội Nông dân huyện', { code: 'ND' }),
    unit('Ủy ban MTTQ Việt Nam huyện', { code: 'MT' }),
  ];
  const resolver = unitResolver(units, 'An Phú');
  const codeOf = (text: string) => resolver.resolve(text)?.code;

  it.each([
    ['x01', 'X01'], // code, any case
    ['  đảng  BỘ xã   an bình ', 'X01'], // case and spacing
    ['Đảng bộ xã An Bình'.normalize('NFD'), 'X01'], // decomposed Unicode
    ['Đảng bộ xã Tân Hoà', 'X02'], // tone placement
    ['Đảng ủy xã An Bình', 'X01'], // "Đảng ủy" for "Đảng bộ"
    ['Hội Nông dân huyện An Phú', 'ND'], // trailing district name
    ['Dang bo xa An Binh', 'X01'], // no diacritics, unambiguous
    ['Ủy ban Mặt trận Tổ quốc Việt Nam huyện', 'MT'], // abbreviation expanded
  ])('%p resolves to %p', (text, code) => {
    expect(codeOf(text)).toBe(code);
  });

  it('never matches a different place fuzzily: "Xuân Lộc" is not "Thanh Xuân"', () => {
    expect(resolver.resolve('Đảng bộ xã Xuân Lộc')).toBeUndefined();
    expect(resolver.resolve('Đảng bộ xã Thanh')).toBeUndefined();
  });
});

describe('UNKNOWN_UNIT on a nurturing-plan row', () => {
  const PLAN_HEAD = ['STT', 'Đơn vị', 'Ngày ban hành', 'Trách nhiệm lãnh đạo', 'Phân công phụ trách', 'Hoạt động bồi dưỡng', 'Tuyên truyền, nhân rộng', 'Biểu dương, khen thưởng', 'Chế độ thông tin, báo cáo'];
  const planOf = (unitText: string): Row => [1, unitText, '15/3/2023', 'x', 'x', 'x', 'x', 'x', 'x'];
  const check = async (unitText: string, units = UNITS_ROWS) => {
    const { report } = await checkShape({
      sheets: [
        { name: 'Đơn vị', rows: units },
        { name: 'Đăng ký', rows: [['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh'], [1, 'X01', 'Nguyễn Văn Tâm', 1968], [2, 'X01', 'Lê Thị Hoa', 1975]] },
        { name: 'KH bồi dưỡng', rows: [PLAN_HEAD, planOf(unitText)] },
      ],
    });
    return report.findings.filter((f) => f.code === 'UNKNOWN_UNIT' || f.code.startsWith('NURTURE')).map((f) => [f.code, f.sheet, f.row]);
  };

  it.each(['Chi bộ Bưu điện huyện', 'Đảng bộ xã Xuân Lộc'])('fires on a plan row of %p, which is no unit of the list', async (text) => {
    expect(await check(text)).toEqual([
      ['UNKNOWN_UNIT', 'KH bồi dưỡng', 2],
      ['NURTURE_PLAN_MISSING', 'Đơn vị', 2],
    ]);
  });

  it.each(['Đảng bộ xã An Bình', 'X01', 'ĐU xã An Bình'])('near miss: a plan row of %p is the unit\'s plan', async (text) => {
    expect(await check(text)).toEqual([]);
  });
});
