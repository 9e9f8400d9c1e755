/**
 * Position and workplace compared apart (issue 15): the post held changes between two units' files and says little;
 * the same workplace or commune says much.
 */
import { expandAbbreviations } from '../../../src/domain/duplicates/expand';
import { jobOf } from '../../../src/domain/duplicates/job';
import { communeIndex } from '../../../src/domain/duplicates/places';
import { compare, levelOf, person, verdict } from './factory';

const none = communeIndex([]);
const male = { gender: 'male' as const };

describe('reading a position and a workplace', () => {
  it('splits a combined column into the post and the body, commune and village apart', () => {
    const j = jobOf('Bí thư Chi bộ Thôn 3, xã An Bình', undefined, expandAbbreviations, none);
    expect(j.job?.position).toEqual(['bi1', 'thư']);
    expect(j.job?.workplace).toEqual(['bô5', 'chi']);
    expect(j.commune?.display).toBe('xã An Bình');
    expect(j.village?.display).toBe('thôn 3');
    // A cell the post names is of the workplace after it: "Bí thư Chi bộ | Trạm Y tế xã An Bình"; a workplace column
    // is the body, all of it, though it names two ("Văn phòng HĐND và UBND huyện").
    expect(jobOf('Bí thư Chi bộ Trạm Y tế xã An Bình', undefined, expandAbbreviations, none).job?.workplace).toEqual(['i', 'tram5', 'tê1']);
    const office = jobOf('Trưởng phòng', 'Văn phòng HĐND và UBND huyện', expandAbbreviations, none).job;
    expect(office?.position).toEqual(['phong2', 'trương3']);
    expect(jobOf('Trưởng phòng Văn phòng HĐND và UBND huyện', undefined, expandAbbreviations, none).job).toEqual(office);
  });

  it('takes a position column as the post alone when the workplace column is filled', () => {
    const j = jobOf('Chi hội trưởng Chi hội Phụ nữ', 'Hội Nông dân xã An Bình', expandAbbreviations, none);
    expect(j.job?.position).toContain('trương3');
    expect(j.job?.position).toContain('nư4');
    expect(j.job?.workplace).toEqual(['dân', 'hôi5', 'nông']);
    // Near miss: the same text alone is split.
    const alone = jobOf('Chi hội trưởng Chi hội Phụ nữ', undefined, expandAbbreviations, none).job;
    expect(alone?.workplace).toEqual(expect.arrayContaining(['chi', 'hôi5', 'nư4', 'phu5']));
    expect(alone?.position).not.toContain('nư4');
  });
});

describe('a change of post between files', () => {
  it.each([
    ['Trưởng thôn', 'Hội viên'],
    ['Chủ tịch Hội Nông dân xã', 'Nông dân'],
    ['Bí thư Chi bộ', 'Đảng viên'],
  ])('"%s" / "%s" at one workplace is the same person, certain', (p, q) => {
    const a = person('Nguyễn Văn Tâm', 1971, { ...male, unitId: 'X01', position: p, workplace: 'Thôn 5, xã An Bình' });
    const b = person('Nguyễn Văn Tâm', 1971, { ...male, unitId: 'ND', position: q, workplace: 'Thôn 5 xã An Bình' });
    const o = compare(a, b);
    expect(['different', 'unrelated']).toContain(levelOf(o, 'position'));
    expect(o.evidence.find((e) => e.field === 'position')?.points).toBe(0);
    expect(o.confidence).toBe('certain');
  });

  it('the same workplace is strong, even for a common name in an office with no commune', () => {
    const office = 'Phòng Tư pháp huyện';
    const a = person('Nguyễn Văn Hùng', 1975, { ...male, unitId: 'UB', position: 'Chuyên viên', workplace: office });
    const b = person('Nguyễn Văn Hùng', 1975, { ...male, unitId: 'PN', position: 'Phó Trưởng phòng', workplace: office });
    const o = compare(a, b);
    expect(levelOf(o, 'workplace')).toBe('sameSpecific');
    expect(o.confidence).toBe('certain');
    // Near miss: two offices, the same post: not one person.
    expect(verdict(a, { ...b, position: 'Chuyên viên', workplace: 'Phòng Nội vụ huyện' })).not.toBe('certain');
  });

  it('the same post in two different communes is no evidence', () => {
    const a = person('Lê Văn Bảy', 1966, { ...male, unitId: 'X01', position: 'Chủ tịch', workplace: 'Hội Nông dân xã An Bình' });
    const b = person('Lê Văn Bảy', 1966, { ...male, unitId: 'X02', position: 'Chủ tịch', workplace: 'Hội Nông dân xã Tân Lập' });
    // Same name, year and post in two communes: not reported (issue 15: usually two people).
    expect(compare(a, b).confidence).toBeUndefined();
    // Near miss: the same commune's body.
    expect(compare(a, { ...b, workplace: 'HND xã An Bình' }).confidence).toBe('certain');
  });
});
