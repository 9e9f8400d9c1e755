/**
 * Trial 14 #4: a third row near a certain pair (a year apart, a tone mark) must not undo the pair's merge. The
 * certain rows stay one exemplar, counted and listed once; the near row is reviewed against them (probable). Near
 * misses: the pair alone is merged as before; three rows all certain are one merged group; a near pair with no
 * certain pair beside it stays one probable group.
 */
import { checkMaster, row, shape } from '../../fixtures/trial14-groups';

const TAM = (unit: string, year: number | undefined, name = 'Nguyễn Văn Tâm') => row(unit, name, year, 'Trưởng ấp 1, xã An Bình');

describe('a near row beside a certain pair (trial 14 #4)', () => {
  it('the pair stays merged and the 1971 row is reviewed against it', async () => {
    const got = await checkMaster([TAM('Đảng bộ xã An Bình', 1970), TAM('Hội Nông dân huyện', 1970), TAM('Ủy ban MTTQ Việt Nam huyện', 1971)]);
    expect(got.duplicates.map(shape)).toEqual(['certain 2,3', 'probable 2,3,4']);
    expect(got.duplicates[1]?.message).toContain('năm sinh lệch một năm (1970, 1971)');
    // One entry for the pair, naming both units; the 1971 row apart, each noting the other once.
    expect(got.list).toEqual([
      'Nguyễn Văn Tâm 1970 | Đảng bộ xã An Bình; Hội Nông dân huyện | Có thể trùng với «Nguyễn Văn Tâm» (Ủy ban MTTQ Việt Nam huyện, dang-ky.xlsx, trang Đăng ký, dòng 4); đề nghị kiểm tra lại.',
      'Nguyễn Văn Tâm 1971 | Ủy ban MTTQ Việt Nam huyện | Có thể trùng với «Nguyễn Văn Tâm» (Đảng bộ xã An Bình, dang-ky.xlsx, trang Đăng ký, dòng 2); đề nghị kiểm tra lại.',
    ]);
  });

  it('whichever row comes first, and whatever makes the third row only near', async () => {
    const variants = [
      // The near row first in the sheet.
      [TAM('Ủy ban MTTQ Việt Nam huyện', 1971), TAM('Đảng bộ xã An Bình', 1970), TAM('Hội Nông dân huyện', 1970)],
      // A tone mark on the given name ("Tấm"): another name, or a typo.
      [TAM('Đảng bộ xã An Bình', 1970), TAM('Hội Nông dân huyện', 1970), TAM('Ủy ban MTTQ Việt Nam huyện', 1970, 'Nguyễn Văn Tấm')],
      // The middle name as an initial ("V."), which may stand for another name.
      [TAM('Đảng bộ xã An Bình', 1970), TAM('Hội Nông dân huyện', 1970), TAM('Ủy ban MTTQ Việt Nam huyện', 1970, 'Nguyễn V. Tâm')],
    ];
    for (const rows of variants) {
      const got = await checkMaster(rows);
      const certain = got.duplicates.filter((f) => f.confidence === 'certain');
      expect(certain).toHaveLength(1);
      expect(certain[0]?.rows).toHaveLength(2);
      // The pair is one entry, the near row another: two entries, not three.
      expect(got.list).toHaveLength(2);
      expect(got.list.filter((e) => e.includes('Đảng bộ xã An Bình; Hội Nông dân huyện'))).toHaveLength(1);
      expect(got.duplicates.filter((f) => f.confidence === 'probable').map((f) => f.rows?.length)).toEqual([3]);
    }
  });

  it('two certain pairs probably of one person: each pair merged, the four reviewed together', async () => {
    const got = await checkMaster([
      TAM('Đảng bộ xã An Bình', 1970),
      TAM('Hội Nông dân huyện', 1970),
      TAM('Ủy ban MTTQ Việt Nam huyện', 1971),
      TAM('Hội Liên hiệp Phụ nữ huyện', 1971),
    ]);
    expect(got.duplicates.map(shape)).toEqual(['certain 2,3', 'probable 2,3,4,5', 'certain 4,5']);
    expect(got.list).toHaveLength(2);
  });

  it('near misses: the pair alone, three certain rows, three near rows', async () => {
    const pair = await checkMaster([TAM('Đảng bộ xã An Bình', 1970), TAM('Hội Nông dân huyện', 1970)]);
    expect(pair.duplicates.map(shape)).toEqual(['certain 2,3']);
    expect(pair.list).toEqual(['Nguyễn Văn Tâm 1970 | Đảng bộ xã An Bình; Hội Nông dân huyện']);
    const three = await checkMaster([TAM('Đảng bộ xã An Bình', 1970), TAM('Hội Nông dân huyện', 1970), TAM('Ủy ban MTTQ Việt Nam huyện', 1970)]);
    expect(three.duplicates.map(shape)).toEqual(['certain 2,3,4']);
    expect(three.list).toHaveLength(1);
    const near = await checkMaster([TAM('Đảng bộ xã An Bình', 1970), TAM('Hội Nông dân huyện', 1971), TAM('Ủy ban MTTQ Việt Nam huyện', 1970, 'Nguyễn Văn Tấm')]);
    expect(near.duplicates.map((f) => f.confidence)).not.toContain('certain');
    expect(near.list).toHaveLength(3);
  });

  it('a row without a year between a 1970 and a 1971 row: merged with neither (it could be either; trial 17 #1)', async () => {
    const got = await checkMaster([TAM('Đảng bộ xã An Bình', 1970), TAM('Hội Nông dân huyện', undefined), TAM('Ủy ban MTTQ Việt Nam huyện', 1971)]);
    expect(got.duplicates.map(shape)).toEqual(['probable 2,3,4']);
    // Three entries, 1970, 1971 and the yearless row, each noting the others.
    expect(got.list.map((e) => e.split(' | ')[0])).toEqual(['Nguyễn Văn Tâm 1970', 'Nguyễn Văn Tâm 1971', 'Nguyễn Văn Tâm -']);
    expect(got.list.every((e) => e.includes('Có thể trùng với'))).toBe(true);
  });
});
