/**
 * Trial 20a #4: a soft hyphen (U+00AD) pasted into a Unicode name («Võ Công Da\u00ADnh», from a web page or a PDF) is
 * TCVN3's code for «ư»: the name was read as TCVN3 and printed «Vừ Cụng Daưnh» on the list, in .xlsx and .docx alike.
 * Read as Unicode, a soft hyphen is drawn as nothing: the name stays, the hyphen goes (HIDDEN_CHARACTERS). Near misses:
 * TCVN3 text whose «ư» is that code (Trương, Lưu, Thư, Cường) is still decoded, by its font or by its column's evidence:
 * a soft hyphen is read as nothing only in a word TCVN3 reads as no syllable.
 */
import { columnEncoding, decodingImproves } from '../../../src/domain/text/detect';
import { encodeLegacy } from '../../../src/domain/text/legacy';
import { checkBooks, codes, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';

const SHY = '\u00AD';

/** A registration sheet of `names`, its name column set in `font` (none: the workbook's default). */
const registrations = (names: string[], font?: string) => ({
  fileName: 'dang-ky.xlsx',
  sheets: [
    {
      name: 'Đăng ký',
      rows: [
        ['STT', 'Đơn vị đề xuất', 'Đối tượng', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Chức vụ, đơn vị công tác'],
        ...names.map((n, i) => [i + 1, 'Đảng bộ xã An Bình', 'Cá nhân', n, 1970 + i, 'Nông dân']),
      ],
      ...(font ? { edit: (ws: import('exceljs').Worksheet) => ws.getColumn(4).eachCell((c) => (c.font = { name: font })) } : {}),
    },
  ],
});

describe('a soft hyphen in a Unicode name', () => {
  it.each([`Võ Công Da${SHY}nh`, `Võ Công${SHY} Danh`, `Lê Thị Ngọc Tr${SHY}âm`, `Tô Văn Hoà${SHY}ng`])('«%s» is no TCVN3 evidence', (text) => {
    expect(columnEncoding([text, 'Nguyễn Văn An', 'Trần Thị Bích'])).toBeUndefined();
    expect(columnEncoding([text])).toBeUndefined();
  });

  it('decoding it as TCVN3 does not make it more Vietnamese', () => {
    expect(decodingImproves(`Võ Công Da${SHY}nh`, 'Vừ Cụng Daưnh')).toBe(false);
  });

  it.each([['no font', undefined], ['.VnTime', '.VnTime']])('in a workbook (name column: %s): the name is read as typed, the hyphen removed and said', async (_label, font) => {
    const { read, report } = await checkBooks([unitsBook(), registrations([`Võ Công Da${SHY}nh`, 'Nguyễn Văn An', 'Lê Thị Hoa'], font)]);
    expect(read.registrations.map((r) => r.name)).toEqual(['Võ Công Danh', 'Nguyễn Văn An', 'Lê Thị Hoa']);
    expect(codes(report, 'LEGACY_ENCODING')).toEqual([]);
    expect(codes(report, 'HIDDEN_CHARACTERS')).toEqual(['HIDDEN_CHARACTERS']);
  });
});

describe('near misses: TCVN3 «ư» is still read as «ư»', () => {
  const names = ['Trương Văn Hùng', 'Lưu Thị Thư', 'Dương Minh Hưng', 'Lý Minh Cường'];

  it('by its column\'s evidence', () => {
    expect(columnEncoding(names.map((n) => encodeLegacy(n, 'tcvn3')))).toBe('tcvn3');
  });

  it.each([['no font', undefined], ['.VnTime', '.VnTime']])('in a workbook (name column: %s)', async (_label, font) => {
    const { read } = await checkBooks([unitsBook(), registrations(names.map((n) => encodeLegacy(n, 'tcvn3')), font)]);
    expect(read.registrations.map((r) => r.name)).toEqual(names);
  });
});
