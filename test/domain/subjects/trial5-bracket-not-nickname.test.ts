/**
 * Review 5: a bracket after a person's name is a nickname only when it says so («tức», «thường gọi», «bí danh»…),
 * or is a birth-order or pet name («Út», «Hai Lúa», «Bé»), or a mark; a place or a title in brackets («(Mỹ Lợi)»,
 * «(Nghệ Nhân)», «(Ấp 3)») stays the position, as it was before nicknames were read.
 */
import type { Row } from '../../fixtures/workbooks';
import { checkBooks } from '../../fixtures/trial2-fixgroups-shapes';
import { readNameCell } from '../../../src/domain/reading/name-cell';
import { isNicknameOrMark } from '../../../src/domain/subjects/nickname';

describe('a bracket after a name', () => {
  it.each([
    'Út', 'Cả', 'Hai', 'Mười', 'Bé', 'Tí', 'Tèo', 'Hai Lúa', 'Tư Lê', 'Sáu Dân', 'Mười Cúc', 'Út Hoa', 'Bé Ba',
    'tức Hai Lúa', 'thường gọi: Ba Đen', 'bí danh Cò', 'biệt danh: Tũn', 'x', 'X', '*', '**', '✓',
  ])('«%s» is a nickname or a mark', (text) => {
    expect(isNicknameOrMark(text)).toBe(true);
  });

  it.each([
    'Mỹ Lợi', 'Mỹ Hòa', 'Hà Nội', 'Nghệ Nhân', 'Nghệ nhân', 'Phật Tử', 'Ấp 3', 'Ba Tri', 'Năm Căn', 'Tư Nghĩa',
    'Hai Bà Trưng', 'Tư Pháp', 'Tư Pháp Hộ Tịch', 'Minh', 'Hoa', 'An Bình', 'Nông dân', 'Kinh',
  ])('near miss: «%s» is not a nickname', (text) => {
    expect(isNicknameOrMark(text)).toBe(false);
  });

  it.each<[string, string, string | undefined]>([
    ['Nguyễn Văn An (Mỹ Lợi)', 'Nguyễn Văn An', 'Mỹ Lợi'],
    ['Lê Văn Tư (Nghệ Nhân)', 'Lê Văn Tư', 'Nghệ Nhân'],
    ['Lê Văn Tư (Phật Tử)', 'Lê Văn Tư', 'Phật Tử'],
    ['Trần Văn Ba (Ba Tri)', 'Trần Văn Ba', 'Ba Tri'],
    ['Nguyễn Văn Nam (Ấp 3)', 'Nguyễn Văn Nam', 'Ấp 3'],
    ['Trần Thị Hồng (Út), Hội viên', 'Trần Thị Hồng', 'Hội viên'],
    ['Võ Văn Kiệt (Sáu Dân)', 'Võ Văn Kiệt', undefined],
    ['Lê Văn Tư (biệt danh: Tư Lê) - Nông dân', 'Lê Văn Tư', 'Nông dân'],
  ])('in a name cell, «%s» is «%s», position %s', (cell, name, position) => {
    const read = readNameCell([cell], undefined);
    expect([read.name, read.position]).toEqual([name, position]);
  });

  it('in a list, a place in brackets stays the position and tells two people of one name apart', async () => {
    const rows: Row[] = [
      ['STT', 'Đơn vị', 'Họ và tên / Tên tập thể', 'Chức vụ, đơn vị công tác'],
      [1, 'Đảng bộ xã An Bình', 'Nguyễn Văn An (Mỹ Lợi)', ''],
      [2, 'Hội Nông dân huyện', 'Nguyễn Văn An (Mỹ Hòa)', ''],
      [3, 'Đảng bộ xã An Bình', 'Lê Văn Tư (Nghệ Nhân)', ''],
      [4, 'Đảng bộ xã An Bình', 'Trần Thị Hồng (Út)', ''],
    ];
    const units: Row[] = [['STT', 'Tên đơn vị'], [1, 'Đảng bộ xã An Bình'], [2, 'Hội Nông dân huyện']];
    const { read } = await checkBooks([
      { fileName: 'don-vi.xlsx', sheets: [{ name: 'Đơn vị', rows: units }] },
      { fileName: 'ds.xlsx', sheets: [{ name: 'Đăng ký', rows }] },
    ]);
    expect(read.registrations.map((r) => [r.name, r.position])).toEqual([
      ['Nguyễn Văn An', 'Mỹ Lợi'],
      ['Nguyễn Văn An', 'Mỹ Hòa'],
      ['Lê Văn Tư', 'Nghệ Nhân'],
      ['Trần Thị Hồng', undefined],
    ]);
  });
});
