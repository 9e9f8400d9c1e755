/**
 * Trial 13 #12: two people in one cell called as people are called in the South — an honorific and a one-word name
 * («Ông Tám và bà Chín», «Anh Tư và chị Năm», «Ông Sáu, bà Bảy», «Ông Tám - bà Chín») or birth-order names («Hai Lúa;
 * Ba Khía») — are two subjects (NOT_SINGLE_SUBJECT), not one garbled person. Near misses: a call name after a full name,
 * a place after a comma, a position, a household.
 */
import { subjectsIn } from '../../../src/domain/subjects/subject-parts';
import { checkBooks, codes, oneSheet, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';

describe('two people called by one-word names', () => {
  it.each([
    ['Ông Tám và bà Chín', ['Ông Tám', 'bà Chín']],
    ['Tám và bà Chín', ['Tám', 'bà Chín']],
    ['Anh Tư và chị Năm', ['Anh Tư', 'chị Năm']],
    ['Ông Sáu, bà Bảy', ['Ông Sáu', 'bà Bảy']],
    ['Ông Tám - bà Chín', ['Ông Tám', 'bà Chín']],
    ['Hai Lúa; Ba Khía', ['Hai Lúa', 'Ba Khía']],
    ['Út Mười và Hai Lúa', ['Út Mười', 'Hai Lúa']],
  ])('%s', (cell, expected) => {
    expect(subjectsIn(cell, 'individual', false)).toEqual(expected);
  });

  it.each([
    'Nguyễn Văn Hai, Hai Lúa',
    'Trần Văn Tám, Ba Tri',
    'Ông Tám, Trưởng ấp',
    'Ông Tám',
    'Hai Lúa',
    'Lê Văn Tư, Tư pháp xã',
  ])('near miss: %s is one person', (cell) => {
    expect(subjectsIn(cell, 'individual', false)).toEqual([cell]);
  });

  it('near miss: a household of two is one', () => {
    expect(subjectsIn('Gia đình ông Tám và bà Chín', 'individual', true)).toEqual(['Gia đình ông Tám và bà Chín']);
  });
});

describe('in a unit\'s list', () => {
  it('each such row is NOT_SINGLE_SUBJECT, its second person kept in the name, not moved to the position', async () => {
    const rows = [['STT', 'Đối tượng', 'Họ và tên', 'Năm sinh', 'Chức vụ'], [1, 'Cá nhân', 'Ông Tám và bà Chín', null, 'Nông dân'], [2, 'Cá nhân', 'Hai Lúa; Ba Khía', null, 'Nông dân'], [3, 'Cá nhân', 'Lê Văn Hai (Hai Lúa)', 1960, 'Nông dân']];
    const { read, report } = await checkBooks([unitsBook(), oneSheet('dang-uy-xa-an-binh.xlsx', rows)]);
    expect(codes(report, 'NOT_SINGLE_SUBJECT')).toHaveLength(2);
    const second = read.registrations.find((r) => r.source.row === 3);
    expect(second?.name).toBe('Hai Lúa; Ba Khía');
    expect(second?.position).toBe('Nông dân');
  });
});
