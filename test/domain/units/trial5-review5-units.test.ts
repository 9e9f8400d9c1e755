/**
 * Review 5 #6: a letter alone in brackets after a units-list name ("… Mỹ Lợi (A)", "(B)": sister units) is part of the
 * name, not a code; a code in brackets has a digit or two letters or more. Review 5 #8: the type cell is applied.
 */
import { checkUnits, codes, quotaOf, regRows } from '../../fixtures/trial5-fixc-shapes';
import type { Row } from '../../fixtures/workbooks';
import { splitUnitNameCode } from '../../../src/domain/units/name-code';
import { defaultProfile } from '../../../src/domain/profile';
import { unitTypeInferrer, unitTyping } from '../../../src/domain/units/unit-type';

describe('a letter alone in brackets is part of the name (#6)', () => {
  it.each(['Chi bộ Trường Tiểu học Mỹ Lợi (A)', 'Chi bộ Trường Tiểu học Mỹ Lợi (B)', 'Chi bộ ấp Phú Hòa [A]', 'Chi bộ ấp Phú Hòa ( C )', 'Chi bộ Trường THCS Đ (Đ)'])(
    '%s stays whole',
    (text) => expect(splitUnitNameCode(text)).toEqual({ name: text }),
  );

  it.each([
    ['Chi bộ Trường Tiểu học Mỹ Lợi (A1)', 'Chi bộ Trường Tiểu học Mỹ Lợi', 'A1'],
    ['Hội Nông dân huyện (HND)', 'Hội Nông dân huyện', 'HND'],
    ['Chi bộ ấp Phú Hòa (CB)', 'Chi bộ ấp Phú Hòa', 'CB'],
    ['Đảng bộ xã An Bình (B-01)', 'Đảng bộ xã An Bình', 'B-01'],
  ])('near miss: %s still loses its code', (text, name, code) => expect(splitUnitNameCode(text)).toEqual({ name, code }));

  const LIST: Row[] = [
    ['STT', 'Tên đơn vị'],
    [1, 'Chi bộ Trường Tiểu học Mỹ Lợi (A)'],
    [2, 'Chi bộ Trường Tiểu học Mỹ Lợi (B)'],
  ];

  it('sister units keep two names; rows naming each count for each', async () => {
    const { read, report } = await checkUnits(LIST, regRows(['Chi bộ Trường Tiểu học Mỹ Lợi (A)', 'Chi bộ Trường Tiểu học Mỹ Lợi (B)', 'Chi bộ Trường Tiểu học Mỹ Lợi B']));
    expect(read.units.map((u) => [u.name, u.code])).toEqual([
      ['Chi bộ Trường Tiểu học Mỹ Lợi (A)', undefined],
      ['Chi bộ Trường Tiểu học Mỹ Lợi (B)', undefined],
    ]);
    expect(quotaOf(report)).toEqual([
      ['Chi bộ Trường Tiểu học Mỹ Lợi (A)', 'Chi bộ cơ sở', 1, 1],
      ['Chi bộ Trường Tiểu học Mỹ Lợi (B)', 'Chi bộ cơ sở', 1, 2],
    ]);
    expect(codes(report, 'UNKNOWN_UNIT')).toEqual([]);
  });

  it('a row without the letter is no unit of the list (it may be either)', async () => {
    const { report } = await checkUnits(LIST, regRows(['Chi bộ Trường Tiểu học Mỹ Lợi']));
    expect(codes(report, 'UNKNOWN_UNIT').map((f) => f.unit)).toEqual(['Chi bộ Trường Tiểu học Mỹ Lợi']);
  });
});

describe('unitTyping: the type cell is applied (#8)', () => {
  const profile = defaultProfile();
  const infer = unitTypeInferrer(profile);
  const typing = (cell: string, name: string) => {
    const t = unitTyping(profile, cell, name, infer);
    return [t.type?.name, t.source, t.nameType?.name ?? t.cellType?.name];
  };

  it.each([
    ['Chi bộ cơ sở', 'Hội Nông dân huyện', ['Chi bộ cơ sở', 'column', 'Đoàn thể huyện']],
    ['Đảng bộ cơ sở', 'UBND huyện', ['Đảng bộ cơ sở', 'column', 'UBND huyện']],
    // A commune's committee keeps its type whatever the cell (trial17b #10): the cell's contradiction is said.
    ['Đoàn thể huyện', 'Đảng bộ xã An Bình', ['Đảng bộ xã', 'name', 'Đoàn thể huyện']],
  ])('%s for %s: the cell, and the name across blocs', (cell, name, want) => expect(typing(cell, name)).toEqual(want));

  it.each([
    ['Đảng bộ cơ sở', 'Đảng bộ xã Phú Hữu', ['Đảng bộ xã', 'name', undefined]],
    ['Xã', 'Đảng ủy Phú Hữu', ['Đảng bộ xã', 'column', undefined]],
    ['MTTQ huyện', 'Hội Nông dân huyện', ['MTTQ huyện', 'column', undefined]],
    ['Đoàn thể huyện', 'Hội Nông dân huyện', ['Đoàn thể huyện', 'column', undefined]],
    ['', 'Hội Nông dân huyện', ['Đoàn thể huyện', 'name', undefined]],
    ['Chi bộ cơ sở', 'Ban Dân vận huyện', ['Chi bộ cơ sở', 'column', undefined]],
  ])('near miss: %s for %s says no contradiction', (cell, name, want) => expect(typing(cell, name)).toEqual(want));
});

describe('a unit listed twice (#8)', () => {
  it('a contradicted cell on both rows is told once, on the first row', async () => {
    const { report } = await checkUnits(
      [['STT', 'Mã ĐV', 'Tên đơn vị', 'Loại đơn vị'], [1, 'X01', 'Hội Nông dân huyện', 'Chi bộ cơ sở'], [2, 'X01', 'Hội Nông dân huyện', 'Chi bộ cơ sở']],
      regRows(['X01']),
    );
    expect(quotaOf(report)).toEqual([['Hội Nông dân huyện', 'Chi bộ cơ sở', 1, 1]]);
    expect(codes(report, 'UNKNOWN_UNIT_TYPE').map((f) => f.row)).toEqual([2]);
  });
});
