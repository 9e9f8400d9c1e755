/**
 * Trial 13 #3 (R10): «Hình thức đề nghị» merged over one check-mark column per form («Giấy khen | Thư biểu dương»):
 * a mark proposes the row with the form above it, whichever column it is in. Near misses: sub-columns by year
 * («Đề nghị» over «Năm 2023 | Năm 2025») stay as before; a row with no mark is not proposed.
 */
import { formMarkColumns, readFormMarks } from '../../../src/domain/reading/proposal';
import { ceremonyLists, HEADER, unitList } from '../../fixtures/trial13-proposals';
import type { Row } from '../../fixtures/workbooks';

const book = (forms: string[], rows: Row[]) =>
  unitList(
    'phu-huu.xlsx',
    ['DANH SÁCH ĐỀ NGHỊ BIỂU DƯƠNG, KHEN THƯỞNG ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN 2021 - 2025'],
    [
      [...HEADER, 'Hình thức đề nghị', ...forms.slice(1).map(() => '')],
      [...HEADER.map(() => ''), ...forms],
    ],
    rows,
    'Phú Hữu, ngày 10 tháng 02 năm 2025',
    (ws) => {
      for (const c of 'ABCDE') ws.mergeCells(`${c}6:${c}7`);
      ws.mergeCells(6, 6, 6, 5 + forms.length);
    },
  );

describe('a check mark under one of the forms', () => {
  it.each([
    [['Giấy khen', 'Thư biểu dương'], ['x', ''], ['', 'x'], 'Thư biểu dương'],
    [['Giấy khen', 'Thư biểu dương'], ['✓', ''], ['', '✓'], 'Thư biểu dương'],
    [['Thư biểu dương', 'Giấy khen'], ['', 'x'], ['x', ''], 'Thư biểu dương'],
    [['Bằng khen', 'Giấy khen', 'Thư biểu dương'], ['', 'x', ''], ['', '', 'x'], 'Thư biểu dương'],
  ])('columns %j: each row gets the form it is marked under', async (forms, an, be, beForm) => {
    const got = await ceremonyLists([
      book(forms, [
        [1, 'Nguyễn Văn An', 1970, 'Bí thư', 'Làm đường', ...an],
        [2, 'Trần Thị Bé', 1985, 'Giáo viên', 'Dạy học', ...be],
        [3, 'Lê Văn Cường', 1975, 'Nông dân', 'SXKD', ...forms.map(() => '')],
      ]),
    ]);
    expect(got.final).toEqual(['Nguyễn Văn An 1970 | Giấy khen của Ban Thường vụ Huyện ủy', `Trần Thị Bé 1985 | ${beForm}`]);
    expect(got.excluded.map((x) => x.split(':')[0])).toEqual(['Lê Văn Cường']);
  });

  it('a form written in the cell is read as before; «Không» under a form declines', () => {
    const cols = [
      { text: '', form: 'Giấy khen' },
      { text: 'Thư biểu dương', form: 'Thư biểu dương' },
    ];
    expect(readFormMarks(cols)).toEqual({ proposed: true, form: 'Thư biểu dương' });
    expect(readFormMarks([{ text: 'Không', form: 'Giấy khen' }, { text: '', form: 'Thư biểu dương' }])).toEqual({ proposed: false });
  });

  it('near miss: sub-columns by year or one column are no form columns', () => {
    const labels = new Map([
      [6, 'Đề nghị – Năm 2023'],
      [7, 'Đề nghị – Năm 2025'],
    ]);
    expect(formMarkColumns(labels, 6)).toBeUndefined();
    expect(formMarkColumns(new Map([[6, 'Hình thức đề nghị']]), 6)).toBeUndefined();
    expect(formMarkColumns(new Map([[6, 'Hình thức đề nghị – Giấy khen']]), 6)).toBeUndefined();
  });
});
