/**
 * Trial 14 #6: a name, a birth year and a commune in common, two posts and nothing else of the job (no workplace, no
 * village): namesakes of one commune are not rare, so a clerk decides (probable, never one ceremony entry).
 * Near misses: the same workplace, the same village, the same post stay certain.
 */
import { matchRegistrations } from '../../../src/domain/duplicates/match';
import { messageParts } from '../../../src/domain/duplicates/message-parts';
import { msg } from '../../../src/domain/findings/messages';
import type { Registration } from '../../../src/domain/records';
import { person, UNITS, verdict } from './factory';

const duplicateMessage = (a: Registration, b: Registration) => {
  const g = matchRegistrations([a, b], UNITS).groups[0];
  return g ? msg.duplicate(messageParts(g)) : '';
};

const VIET = (unitId: string, position: string) => person('Nguyễn Văn Việt', 1976, { unitId, gender: 'male', position });

describe('two posts, nothing else of the job in common', () => {
  it.each([
    ['Bí thư Đoàn xã An Bình', 'Nông dân, ấp 7, xã An Bình'],
    ['Chủ tịch Hội Nông dân xã An Bình', 'Kế toán, xã An Bình'],
    ['Trưởng Công an xã An Bình', 'Giáo viên, xã An Bình'],
  ])('%s / %s: probable', (a, b) => {
    expect(verdict(VIET('X01', a), VIET('ND', b))).toBe('probable');
  });
});

describe('near misses: something of the job in common', () => {
  it.each([
    ['Trưởng ấp 7', 'Nông dân, ấp 7, xã An Bình', 'the same hamlet'],
    ['Giáo viên Trường THCS An Bình', 'Tổ trưởng chuyên môn Trường THCS An Bình', 'the same school'],
    ['Bí thư Đoàn xã An Bình', 'Bí thư Đoàn xã An Bình', 'the same post'],
    ['Nông dân', 'Nông dân, xã An Bình', 'the same post'],
    // Review 20: one post written short by the commune, with the commune's name by a district body.
    ['Phó Bí thư Đoàn xã', 'Phó Bí thư Đoàn xã An Bình', 'the same post'],
    ['Chủ tịch Hội ND xã', 'Chủ tịch Hội Nông dân xã An Bình', 'the same post'],
    ['Trưởng Trạm Y tế xã', 'Trạm trưởng Trạm Y tế xã An Bình', 'the same post'],
    // Review 21: a post's initials, and a cell of two posts one of which is the other row's.
    ['Phó Chủ tịch Hội Cựu chiến binh xã', 'PCT Hội CCB xã An Bình', 'the same post'],
    ['Chủ tịch Hội Nông dân xã', 'CT Hội ND xã An Bình', 'the same post'],
    ['Trưởng Công an xã', 'Hội viên Hội Nông dân, Trưởng Công an xã An Bình', 'one of the posts'],
  ])('%s / %s (%s): certain', (a, b) => {
    expect(verdict(VIET('X01', a), VIET('ND', b))).toBe('certain');
  });
});

describe('name and birth year only, from two units', () => {
  it('both workplaces given and different, nothing placing them together: two people, not reported', () => {
    const a = person('Đàm Quốc Khải', 1993, { gender: 'male', unitId: 'UB', position: 'Chuyên viên Phòng Tài chính - Kế hoạch huyện' });
    expect(verdict(a, person('Đàm Quốc Khải', 1993, { gender: 'male', unitId: 'PN', position: 'Giáo viên Trường THCS Lê Lợi' }))).toBeUndefined();
    // Near miss: one workplace not given, a clerk decides.
    expect(verdict(a, person('Đàm Quốc Khải', 1993, { gender: 'male', unitId: 'PN', position: 'Hội viên' }))).toBe('probable');
  });

  it('«ấp 1» of two communes: at most probable, and said to share a name only', () => {
    const a = person('Lê Văn Tư', 1985, { unitId: 'X01', position: 'Trưởng ấp 1, xã An Bình' });
    const b = person('Lê Văn Tư', 1985, { unitId: 'X02', position: 'Trưởng ấp 1, xã Tân Lập' });
    expect(verdict(a, b)).toBe('probable');
    expect(duplicateMessage(a, b)).toContain('nhưng khác nơi (xã An Bình, xã Tân Lập), cùng tên thôn (ấp, khu phố)');
    // Near miss: the same commune's «ấp 1».
    expect(verdict(a, person('Lê Văn Tư', 1985, { unitId: 'ND', position: 'Trưởng ấp 1, xã An Bình' }))).toBe('certain');
  });
});
