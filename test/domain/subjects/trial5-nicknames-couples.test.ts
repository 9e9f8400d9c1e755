/**
 * Trial 5: a name a person goes by, written in brackets after the name ("(Út)", "(tức Hai Lúa)", "(Tư Lê)"), or a
 * mark ("(x)"), is neither the name nor the position; "Ông bà Nguyễn Văn Tám" names a couple, two people (R1), unless
 * the row is a household's. Near misses: a position or a place in brackets stays the position; "Bà Ông Thị Lan" and
 * "Gia đình ông bà …" are one exemplar.
 */
import type { Row } from '../../fixtures/workbooks';
import { checkBooks } from '../../fixtures/trial2-fixgroups-shapes';
import { readNameCell } from '../../../src/domain/reading/name-cell';
import { isNicknameOrMark } from '../../../src/domain/subjects/nickname';
import { subjectsIn } from '../../../src/domain/subjects/subject-parts';

describe('a nickname in brackets', () => {
  it.each<[string, string, string | undefined]>([
    ['Trần Thị Hồng (Út)', 'Trần Thị Hồng', undefined],
    ['Nguyễn Văn Hai (tức Hai Lúa)', 'Nguyễn Văn Hai', undefined],
    ['Lê Văn Tư (Tư Lê)', 'Lê Văn Tư', undefined],
    ['Lê Văn Tư (x)', 'Lê Văn Tư', undefined],
    ['Phạm Văn Ba (thường gọi: Ba Đen), Nông dân ấp 2', 'Phạm Văn Ba', 'Nông dân ấp 2'],
    ['Võ Thị Sáu (bí danh Sáu Hoa) - Hội viên', 'Võ Thị Sáu', 'Hội viên'],
  ])('«%s» is «%s», position %s', (cell, name, position) => {
    const read = readNameCell([cell], undefined);
    expect([read.name, read.position]).toEqual([name, position]);
  });

  it.each<[string, string]>([
    ['Trần Thị Hồng (Chủ tịch Hội LHPN xã)', 'Chủ tịch Hội LHPN xã'],
    ['Lê Văn Tư (Bí thư, Trưởng ấp)', 'Bí thư, Trưởng ấp'],
    ['Nguyễn Văn Nam (Ấp 3)', 'Ấp 3'],
    ['Nguyễn Văn Nam (CCB)', 'CCB'],
    ['Thạch Thị Sa (Khmer)', 'Khmer'],
  ])('near miss: «%s» keeps «%s» as the position', (cell, position) => {
    expect(readNameCell([cell], undefined).position).toBe(position);
  });

  it('near miss: «Lê Thị Hoa (Nữ)» gives her gender, no nickname and no position', () => {
    const cell = readNameCell(['Lê Thị Hoa (Nữ)'], undefined);
    expect([cell.name, cell.gender, cell.position]).toEqual(['Lê Thị Hoa', 'female', undefined]);
  });

  it('marks and nicknames, not positions', () => {
    expect(['Út', 'Hai Lúa', 'tức Hai Lúa', 'còn gọi là Bé', 'x', '*'].map(isNicknameOrMark)).toEqual([true, true, true, true, true, true]);
    expect(['Nông dân', 'Bí thư Chi bộ', 'Chi bộ Ấp 3', 'Xã An Bình', 'CCB', 'Giáo viên', 'Nam'].map(isNicknameOrMark)).toEqual(
      [false, false, false, false, false, false, false],
    );
  });
});

