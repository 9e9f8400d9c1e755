/**
 * Trial 13 #4: rows a unit typed on under its list's closing note («Danh sách có 02 điển hình./.» over rows 3 and 4,
 * an addition made later) are its rows, not dropped without a word. Near misses: a reserve list under its own heading,
 * a second list numbered from 1, and the signature under the note stay out of the list.
 */
import { checkBooks, oneSheet, PERSON_HEADER, person, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const TOP: Row[] = [['ĐẢNG ỦY XÃ AN BÌNH'], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], PERSON_HEADER, person(1, 'Nguyễn Văn An'), person(2, 'Trần Thị Bé', 1985)];
const names = async (below: Row[]) => {
  const { read } = await checkBooks([unitsBook(), oneSheet('dang-uy-xa-an-binh.xlsx', [...TOP, ...below])]);
  return read.registrations.map((r) => r.name);
};

describe('rows typed on under the closing note', () => {
  it.each([['Danh sách có 02 điển hình./.'], ['Danh sách có 02 điển hình.'], ['Tổng số: 02 điển hình./.'], ['(Danh sách có 02 điển hình)']])('under «%s»', async (note) => {
    expect(await names([[note], person(3, 'Lê Văn Cường', 1975), person(4, 'Phạm Thị Dung', 1980)])).toEqual(['Nguyễn Văn An', 'Trần Thị Bé', 'Lê Văn Cường', 'Phạm Thị Dung']);
  });

  it('with a blank row between', async () => {
    expect(await names([['Danh sách có 02 điển hình./.'], [], person(3, 'Lê Văn Cường', 1975)])).toEqual(['Nguyễn Văn An', 'Trần Thị Bé', 'Lê Văn Cường']);
  });
});

describe('near misses: what stands under the note is not the list', () => {
  it('a reserve under its heading', async () => {
    const got = await names([['Danh sách có 02 điển hình./.'], ['Dự phòng:'], person(3, 'Lê Văn Cường', 1975)]);
    expect(got).not.toContain('Lê Văn Cường');
  });

  it('rows numbered from 1 again', async () => {
    const got = await names([['Danh sách có 02 điển hình./.'], person(1, 'Lê Văn Cường', 1975)]);
    expect(got).toEqual(['Nguyễn Văn An', 'Trần Thị Bé']);
  });

  it('the signature under the note', async () => {
    const got = await names([['Danh sách có 02 điển hình./.'], ['', '', 'T/M ĐẢNG ỦY'], ['', '', 'BÍ THƯ'], [], ['', '', 'Nguyễn Văn Tám']]);
    expect(got).toEqual(['Nguyễn Văn An', 'Trần Thị Bé']);
  });

  it('a name alone numbered on is no exemplar', async () => {
    const got = await names([['Danh sách có 02 điển hình./.'], [3, 'Nguyễn Văn Tám']]);
    expect(got).toEqual(['Nguyễn Văn An', 'Trần Thị Bé']);
  });
});
