/**
 * A unit's file named by its commune alone, as file names are typed: in lower case without diacritics, with
 * dashes or underscores, a number or «ds» first ("tan-lap.xlsx", "03_tan_lap.xlsx", "ds-tan-lap.xlsx"): the
 * commune's party committee, as "Tân Lập.xlsx" already was.
 */
import { checkBooks, codes, oneSheet, person, PERSON_HEADER, SIX_UNITS, unitsBook, unitsByName } from '../../fixtures/trial2-fixgroups-shapes';

const LIST = [PERSON_HEADER, person(1, 'Lê Văn Tám'), person(2, 'Trần Thị Hoa', 1980)];

async function unitOfFile(fileName: string, units = SIX_UNITS) {
  const { read, report } = await checkBooks([unitsBook(units), oneSheet(fileName, LIST)]);
  return { unit: unitsByName(read)['Lê Văn Tám'], unknown: codes(report, 'UNKNOWN_UNIT').length };
}

describe('a file named by its commune alone', () => {
  it.each(['tan-lap.xlsx', 'tan_lap.xlsx', 'TAN-LAP.xlsx', '03-tan-lap.xlsx', 'ds-tan-lap.xlsx', 'DS_Tan_Lap.xlsx', 'x.tan-lap.xlsx', 'xa_tan_lap.xlsx', 'danh sach tan lap.xlsx'])(
    '%s is Đảng bộ xã Tân Lập',
    async (file) => {
      expect(await unitOfFile(file)).toEqual({ unit: 'Đảng bộ xã Tân Lập', unknown: 0 });
    },
  );

  it.each(['danh-sach.xlsx', 'tong-hop-dien-hinh.xlsx', 'tan-lap-moi.xlsx', 'lap.xlsx'])('near miss: %s names no unit', async (file) => {
    const { unit, unknown } = await unitOfFile(file);
    expect(unit?.startsWith('?')).toBe(true);
    expect(unknown).toBeGreaterThan(0);
  });

  it('near miss: a commune with a party committee and a township of one name is not guessed', async () => {
    const units = [...SIX_UNITS, [7, 'Đảng bộ thị trấn Tân Lập']];
    const { unit } = await unitOfFile('tan-lap.xlsx', units);
    expect(unit?.startsWith('?')).toBe(true);
  });
});
