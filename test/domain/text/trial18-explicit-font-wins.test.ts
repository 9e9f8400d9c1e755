/**
 * Trial 18a #12: «GĐ I» typed in VNI-Times (stored «GÑ I») was read as TCVN3 «Gẹ I», the other family's reading forming
 * a syllable: PHASE_UNREADABLE, the exemplar on neither list. An explicit legacy font decides the encoding where its
 * reading is made of syllables and abbreviations in capitals; the other family is taken only where the font's reading
 * leaves a word that is neither (TCVN3 typed in a VNI font: «Mai ThÞ»). Near misses: «ĐU-HB», «HĐND», TCVN3 in .VnTime.
 */
import { decodeByFont } from '../../../src/domain/text/detect';
import { encodeLegacy } from '../../../src/domain/text/legacy';
import { checkBooks, codes, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';

describe('an abbreviation in its VNI font', () => {
  it.each([['GĐ I'], ['GĐ II'], ['GĐ 2'], ['GĐ1'], ['PGĐ Sở'], ['ĐU-HB'], ['HĐND xã'], ['Giám đốc']])('«%s» in VNI-Times reads as typed', (text) => {
    expect(decodeByFont(encodeLegacy(text, 'vni'), 'VNI-Times')).toEqual({ text, encoding: 'vni' });
  });

  it('in a workbook: the phase column reads «GĐ I» / «GĐ II», no PHASE_UNREADABLE, no TCVN3', async () => {
    const v = (t: string) => encodeLegacy(t, 'vni');
    const rows = [
      ['STT', 'Đơn vị đề xuất', 'Đối tượng', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Chức vụ, đơn vị công tác', 'Giai đoạn'].map(v),
      ...[
        ['Trần Văn Kỳ', 1966, 'GĐ I'],
        ['Kiều Thị Mai', 1985, 'GĐ I'],
        ['Lê Văn Tám', 1979, 'GĐ II'],
      ].map(([name, year, phase], i) => [i + 1, v('Đảng bộ xã An Bình'), v('Cá nhân'), v(String(name)), year, v('Nông dân'), v(String(phase))]),
    ];
    const { read, report } = await checkBooks([
      unitsBook(),
      { fileName: 'tong-hop-vni.xlsx', sheets: [{ name: 'Đăng ký', rows, edit: (ws) => ws.eachRow((row) => row.eachCell((c) => (c.font = { name: 'VNI-Times' }))) }] },
    ]);
    expect(read.registrations.map((r) => [r.name, r.phase])).toEqual([
      ['Trần Văn Kỳ', 1],
      ['Kiều Thị Mai', 1],
      ['Lê Văn Tám', 2],
    ]);
    expect(codes(report, 'PHASE_UNREADABLE')).toEqual([]);
    expect(report.findings.filter((f) => f.code === 'LEGACY_ENCODING').map((f) => f.message).join(' ')).not.toContain('TCVN3');
  });
});

describe('near misses', () => {
  it.each([['GĐ I'], ['ĐU-HB'], ['HĐND xã'], ['Nguyễn Văn Hùng']])('«%s» in .VnTime reads as TCVN3', (text) => {
    expect(decodeByFont(encodeLegacy(text, 'tcvn3'), '.VnTime')).toEqual({ text, encoding: 'tcvn3' });
  });

  it.each([
    ['Mai ThÞ Kim Oanh', 'VNI-Times', 'Mai Thị Kim Oanh', 'tcvn3'],
    ['Nguyeãn Vaên Huøng', '.VnTime', 'Nguyễn Văn Hùng', 'vni'],
    ['NGUYEÃN VAÊN HUØNG', '.VnTime', 'NGUYỄN VĂN HÙNG', 'vni'],
  ])('the other family where the font reads no Vietnamese: %s in %s', (text, font, out, encoding) => {
    expect(decodeByFont(text, font)).toEqual({ text: out, encoding });
  });
});
