/**
 * Trial 16a #9: TCVN3 text in a cell whose font is VNI-Times («Mai ThÞ Kim Oanh») stayed mojibake on the list: the
 * font's encoding changed nothing. Where the font's reading makes a text no more Vietnamese, the other legacy family's
 * reading is taken when it does: the text's own evidence wins. Near misses: each family in its own font, Unicode
 * and plain ASCII in a legacy font.
 */
import { decodeByFont } from '../../../src/domain/text/detect';
import { checkBooks, oneSheet, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';

describe('a legacy text in a font of the other family', () => {
  it.each([
    ['Mai ThÞ Kim Oanh', 'VNI-Times', 'Mai Thị Kim Oanh', 'tcvn3'],
    ['NguyÔn V¨n Hïng', 'VNI-Times', 'Nguyễn Văn Hùng', 'tcvn3'],
    ['Nguyeãn Vaên Huøng', '.VnTime', 'Nguyễn Văn Hùng', 'vni'],
  ])('%s in %s: %s', (text, font, out, encoding) => {
    expect(decodeByFont(text, font)).toEqual({ text: out, encoding });
  });

  it('in a workbook: the name on the list is Unicode, and LEGACY_ENCODING says so', async () => {
    const { read, report } = await checkBooks([
      unitsBook(),
      oneSheet('dang-uy-xa-an-binh.xlsx', [['ĐẢNG ỦY XÃ AN BÌNH'], ['STT', 'Họ và tên', 'Năm sinh'], [1, 'Mai ThÞ Kim Oanh', 1980]], 'DS', (ws) => {
        ws.getCell('B3').font = { name: 'VNI-Times' };
      }),
    ]);
    expect(read.registrations.map((r) => r.name)).toEqual(['Mai Thị Kim Oanh']);
    expect(report.findings.filter((f) => f.code === 'LEGACY_ENCODING').map((f) => f.message)).toEqual([expect.stringContaining('TCVN3')]);
  });
});

describe('near misses', () => {
  it.each([
    ['Nguyeãn Vaên Huøng', 'VNI-Times', 'Nguyễn Văn Hùng', 'vni'],
    ['NguyÔn V¨n Hïng', '.VnTime', 'Nguyễn Văn Hùng', 'tcvn3'],
  ])('%s in its own font %s: %s', (text, font, out, encoding) => {
    expect(decodeByFont(text, font)).toEqual({ text: out, encoding });
  });

  it.each([['Nguyễn Văn Hùng'], ['Nguyen Van Hung']])('%s in VNI-Times stays as it is', (text) => {
    expect(decodeByFont(text, 'VNI-Times')).toBeUndefined();
  });
});
