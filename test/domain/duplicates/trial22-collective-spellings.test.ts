/**
 * Trial 22a #1, #2: a collective written the way staff say it is the body written out — a commune's or a district's
 * Youth Union («Đoàn xã», «Xã đoàn», «BCH Đoàn xã», «Huyện đoàn»), «HCTĐ», «Hội CTĐ», «CA xã», «BCTMT» — and the
 * short forms a district adds in its profile («Viết tắt tên đơn vị») apply to exemplar names too.
 * Near misses: two communes' bodies, a hamlet's chi đoàn, «ca» as a word.
 */
import { districtAdditions, districtExpander } from '../../../src/domain/duplicates/district-abbreviations';
import { matchRead } from '../../../src/domain/duplicates/duplicate-groups';
import { organisationTokens } from '../../../src/domain/duplicates/expand';
import { matchRegistrations } from '../../../src/domain/duplicates/match';
import type { ReadResult } from '../../../src/domain/records';
import { defaultProfile } from '../../../src/domain/profile/default-profile';
import { collective, person, UNITS, verdict } from './factory';

const COMMUNES = ['An Bình', 'Tân Lập'];
const pair = (a: string, b: string, ua = 'X01', ub = 'ND') => verdict(collective(a, { unitId: ua }), collective(b, { unitId: ub }));

describe("a commune's Youth Union as staff write it", () => {
  const full = (c: string) => [`Đoàn Thanh niên Cộng sản Hồ Chí Minh xã ${c}`, `Đoàn Thanh niên xã ${c}`, `Đoàn TNCS Hồ Chí Minh xã ${c}`];
  const short = (c: string) => [`Đoàn xã ${c}`, `Xã đoàn ${c}`, `BCH Đoàn xã ${c}`, `Ban Chấp hành Đoàn xã ${c}`, `Xã Đoàn ${c}`];
  const cases = COMMUNES.flatMap((c) => full(c).flatMap((a) => short(c).map((b) => [a, b] as const)));

  it.each(cases)('%s / %s: one body', (a, b) => {
    expect(pair(a, b)).toBe('certain');
  });

  it.each([
    ['Đoàn Thanh niên phường An Lạc', 'Đoàn phường An Lạc'],
    ['Đoàn Thanh niên phường An Lạc', 'Phường đoàn An Lạc'],
    ['Đoàn Thanh niên thị trấn Phú Hòa', 'Đoàn thị trấn Phú Hòa'],
  ])('other communes\' levels: %s / %s', (a, b) => {
    expect(pair(a, b)).toBe('certain');
  });

  it("the district's: «Huyện đoàn» is «Đoàn Thanh niên huyện»", () => {
    for (const a of ['Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện', 'Đoàn Thanh niên huyện', 'Đoàn TNCS Hồ Chí Minh huyện']) {
      for (const b of ['Huyện đoàn', 'Huyện Đoàn', 'HUYỆN ĐOÀN']) expect(pair(a, b, 'UB', 'ND')).toBe('certain');
    }
  });

  it('control (right before): a Youth Union secretary written either way is one person', () => {
    const a = person('Nguyễn Văn Hùng', 1990, { unitId: 'X01', position: 'Bí thư Đoàn xã An Bình' });
    const b = person('Nguyễn Văn Hùng', 1990, { unitId: 'ND', position: 'Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh xã An Bình' });
    expect(verdict(a, b)).toBe('certain');
  });

  it('near misses: two communes, a hamlet\'s chi đoàn, another body of the commune stay apart', () => {
    expect(pair('Đoàn xã An Bình', 'Đoàn xã Tân Lập')).toBeUndefined();
    expect(pair('Xã đoàn An Bình', 'Đoàn Thanh niên xã Tân Lập')).toBeUndefined();
    expect(pair('Chi đoàn ấp Phú Lợi, xã An Bình', 'Đoàn xã An Bình')).toBeUndefined();
    expect(pair('Chi đoàn ấp Phú Lợi, xã An Bình', 'BCH Đoàn xã An Bình')).toBeUndefined();
    expect(pair('Đoàn xã An Bình', 'Hội Nông dân xã An Bình')).toBeUndefined();
    expect(pair('Huyện đoàn', 'Hội Nông dân huyện', 'UB', 'ND')).toBeUndefined();
  });
});

