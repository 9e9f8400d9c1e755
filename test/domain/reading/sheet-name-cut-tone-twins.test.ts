/**
 * Trial 18b class 10: one sheet per unit, no title, the unit named by the sheet's name alone, which Excel cuts at 31
 * characters. Twins whose names differ only by tone marks («Chi bộ Trường THCS Thanh Châu Hòa» / «… Thạnh Châu Hòa»)
 * are cut to «… Thanh Châu H» / «… Thạnh Châu H»: each names the one unit whose name it begins with its marks, and
 * their rows count for it. Near misses: a cut name two units begin with their marks too, and one typed without marks
 * that both begin, name neither (UNKNOWN_UNIT, as before); a sheet name under 31 characters is matched as before.
 */
import { checkBooks, codes, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const THANH = 'Chi bộ Trường THCS Thanh Châu Hòa';
const THANH_DOT = 'Chi bộ Trường THCS Thạnh Châu Hòa';
const BANK = 'Chi bộ Ngân hàng Chính sách xã hội huyện';
const UNITS = [THANH, THANH_DOT, BANK, 'Chi bộ Trường Tiểu học Nguyễn Văn Trỗi A', 'Chi bộ Trường Tiểu học Nguyễn Văn Trỗi B', 'Đảng bộ xã Thạnh Phú', 'Đảng bộ xã Thanh Phú'];
const cut = (name: string) => name.slice(0, 31);
const plain = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

const PEOPLE = ['Nguyễn Văn An', 'Trần Thị Bé', 'Lê Văn Cường', 'Phạm Thị Dung', 'Võ Văn Em', 'Đặng Thị Gấm'];

/** A book of one sheet per name, no title; each sheet's exemplar and the unit it counts for. */
async function unitsOfSheets(sheets: string[]) {
  const list = unitsBook([['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'], ...UNITS.map((u, i): Row => [`C${i + 1}`, u, 'Chi bộ cơ sở'])]);
  const book = {
    fileName: 'DS theo don vi.xlsx',
    sheets: sheets.map((name, i) => ({
      name,
      rows: [['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ, đơn vị công tác'], [1, PEOPLE[i] as string, 1970 + i, 'Giáo viên']] as Row[],
    })),
  };
  const { read, report } = await checkBooks([list, book]);
  const name = new Map(read.units.map((u) => [u.id, u.name]));
  return { units: read.registrations.map((r) => (r.unitId ? name.get(r.unitId) : undefined)), report };
}

describe('sheet names cut at 31 characters, twins told by their tone marks', () => {
  it('«… Thanh Châu H» and «… Thạnh Châu H» name each its own unit', async () => {
    const sheets = [cut(THANH), cut(THANH_DOT)];
    expect(sheets).toEqual(['Chi bộ Trường THCS Thanh Châu H', 'Chi bộ Trường THCS Thạnh Châu H']);
    const { units, report } = await unitsOfSheets(sheets);
    expect(units).toEqual([THANH, THANH_DOT]);
    expect(codes(report, 'UNKNOWN_UNIT')).toEqual([]);
  });

  it('one twin alone, in capitals', async () => {
    const { units } = await unitsOfSheets([cut(THANH_DOT.toUpperCase())]);
    expect(units).toEqual([THANH_DOT]);
  });

  it('typed with combining marks (NFD), as Excel cuts that', async () => {
    const name = cut(THANH_DOT.normalize('NFD'));
    expect(name.normalize('NFC')).toBe('Chi bộ Trường THCS Thạnh ');
    const { units } = await unitsOfSheets([name]);
    expect(units).toEqual([THANH_DOT]);
  });
});

describe('near misses', () => {
  it('a cut name typed without marks that both twins begin names neither', async () => {
    const { units, report } = await unitsOfSheets([cut(plain(THANH))]);
    expect(units).toEqual([undefined]);
    expect(codes(report, 'UNKNOWN_UNIT').length).toBeGreaterThan(0);
  });

  it('a cut name two units begin with their marks too names neither', async () => {
    const { units, report } = await unitsOfSheets([cut('Chi bộ Trường Tiểu học Nguyễn Văn Trỗi A')]);
    expect(units).toEqual([undefined]);
    expect(codes(report, 'UNKNOWN_UNIT').length).toBeGreaterThan(0);
  });

  it('a cut name typed without marks that one unit begins still names it', async () => {
    const { units } = await unitsOfSheets([cut(plain(BANK))]);
    expect(units).toEqual([BANK]);
  });

  it('sheet names under 31 characters are matched as before: whole names, twins apart', async () => {
    const { units } = await unitsOfSheets(['Đảng bộ xã Thạnh Phú', 'Đảng bộ xã Thanh Phú', 'Chi bộ Trường THCS Thạnh']);
    expect(units).toEqual(['Đảng bộ xã Thạnh Phú', 'Đảng bộ xã Thanh Phú', undefined]);
  });
});
