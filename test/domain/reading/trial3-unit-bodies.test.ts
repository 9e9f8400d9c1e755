/**
 * Trial 3: rows name a party organisation by the body it is in ("Công an huyện" for "Đảng bộ Công an huyện",
 * "Trường THPT An Phú" or "CB THPT An Phú" for "Chi bộ Trường THPT An Phú"), and district bodies by everyday names
 * ("Ban CHQS huyện", "Đoàn TN huyện", "Công đoàn huyện", "Kho bạc NN huyện"): each row counts for its unit. Near
 * misses: a body that two party organisations share, or a name the list gives another unit, is never guessed.
 */
import type { Row } from '../../fixtures/workbooks';
import { checkBooks, codes } from '../../fixtures/trial2-fixgroups-shapes';
import { unitResolver } from '../../../src/domain/units/resolve-unit';

const UNITS: Row[] = [
  ['STT', 'Tên đơn vị'],
  [1, 'Chi bộ Trường THPT An Phú'],
  [2, 'Chi bộ Kho bạc Nhà nước huyện'],
  [3, 'Đảng bộ Công an huyện'],
  [4, 'Đảng bộ Quân sự huyện'],
  [5, 'Huyện đoàn'],
  [6, 'Liên đoàn Lao động huyện'],
];

describe('a unit named by its body or an everyday name', () => {
  it.each<[string, string]>([
    ['CB THPT An Phú', 'Chi bộ Trường THPT An Phú'],
    ['Trường THPT An Phú', 'Chi bộ Trường THPT An Phú'],
    ['THPT An Phú', 'Chi bộ Trường THPT An Phú'],
    ['Kho bạc NN huyện', 'Chi bộ Kho bạc Nhà nước huyện'],
    ['Kho bạc Nhà nước huyện', 'Chi bộ Kho bạc Nhà nước huyện'],
    ['Công an huyện', 'Đảng bộ Công an huyện'],
    ['CÔNG AN HUYỆN', 'Đảng bộ Công an huyện'],
    ['Ban CHQS huyện', 'Đảng bộ Quân sự huyện'],
    ['Ban Chỉ huy Quân sự huyện', 'Đảng bộ Quân sự huyện'],
    ['Đoàn TN huyện', 'Huyện đoàn'],
    ['Công đoàn huyện', 'Liên đoàn Lao động huyện'],
  ])('«%s» is %s', async (written, unit) => {
    const rows: Row[] = [['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh'], [1, written, 'Nguyễn Văn An', 1970]];
    const { read, report } = await checkBooks([{ fileName: 'tong-hop.xlsx', sheets: [{ name: 'Đơn vị', rows: UNITS }, { name: 'Đăng ký', rows }] }]);
    const nameOf = new Map(read.units.map((u) => [u.id, u.name]));
    expect(read.registrations.map((r) => nameOf.get(r.unitId ?? ''))).toEqual([unit]);
    expect(codes(report, 'UNKNOWN_UNIT')).toEqual([]);
  });

  it('near miss: a body two party organisations are in is neither', () => {
    const r = unitResolver(
      [
        { id: 'a', name: 'Chi bộ Công an huyện' },
        { id: 'b', name: 'Đảng bộ Công an huyện' },
      ],
      '',
    );
    expect(r.resolve('Công an huyện')).toBeUndefined();
  });

  it("near miss: a name the list gives a unit of its own is that unit's", () => {
    const r = unitResolver(
      [
        { id: 'party', name: 'Đảng bộ Công an huyện' },
        { id: 'police', name: 'Công an huyện' },
      ],
      '',
    );
    expect(r.resolve('Công an huyện')?.id).toBe('police');
    expect(r.resolve('Đảng ủy Công an huyện')?.id).toBe('party');
  });

  it('near miss: a title that merely contains a body is not read as its party organisation', () => {
    const r = unitResolver([{ id: 'party', name: 'Đảng bộ Công an huyện' }], '');
    expect(r.resolveLoose('BÁO CÁO CỦA CÔNG AN HUYỆN VỀ ĐIỂN HÌNH')).toBeUndefined();
  });
});