describe('collective abbreviations «HCTĐ», «Hội CTĐ», «CA xã», «BCTMT»', () => {
  const cases = COMMUNES.flatMap((c) => [
    [`Hội Chữ thập đỏ xã ${c}`, `HCTĐ xã ${c}`],
    [`Hội Chữ thập đỏ xã ${c}`, `Hội CTĐ xã ${c}`],
    [`Hội Chữ thập đỏ xã ${c}`, `HCTD xã ${c}`],
    [`Công an xã ${c}`, `CA xã ${c}`],
    [`Ban Công tác Mặt trận ấp Phú Thạnh, xã ${c}`, `BCTMT ấp Phú Thạnh, xã ${c}`],
  ]);

  it.each(cases)('%s / %s: one body', (a, b) => {
    expect(pair(a, b)).toBe('certain');
  });

  it('«Công an huyện» written «CA huyện»', () => {
    expect(pair('Công an huyện', 'CA huyện', 'UB', 'ND')).toBe('certain');
  });

  it('near misses: two communes\' bodies, two hamlets stay apart', () => {
    expect(pair('Hội Chữ thập đỏ xã An Bình', 'HCTĐ xã Tân Lập')).toBeUndefined();
    expect(pair('Công an xã An Bình', 'CA xã Tân Lập')).toBeUndefined();
    expect(pair('Ban Công tác Mặt trận ấp Phú Thạnh, xã An Bình', 'BCTMT ấp Phú Lợi, xã An Bình')).toBeUndefined();
    expect(pair('Công an xã An Bình', 'HCTĐ xã An Bình')).toBeUndefined();
  });

  it('near miss: «ca» as a word, in a word or not before a level of government is not «Công an»', () => {
    const words = (t: string) => organisationTokens(t).map((x) => x.text).join(' ');
    expect(words('CA xã An Bình')).toBe('Công an xã An Bình');
    expect(words('Đội ca xã An Bình')).toBe('Đội ca xã An Bình');
    expect(words('Câu lạc bộ Đờn ca tài tử xã An Bình')).toBe('Câu lạc bộ Đờn ca tài tử xã An Bình');
    expect(words('CLB CA NHẠC xã An Bình')).toBe('Câu lạc bộ CA NHẠC xã An Bình');
    expect(words('Tổ CAO xã An Bình')).toBe('Tổ CAO xã An Bình');
  });
});

describe("a district's own abbreviations apply to exemplar names", () => {
  const declared = { HKH: 'Hội Khuyến học', HNCT: 'Hội Người cao tuổi' };
  const read = (a: string, b: string, abbreviations: Record<string, string | string[]>): ReadResult =>
    ({
      profile: { ...defaultProfile(), unitAbbreviations: { ...defaultProfile().unitAbbreviations, ...abbreviations } },
      units: UNITS,
      registrations: [collective(a, { unitId: 'X01' }), collective(b, { unitId: 'ND' })],
      plans: [],
      duplicateDecisions: [],
    }) as unknown as ReadResult;

  it.each(COMMUNES.flatMap((c) => [
    [`Hội Khuyến học xã ${c}`, `HKH xã ${c}`],
    [`Hội Người cao tuổi xã ${c}`, `HNCT xã ${c}`],
  ]))('%s / %s: one body once the district declares it', (a, b) => {
    expect(matchRead(read(a, b, {})).groups).toHaveLength(0);
    expect(matchRead(read(a, b, declared)).groups[0]?.confidence).toBe('certain');
  });

  it('near miss: declared, two communes\' bodies stay apart', () => {
    expect(matchRead(read('Hội Khuyến học xã An Bình', 'HKH xã Tân Lập', declared)).groups).toHaveLength(0);
  });

  it('a short form of several meanings, or one the matcher reads under a condition, is not added', () => {
    expect(districtAdditions({ HKH: 'Hội Khuyến học', KH: ['Khuyến học', 'Kế hoạch'], CA: 'Công an', TT: ['thị trấn'] })).toEqual([
      { short: ['HKH'], full: 'Hội Khuyến học' },
    ]);
    const expand = districtExpander({ CA: 'Công an' });
    const { groups } = matchRegistrations(
      [collective('Đội ca xã An Bình', { unitId: 'X01' }), collective('Đội Công an xã An Bình', { unitId: 'ND' })],
      UNITS,
      { expand },
    );
    expect(groups).toHaveLength(0);
  });
});
