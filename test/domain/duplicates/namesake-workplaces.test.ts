/**
 * Two workplaces told apart only by a letter or a number («Trường TH An Bình A» / «… B», «Trường Tiểu học Tân Lập
 * 1» / «… 2») are two bodies: a person of the same name and year at each is at most «probable», never merged without
 * a decision; one that says which («… B») and one that does not («… An Bình») are at most «probable» too. Near
 * misses: the same workplace written alike stays certain, and so does one written with and without «Trường».
 */
import { compare, levelOf, person, verdict } from './factory';

const at = (workplace: string, unitId: string) => person('Nguyễn Thị Lan', 1985, { workplace, position: 'Giáo viên', unitId });

describe('namesake workplaces told apart by a letter or a number', () => {
  it.each([
    ['Trường TH An Bình A', 'Trường TH An Bình B'],
    ['Trường Tiểu học An Bình 1', 'Trường Tiểu học An Bình 2'],
    ['Trường Mầm non An Bình A', 'Trường Mầm non An Bình B'],
  ])('%s / %s: two bodies, not certain', (a, b) => {
    const o = compare(at(a, 'X01'), at(b, 'PN'));
    expect(levelOf(o, 'workplace')).toBe('otherBranch');
    expect(o.confidence).not.toBe('certain');
  });

  it('one says which of its namesakes it is, the other not: at most probable', () => {
    const o = compare(at('Trường TH An Bình', 'X01'), at('Trường TH An Bình B', 'PN'));
    expect(levelOf(o, 'workplace')).toBe('similarBranch');
    expect(verdict(at('Trường TH An Bình', 'X01'), at('Trường TH An Bình B', 'PN'))).toBe('probable');
  });

  it.each([
    ['Trường TH An Bình B', 'Trường TH An Bình B'],
    ['Trường Tiểu học An Bình 2', 'Trường TH An Bình 2'],
    ['Trường THCS An Bình', 'THCS An Bình'],
  ])('near miss: %s / %s is one workplace: certain', (a, b) => {
    expect(verdict(at(a, 'X01'), at(b, 'PN'))).toBe('certain');
  });
});
