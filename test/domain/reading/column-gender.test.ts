/** Gender as check marks under "Nam | Nữ" (issue 14): the contents decide, not the header. */
import { pairUnder, readShape, withUnits } from '../../fixtures/column-shapes';

const genders = (read: Awaited<ReturnType<typeof readShape>>) => read.registrations.map((r) => [r.name, r.gender, r.birthYear]);

describe('"Nam | Nữ" holding check marks is gender', () => {
  it.each(['x', 'X', '✓', '1'])('under "Giới tính", marked %p', async (mark) => {
    const read = await readShape(
      pairUnder('Giới tính', [
        [1, 'X01', 'Nguyễn Văn An', mark, undefined, 'Tốt'],
        [2, 'X01', 'Trần Thị Bình', undefined, mark, 'Tốt'],
      ]),
    );
    expect(genders(read)).toEqual([
      ['Nguyễn Văn An', 'male', undefined],
      ['Trần Thị Bình', 'female', undefined],
    ]);
    expect(read.findings).toEqual([]);
  });

  it('marked with the number 1 (a number cell, not the year 1900)', async () => {
    const read = await readShape(pairUnder('Giới tính', [[1, 'X01', 'Nguyễn Văn An', 1, undefined, 'Tốt']]));
    expect(genders(read)).toEqual([['Nguyễn Văn An', 'male', undefined]]);
  });

  it('as a flat "Nam | Nữ" pair beside a "Năm sinh" column', async () => {
    const read = await readShape(
      withUnits([
        ['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh', 'Nam', 'Nữ'],
        [1, 'X01', 'Lê Văn Cường', 1970, 'x', undefined],
        [2, 'X01', 'Phạm Thị Dung', 1982, undefined, 'X'],
        [3, 'X01', 'Võ Văn Em', 1990, undefined, undefined],
      ]),
    );
    expect(genders(read)).toEqual([
      ['Lê Văn Cường', 'male', 1970],
      ['Phạm Thị Dung', 'female', 1982],
      ['Võ Văn Em', undefined, 1990],
    ]);
    expect(read.findings).toEqual([]);
  });

  it('as a flat pair without any year column: no INVALID_DATE for the marks', async () => {
    const read = await readShape(
      withUnits([
        ['STT', 'Đơn vị', 'Họ và tên', 'Nam', 'Nữ', 'Thành tích'],
        [1, 'X01', 'Lê Văn Cường', '✓', undefined, 'Tốt'],
        [2, 'X01', 'Phạm Thị Dung', undefined, '✓', 'Tốt'],
      ]),
    );
    expect(genders(read)).toEqual([
      ['Lê Văn Cường', 'male', undefined],
      ['Phạm Thị Dung', 'female', undefined],
    ]);
    expect(read.findings).toEqual([]);
  });

  it('under "Giới tính" beside a "Năm sinh" column of its own', async () => {
    const read = await readShape(
      pairUnder('Giới tính', [[1, 'X01', 'Đỗ Văn Giang', 1975, 'x', undefined, 'Tốt']], { birthYearColumn: true }),
    );
    expect(genders(read)).toEqual([['Đỗ Văn Giang', 'male', 1975]]);
  });

  it('a row marked in both columns gets no gender', async () => {
    const read = await readShape(pairUnder('Giới tính', [[1, 'X01', 'Nguyễn Văn An', 'x', 'x', 'Tốt']]));
    expect(genders(read)).toEqual([['Nguyễn Văn An', undefined, undefined]]);
  });
});

describe('"Nam | Nữ" holding years is birth year and gender (near misses)', () => {
  it('under "Năm sinh"', async () => {
    const read = await readShape(
      pairUnder('Năm sinh', [
        [1, 'X01', 'Nguyễn Văn An', 1971, undefined, 'Tốt'],
        [2, 'X01', 'Trần Thị Bình', undefined, '1982', 'Tốt'],
      ]),
    );
    expect(genders(read)).toEqual([
      ['Nguyễn Văn An', 'male', 1971],
      ['Trần Thị Bình', 'female', 1982],
    ]);
  });

  it('as a flat pair of years', async () => {
    const read = await readShape(
      withUnits([
        ['STT', 'Đơn vị', 'Họ và tên', 'Nam', 'Nữ'],
        [1, 'X01', 'Lê Văn Cường', 1970, undefined],
        [2, 'X01', 'Phạm Thị Dung', undefined, 1982],
      ]),
    );
    expect(genders(read)).toEqual([
      ['Lê Văn Cường', 'male', 1970],
      ['Phạm Thị Dung', 'female', 1982],
    ]);
  });

  it('a pair of years with one unreadable year still reports it, and a stray mark there gives the gender only', async () => {
    const read = await readShape(
      pairUnder('Năm sinh', [
        [1, 'X01', 'Nguyễn Văn An', 1971, undefined, 'Tốt'],
        [2, 'X01', 'Trần Thị Bình', undefined, '19a2', 'Tốt'],
        [3, 'X01', 'Lê Thị Cúc', undefined, 'x', 'Tốt'],
      ]),
    );
    expect(genders(read)).toEqual([
      ['Nguyễn Văn An', 'male', 1971],
      ['Trần Thị Bình', undefined, undefined],
      ['Lê Thị Cúc', 'female', undefined],
    ]);
    expect(read.findings.map((f) => [f.code, f.row, f.column])).toEqual([['INVALID_DATE', 4, 'E']]);
  });
});

describe('a single "Giới tính" column', () => {
  it.each([
    ['Nam', 'male'],
    ['NỮ', 'female'],
    ['NU', 'female'],
    ['nam giới', 'male'],
  ])('%p is %p', async (text, gender) => {
    const read = await readShape(withUnits([['STT', 'Đơn vị', 'Họ và tên', 'Giới tính'], [1, 'X01', 'Nguyễn Văn An', text]]));
    expect(read.registrations[0]?.gender).toBe(gender);
  });
});
