/**
 * Two bodies of one kind, each named by a word the other lacks («HTX Nông nghiệp Phú Thạnh» / «… Phú Hiệp»), are as
 * likely two workplaces as one written twice: a person of the same name and year at each is at most «probable», never
 * merged without a decision (trial 18b #2). Near misses: one name inside the other («Công ty ABC» / «Công ty TNHH
 * ABC»), the same body abbreviated or written out, stay as certain as before.
 */
import { compare, levelOf, person, verdict } from './factory';

const at = (workplace: string, unitId: string, position = 'Chủ nhiệm') => person('Nguyễn Văn Hùng', 1970, { workplace, position, unitId });

describe('two bodies of one kind named otherwise', () => {
  it.each([
    ['HTX Nông nghiệp Phú Thạnh', 'HTX Nông nghiệp Phú Hiệp'],
    ['Hợp tác xã Nông nghiệp Phú Thạnh', 'Hợp tác xã Nông nghiệp Phú Hiệp'],
    ['Công ty TNHH Minh Phát', 'Công ty TNHH Minh Long'],
    ['Trạm Y tế Tân Phú Đông', 'Trạm Y tế Tân Phú Tây'],
  ])('%s / %s: at most probable, in one unit or two', (a, b) => {
    for (const [u, v] of [
      ['X01', 'X01'],
      ['X01', 'PN'],
    ]) {
      const o = compare(at(a, u as string), at(b, v as string));
      expect(levelOf(o, 'workplace')).toBe('similarOther');
      expect(o.confidence).not.toBe('certain');
    }
  });

  it.each([
    ['Công ty Minh Phát', 'Công ty TNHH Minh Phát'],
    ['HTX Nông nghiệp Phú Thạnh', 'Hợp tác xã Nông nghiệp Phú Thạnh'],
    ['HTX NN Phú Thạnh', 'HTX Nông nghiệp Phú Thạnh'],
  ])('near miss: %s / %s, one unit\'s rows, is one body: certain', (a, b) => {
    expect(verdict(at(a, 'X01'), at(b, 'X01'))).toBe('certain');
  });

  it.each([
    ['Trưởng Công an xã', 'Hội viên Chi hội Nông dân ấp 3, Trưởng Công an xã An Bình'],
    ['Chủ nhiệm HTX Nông nghiệp Phú Thạnh', 'Hội viên Hội Nông dân, Chủ nhiệm HTX Nông nghiệp Phú Thạnh'],
  ])('near miss (review 27): one person\'s two posts, one written whole in the other («%s» / «%s»): as before, not held back', (a, b) => {
    const row = (position: string, unitId: string) => person('Lê Văn Bốn', 1970, { position, unitId, gender: 'male' });
    const o = compare(row(a, 'X01'), row(b, 'PN'));
    expect(levelOf(o, 'workplace')).not.toBe('similarOther');
  });
});