describe('a couple', () => {
  it.each<[string, string[]]>([
    ['Ông bà Nguyễn Văn Tám', ['Ông Nguyễn Văn Tám', 'bà Nguyễn Văn Tám']],
    ['ÔNG BÀ NGUYỄN VĂN TÁM', ['ÔNG NGUYỄN VĂN TÁM', 'bà NGUYỄN VĂN TÁM']],
    ['Anh chị Lê Văn Ba', ['Anh Lê Văn Ba', 'chị Lê Văn Ba']],
    ['Ông bà Nguyễn Văn Tám (Út)', ['Ông Nguyễn Văn Tám', 'bà Nguyễn Văn Tám']],
  ])('«%s» names two people', (cell, people) => {
    expect(subjectsIn(cell, 'individual', false)).toEqual(people);
    expect(subjectsIn(cell, undefined, false)).toEqual(people);
  });

  it('near misses: one person, one household, a couple stated as a household', () => {
    for (const name of ['Bà Ông Thị Lan', 'Ông Văn Năm', 'Ông Nguyễn Văn Tám', 'Gia đình ông bà Nguyễn Văn Tám', 'Anh Hùng Lao động Nguyễn Văn A']) {
      expect([name, subjectsIn(name, 'individual', false)]).toEqual([name, [name]]);
    }
    expect(subjectsIn('Ông bà Nguyễn Văn Tám', 'collective', true)).toEqual(['Ông bà Nguyễn Văn Tám']);
  });

  it('in a list: the couple is NOT_SINGLE_SUBJECT; with «Hộ gia đình» it is one household', async () => {
    const rows: Row[] = [
      ['STT', 'Đơn vị', 'Đối tượng', 'Họ và tên', 'Năm sinh', 'Chức vụ'],
      [1, 'Đảng bộ xã An Bình', '', 'Ông bà Nguyễn Văn Tám', 1969, 'Nông dân ấp 2'],
      [2, 'Đảng bộ xã An Bình', 'Hộ gia đình', 'Ông bà Lê Văn Chín', '', 'Ấp 3'],
      [3, 'Đảng bộ xã An Bình', '', 'Trần Thị Hồng (Út)', 1990, 'Chủ tịch Hội LHPN xã An Bình'],
    ];
    const { read, report } = await checkBooks([
      { fileName: 'don-vi.xlsx', sheets: [{ name: 'Đơn vị', rows: [['STT', 'Tên đơn vị'], [1, 'Đảng bộ xã An Bình']] }] },
      { fileName: 'ds.xlsx', sheets: [{ name: 'Đăng ký', rows }] },
    ]);
    expect(report.findings.filter((f) => f.code === 'NOT_SINGLE_SUBJECT').map((f) => f.row)).toEqual([2]);
    expect(read.registrations.map((r) => [r.name, r.position])).toEqual([
      ['Ông bà Nguyễn Văn Tám', 'Nông dân ấp 2'],
      ['Ông bà Lê Văn Chín', 'Ấp 3'],
      ['Trần Thị Hồng', 'Chủ tịch Hội LHPN xã An Bình'],
    ]);
  });
});

describe('a person with the spouse unnamed (trial 14 #10)', () => {
  it.each<[string, string[]]>([
    ['Nguyễn Thị Út và chồng', ['Nguyễn Thị Út', 'chồng của Nguyễn Thị Út']],
    ['Lê Văn Sáu và vợ', ['Lê Văn Sáu', 'vợ của Lê Văn Sáu']],
    ['Lê Văn Sáu cùng vợ', ['Lê Văn Sáu', 'vợ của Lê Văn Sáu']],
    ['LÊ VĂN SÁU VÀ VỢ', ['LÊ VĂN SÁU', 'vợ của LÊ VĂN SÁU']],
    ['Vợ chồng ông Trần Văn Bảy', ['ông Trần Văn Bảy', 'vợ của ông Trần Văn Bảy']],
    ['Vợ chồng bà Trần Thị Tư', ['bà Trần Thị Tư', 'chồng của bà Trần Thị Tư']],
  ])('«%s» names two people', (cell, people) => {
    expect(subjectsIn(cell, 'individual', false)).toEqual(people);
    expect(subjectsIn(cell, undefined, false)).toEqual(people);
  });

  it('near misses: a name with «Vợ» or «Chồng» in it, a household, a collective', () => {
    for (const name of ['Lê Thị Vợ', 'Nguyễn Văn Chồng', 'Trần Chồng Văn Vợ']) expect(subjectsIn(name, 'individual', false)).toEqual([name]);
    expect(subjectsIn('Gia đình ông Trần Văn Bảy và vợ', 'collective', true)).toEqual(['Gia đình ông Trần Văn Bảy và vợ']);
    expect(subjectsIn('Vợ chồng ông Trần Văn Bảy', 'collective', true)).toEqual(['Vợ chồng ông Trần Văn Bảy']);
    expect(subjectsIn('Câu lạc bộ Vợ chồng hạnh phúc', 'collective', false)).toEqual(['Câu lạc bộ Vợ chồng hạnh phúc']);
  });

  it('in a list: NOT_SINGLE_SUBJECT; stated «Hộ gia đình», one household', async () => {
    const rows: Row[] = [
      ['STT', 'Đơn vị', 'Đối tượng', 'Họ và tên', 'Năm sinh', 'Chức vụ'],
      [1, 'Đảng bộ xã An Bình', 'Cá nhân', 'Bà Nguyễn Thị Út và chồng', 1970, 'Nông dân ấp 3'],
      [2, 'Đảng bộ xã An Bình', 'Cá nhân', 'Vợ chồng ông Trần Văn Bảy', 1968, 'Nông dân ấp 3'],
      [3, 'Đảng bộ xã An Bình', 'Hộ gia đình', 'Vợ chồng ông Lê Văn Chín', '', 'Ấp 3'],
    ];
    const { report } = await checkBooks([
      { fileName: 'don-vi.xlsx', sheets: [{ name: 'Đơn vị', rows: [['STT', 'Tên đơn vị'], [1, 'Đảng bộ xã An Bình']] }] },
      { fileName: 'ds.xlsx', sheets: [{ name: 'Đăng ký', rows }] },
    ]);
    expect(report.findings.filter((f) => f.code === 'NOT_SINGLE_SUBJECT').map((f) => f.row)).toEqual([2, 3]);
  });
});
