/**
 * Trial 11, items 3 and 4: legacy text whose cell names no font is told by the text alone. Capitals typed for
 * .VnTimeH (its accented letters stored as lowercase codes) come out in capitals; a short VNI name that TCVN3 also
 * decodes to syllables ("Leâ Thò Mai") is told apart by where its tone marks sit. Near misses: initials, a name typed
 * in mixed case, Unicode words whose tone sits on their last letter rightly.
 */
import { decodeByEvidence, columnEncoding } from '../../../src/domain/text/detect';
import { encodeLegacy } from '../../../src/domain/text/legacy';
import { wordScore } from '../../../src/domain/text/syllable';
import { normalizeText } from '../../../src/functions/text';
import { checkBooks, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';

describe('capitals typed in TCVN3 for .VnTimeH, without the font', () => {
  it.each(['TRƯỜNG THCS AN BÌNH', 'NGUYỄN VĂN HÙNG', 'ĐẢNG BỘ XÃ AN BÌNH', 'HỘI NÔNG DÂN HUYỆN', 'LÊ THỊ HỒNG NHUNG'])('%s', (text) => {
    // Typed with caps lock: the letters ASCII has in capitals, the others as .VnTimeH's lowercase codes.
    const stored = encodeLegacy(text, 'tcvn3-caps').replace(/[a-z]/g, (c) => c.toUpperCase());
    expect(stored).not.toBe(text);
    expect(normalizeText(stored)).toBe(text);
    expect(decodeByEvidence(stored, columnEncoding([stored]) ?? 'tcvn3')?.text).toBe(text);
  });

  it.each(['Nguyễn Văn Hùng', 'Lý Bá Lê', 'Trường THCS An Bình'])('near miss: %s, in mixed case, stays in mixed case', (text) => {
    expect(normalizeText(encodeLegacy(text, 'tcvn3'))).toBe(text);
  });
});

describe('short VNI names that TCVN3 also reads as syllables', () => {
  it.each(['Lê Thị Mai', 'Lê Thị Lài', 'Võ Thị Mai', 'Hội viên phụ nữ'])('%s', (text) => {
    expect(normalizeText(encodeLegacy(text, 'vni'))).toBe(text);
  });

  it('in a list, the name is read in Unicode and meets the same person in another unit’s list', async () => {
    const { read, report } = await checkBooks([
      unitsBook(),
      {
        fileName: 'tong hop.xlsx',
        sheets: [
          {
            name: 'Đăng ký',
            rows: [
              ['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh', 'Chức vụ'],
              [1, 'Đảng bộ xã An Bình', encodeLegacy('Lê Thị Mai', 'vni'), 1980, encodeLegacy('Hội viên phụ nữ ấp Bình Hòa', 'vni')],
              [2, 'Hội LHPN huyện', 'Lê Thị Mai', 1980, 'Hội viên phụ nữ ấp Bình Hòa'],
            ],
          },
        ],
      },
    ]);
    expect(read.registrations.map((r) => r.name)).toEqual(['Lê Thị Mai', 'Lê Thị Mai']);
    expect(report.findings.filter((f) => f.code === 'DUPLICATE')).toHaveLength(1);
  });
});

describe('a tone on the last letter of a vowel group that ends unstressed is no Vietnamese syllable', () => {
  it.each(['leõ', 'maì', 'kiá', 'ngươì', 'toì', 'baó', 'giaò', 'voõ', 'too'])('%s', (w) => expect(wordScore(w)).toBe(0));
  it.each(['lẽo', 'mài', 'kìa', 'người', 'thuở', 'hoà', 'hòa', 'thuỷ', 'khuỷu', 'già', 'giữ', 'giày', 'muối', 'xoáy', 'huỳnh', 'mía', 'cửa', 'xoong', 'moóc'])(
    'near miss: %s',
    (w) => expect(wordScore(w)).toBe(1),
  );
});
