/**
 * Trial 17 #2: names that differ by a whole word («Nguyễn Thị Lan» / «Nguyễn Thị Ngọc Lan», «Lê Văn Một» / «Lê Văn
 * Mười Một») were certain with the same year and post, even when one unit listed both, and were merged. A name with
 * a word more beside its middle name is at most probable (the word is most often part of a given name of two words);
 * in one unit's list, a middle name other than «Thị»/«Văn» written on one row only is probable too (the unit knows
 * its people). Near misses, as before: a middle name left out by one unit and written by another («Nguyễn Lan» /
 * «Nguyễn Thị Lan», «Lê Hùng» / «Lê Đức Hùng»), a «Thị» left out in one unit's list («Trần Thủy» / «Trần Thị Thủy»).
 */
import { checkMaster, PersonRow, row, shape } from '../../fixtures/trial14-groups';

const TEACHER = 'Giáo viên Trường THPT An Phú';
const VETERAN = 'Cựu chiến binh ấp 2, xã An Bình';
const FARMER = 'Nông dân ấp 2, xã An Bình';
const AN_BINH = 'Đảng bộ xã An Bình';

/** The name level of a pair's finding. */
const levelOf = async (rows: PersonRow[]) => {
  const got = await checkMaster(rows);
  return { ...got, level: got.duplicates[0]?.evidence?.find((e) => e.field === 'name')?.level };
};

describe('a name with a word more is not certain (trial 17 #2)', () => {
  const pairs: [string, string, string, 'Nam' | 'Nữ', number][] = [
    ['Nguyễn Thị Lan', 'Nguyễn Thị Ngọc Lan', TEACHER, 'Nữ', 1985],
    ['Lê Văn Một', 'Lê Văn Mười Một', VETERAN, 'Nam', 1962],
    ['Trần Thị Hà', 'Trần Thị Thu Hà', TEACHER, 'Nữ', 1990],
    ['Phạm Văn Hùng', 'Phạm Văn Mạnh Hùng', FARMER, 'Nam', 1970],
    // Typed without diacritics on one side.
    ['Nguyen Thi Lan', 'Nguyễn Thị Ngọc Lan', TEACHER, 'Nữ', 1985],
  ];
  for (const [short, long, post, gender, year] of pairs) {
    it(`«${short}» / «${long}», one unit or two, either order: probable, two entries`, async () => {
      for (const units of [
        [AN_BINH, AN_BINH],
        [AN_BINH, 'Hội Nông dân huyện'],
      ]) {
        for (const [a, b] of [
          [short, long],
          [long, short],
        ]) {
          const got = await levelOf([row(units[0] as string, a as string, year, post, gender), row(units[1] as string, b as string, year, post, gender)]);
          expect(got.duplicates.map(shape)).toEqual(['probable 2,3']);
          expect(got.level).toBe('wordMore');
          expect(got.duplicates[0]?.message).toContain('một dòng có thêm một chữ trong tên (có thể là hai người khác nhau)');
          expect(got.list).toHaveLength(2);
        }
      }
    });
  }

  it('the trial: a school lists two teachers, a commune two veterans: four people on the list', async () => {
    const got = await checkMaster([
      row('Ủy ban nhân dân huyện', 'Nguyễn Thị Lan', 1985, TEACHER, 'Nữ'),
      row('Ủy ban nhân dân huyện', 'Nguyễn Thị Ngọc Lan', 1985, TEACHER, 'Nữ'),
      row(AN_BINH, 'Lê Văn Một', 1962, VETERAN),
      row(AN_BINH, 'Lê Văn Mười Một', 1962, VETERAN),
    ]);
    expect(got.duplicates.map((f) => f.confidence)).toEqual(['probable', 'probable']);
    expect(got.list).toHaveLength(4);
  });

  it('one unit writing «Nguyễn Lan» and «Nguyễn Ngọc Lan» names two people at most probably one', async () => {
    const got = await levelOf([row(AN_BINH, 'Nguyễn Lan', 1985, TEACHER, 'Nữ'), row(AN_BINH, 'Nguyễn Ngọc Lan', 1985, TEACHER, 'Nữ')]);
    expect(got.duplicates.map(shape)).toEqual(['probable 2,3']);
    expect(got.list).toHaveLength(2);
  });

  it('near misses: a middle name left out by one unit and written by another, a «Thị» left out in one list', async () => {
    for (const rows of [
      [row(AN_BINH, 'Nguyễn Lan', 1985, FARMER, 'Nữ'), row('Hội Nông dân huyện', 'Nguyễn Thị Lan', 1985, FARMER, 'Nữ')],
      [row(AN_BINH, 'Lê Hùng', 1985, FARMER), row('Hội Nông dân huyện', 'Lê Đức Hùng', 1985, FARMER)],
      [row(AN_BINH, 'Trần Thủy', 1985, TEACHER, 'Nữ'), row(AN_BINH, 'Trần Thị Thủy', 1985, TEACHER, 'Nữ')],
      [row(AN_BINH, 'Lê Văn Tư', 1962, VETERAN), row(AN_BINH, 'Lê Tư', 1962, VETERAN)],
    ]) {
      const got = await levelOf(rows);
      expect(got.duplicates.map(shape)).toEqual(['certain 2,3']);
      expect(got.level).toBe('middleMissing');
      expect(got.list).toHaveLength(1);
    }
  });
});
