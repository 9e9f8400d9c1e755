/**
 * Two rows with one name and birth year whose workplaces are both given and differ (trial 15: two doctors «Nguyễn
 * Văn An», 1980, «Trưởng khoa» of «Khoa Nội» and of «Khoa Ngoại», in one hospital's list): a clerk decides, never a
 * merge without a word (a wrong merge takes a person's commendation away). Near misses: one workplace, or one left out.
 */
import { person, verdict } from './factory';

const doctor = (workplace: string | undefined, unitId = 'X01') => person('Nguyễn Văn An', 1980, { gender: 'male', unitId, position: 'Trưởng khoa', ...(workplace ? { workplace } : {}) });

describe('one name and birth year, two workplaces given', () => {
  it.each([
    ['Khoa Nội', 'Khoa Ngoại', 'X01'],
    ['Phòng Tư pháp huyện', 'Phòng Nội vụ huyện', 'UB'],
    ['Trường THCS An Bình', 'Trạm Y tế xã An Bình', 'X01'],
    // Two parts of one body, the body written with each.
    ['Khoa Nội, Trung tâm Y tế huyện', 'Khoa Sản, Trung tâm Y tế huyện', 'X01'],
    ['Đội Cảnh sát giao thông, Công an huyện', 'Đội Điều tra, Công an huyện', 'X01'],
  ])('%s / %s, one unit: at most probable', (a, b, unitId) => {
    expect(verdict(doctor(a, unitId), doctor(b, unitId))).toBe('probable');
  });

  it('a combined «Chức vụ, đơn vị công tác» naming two departments («Trưởng khoa, Khoa Nội» / «…, Khoa Ngoại»): at most probable', () => {
    const a = person('Nguyễn Văn An', 1980, { gender: 'male', position: 'Trưởng khoa, Khoa Nội' });
    const b = person('Nguyễn Văn An', 1980, { gender: 'male', position: 'Trưởng khoa, Khoa Ngoại' });
    expect(verdict(a, b)).toBe('probable');
    expect(verdict(a, person('Nguyễn Văn An', 1980, { gender: 'male', position: 'Trưởng khoa Khoa Nội' }))).toBe('certain');
  });

  it.each([
    ['Bí thư Chi bộ ấp Bình Hòa', 'Trưởng Ban CTMT ấp Bình Hòa'],
    ['Bí thư Chi bộ ấp 3', 'Chi hội trưởng Chi hội ND ấp 3'],
  ])('near miss: %s / %s, two bodies of one village, are one person with two posts (review 22)', (a, b) => {
    const x = person('Nguyễn Văn Tư', 1969, { gender: 'male', position: a });
    expect(verdict(x, person('Nguyễn Văn Tư', 1969, { gender: 'male', unitId: 'ND', position: b }))).toBe('certain');
  });

  it('near miss: one part of a body written with and without the body is one person', () => {
    expect(verdict(doctor('Khoa Nội'), doctor('Khoa Nội, Trung tâm Y tế huyện'))).toBe('certain');
    expect(verdict(doctor('Phòng Tư pháp huyện', 'UB'), doctor('Phòng Tư pháp, Ủy ban nhân dân huyện', 'UB'))).toBe('certain');
  });

  it('near miss: one workplace written alike is one person', () => {
    expect(verdict(doctor('Khoa Nội'), doctor('Khoa Nội'))).toBe('certain');
  });

  it('near miss: one workplace left out is one person listed twice by the unit', () => {
    expect(verdict(doctor('Khoa Nội'), doctor(undefined))).toBe('certain');
  });
});
