/**
 * Duplicates seen through the shapes units really send (issue 14, R5): a collective with and without its place word
 * is one; two people sharing only a common name and a birth year are never merged without a decision.
 */
import { analyze } from '../../../src/domain/analysis/analyze';
import { duplicatesRule } from '../../../src/domain/rules/duplicate';
import { matchRegistrations } from '../../../src/domain/duplicates/match';
import { readResult } from '../rules/helpers';
import { collective, person, unit, UNITS, verdict } from './factory';

// A units list that does not name the commune: the place word is the only clue.
const FEW_UNITS = [unit('UB', 'Ủy ban nhân dân huyện', 'Chính quyền'), unit('PN', 'Hội Liên hiệp Phụ nữ huyện', 'Mặt trận – đoàn thể')];
const inFew = (a: ReturnType<typeof collective>, b: ReturnType<typeof collective>) => matchRegistrations([a, b], FEW_UNITS).groups[0]?.confidence;

describe('a collective with and without its place word', () => {
  it.each([
    ['Trường THCS xã Tân Lập', 'Trường THCS Tân Lập'],
    ['Trạm Y tế xã An Bình', 'Trạm Y tế An Bình'],
    ['Hợp tác xã Nông nghiệp xã Tân Lập', 'HTX Nông nghiệp Tân Lập'],
    ['Trường Tiểu học thị trấn Phú Hòa', 'Trường TH Phú Hòa'],
  ])('"%s" / "%s" by two units is one exemplar', (x, y) => {
    expect(verdict(collective(x, { unitId: 'UB' }), collective(y, { unitId: 'PN' }))).toBe('certain');
    // Where the units list does not know the commune, the words still say it.
    expect(inFew(collective(x, { unitId: 'UB' }), collective(y, { unitId: 'PN' }))).toBe('certain');
  });

  it.each([
    ['Trường THCS xã Tân Lập', 'Trường THCS An Bình'],
    ['Trường THCS xã Tân Lập', 'Trường Tiểu học Tân Lập'],
    ['Trạm Y tế xã An Bình', 'Trạm Y tế Tân Lập'],
  ])('near miss: "%s" / "%s" are two', (x, y) => {
    expect(verdict(collective(x, { unitId: 'UB' }), collective(y, { unitId: 'PN' }))).toBeUndefined();
    expect(inFew(collective(x, { unitId: 'UB' }), collective(y, { unitId: 'PN' }))).toBeUndefined();
  });
});

describe('two people sharing only a common name and a birth year', () => {
  const male = { gender: 'male' as const };
  it.each([
    ['both unknown', {}, {}],
    ['one unknown', { position: 'Chuyên viên', workplace: 'Phòng Nội vụ huyện' }, {}],
    ['different', { position: 'Chuyên viên', workplace: 'Phòng Nội vụ huyện' }, { position: 'Giáo viên', workplace: 'Trường THPT Nguyễn Du' }],
  ])('from different units, workplaces %s: at most probable, never merged', (_, x, y) => {
    const a = person('Nguyễn Văn Hùng', 1975, { ...male, unitId: 'UB', ...x });
    const b = person('Nguyễn Văn Hùng', 1975, { ...male, unitId: 'PN', ...y });
    const groups = matchRegistrations([a, b], UNITS).groups;
    expect(groups.every((g) => g.confidence !== 'certain')).toBe(true);
  });

  it('near miss: the same person named with the workplace both rows give is merged', () => {
    const job = { position: 'Chuyên viên', workplace: 'Phòng Nội vụ huyện' };
    const a = person('Nguyễn Văn Hùng', 1975, { ...male, unitId: 'UB', ...job });
    const b = person('Nguyễn Văn Hùng', 1975, { ...male, unitId: 'PN', ...job, position: 'Hội viên' });
    expect(verdict(a, b)).toBe('certain');
  });
});

describe('the message of a probable pair', () => {
  it('says what is missing for it to be certain, and that posts differ', () => {
    const male = { gender: 'male' as const };
    const rows = [
      person('Khúc Thừa Dụ', 1975, { ...male, unitId: 'UB', position: 'Chuyên viên', workplace: 'Phòng Nội vụ huyện' }),
      person('Khúc Thừa Dụ', 1975, { ...male, unitId: 'PN', position: 'Hội viên' }),
    ];
    const [f] = duplicatesRule(analyze(readResult({ units: UNITS, registrations: rows }), { y: 2023, m: 3, d: 1 }));
    expect(f?.confidence).toBe('probable');
    expect(f?.message).toContain('chức vụ ghi khác nhau');
    expect(f?.message).toContain('không có thông tin nào cho thấy cùng xã');
  });
});
