import { unknownUnitType } from '../../../src/domain/rules/unknown-unit-type';
import { ctx, unit } from './helpers';

describe('UNKNOWN_UNIT_TYPE (R2, R3)', () => {
  it('fires once per unit without a type, on its row of the list', () => {
    const redCross = unit('Hội Chữ thập đỏ huyện', { code: 'CTD' });
    const elders = unit('Hội Người cao tuổi huyện', { typeText: 'Hội đặc thù' });
    const found = unknownUnitType(ctx({ units: [unit('Huyện đoàn'), redCross, elders] }));
    expect(found.map((f) => [f.code, f.severity, f.row, f.unit, f.unitCode])).toEqual([
      ['UNKNOWN_UNIT_TYPE', 'warning', redCross.source.row, 'Hội Chữ thập đỏ huyện', 'CTD'],
      ['UNKNOWN_UNIT_TYPE', 'warning', elders.source.row, 'Hội Người cao tuổi huyện', undefined],
    ]);
    expect(found[1]?.message).toContain('cột loại đơn vị ghi «Hội đặc thù»');
  });

  it('does not fire for units typed by their name, including a bare commune name', () => {
    expect(unknownUnitType(ctx({ units: [unit('Huyện đoàn'), unit('Xã Phú Hữu'), unit('ĐU thị trấn An Phú')] }))).toEqual([]);
  });
});
