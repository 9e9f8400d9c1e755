/**
 * Trial 18a #10: one cell holding legacy words and Unicode words (an old .VnTime/VNI cell whose given name was later
 * retyped in Unicode: «NguyÔn Thị Thúy», «Leâ Thò Hồng Nhung») was left raw, all or nothing. Such a cell is decoded
 * word by word where its font or its column says the encoding (or, in TCVN3, a word shows a code no Unicode word
 * holds): each word that is no syllable as it stands and one decoded. LEGACY_ENCODING names the cell.
 * Near misses: Unicode cells never change, nor a Unicode name with an unusual syllable.
 */
import { encodeLegacy, LegacyEncoding } from '../../../src/domain/text/legacy';
import type { Row } from '../../fixtures/workbooks';
import { checkBooks, oneSheet, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';

/** The first `k` words of `name` typed in `enc`, the rest in Unicode. */
const mix = (name: string, k: number, enc: LegacyEncoding) =>
  name
    .split(' ')
    .map((w, i) => (i < k ? encodeLegacy(w, enc) : w))
    .join(' ');

const FARMER = 'Nông dân ấp Hòa Thuận';

/** A list whose other cells are in `enc` (with `font` on every cell, if any), its name cells as given. */
async function listed(nameCells: string[], enc: LegacyEncoding | undefined, font?: string) {
  const e = (t: string) => (enc ? encodeLegacy(t, enc) : t);
  const rows: Row[] = [
    [e('ĐẢNG ỦY XÃ AN BÌNH')],
    [e('DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN')],
    ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'].map(e),
    ...nameCells.map((n, i): Row => [i + 1, n, 1970 + i, e(FARMER)]),
  ];
  const { read, report } = await checkBooks([
    unitsBook(),
    oneSheet('dang-uy-xa-an-binh.xlsx', rows, 'DS', font ? (ws) => ws.eachRow((row) => row.eachCell((c) => (c.font = { name: font }))) : undefined),
  ]);
  const legacyCells = report.findings.filter((f) => f.code === 'LEGACY_ENCODING').flatMap((f) => f.cells ?? []);
  return { names: read.registrations.map((r) => r.name), legacyCells };
}

const NAMES: [string, number][] = [
  ['Nguyễn Thị Thúy', 1],
  ['Trần Quốc Bảo', 1],
  ['Lê Thị Hồng Nhung', 2],
  ['Đặng Văn Tư', 1],
];

describe('legacy and Unicode words in one cell', () => {
  it.each([
    ['tcvn3', '.VnTime'],
    ['vni', 'VNI-Times'],
    ['tcvn3', undefined],
    ['tcvn3', 'Times New Roman'],
    ['vni', undefined],
  ] as [LegacyEncoding, string | undefined][])('%s, font %s: each name decoded word by word', async (enc, font) => {
    const r = await listed(
      NAMES.map(([n, k]) => mix(n, k, enc)),
      enc,
      font,
    );
    expect(r.names).toEqual(NAMES.map(([n]) => n));
    expect(r.legacyCells).toEqual(expect.arrayContaining(['B4', 'B5', 'B6', 'B7']));
  });

  it('in a Unicode list: a TCVN3 word with a code after a small letter («NguyÔn», «TrÇn») is decoded', async () => {
    const r = await listed([mix('Nguyễn Thị Thúy', 1, 'tcvn3'), mix('Trần Quốc Bảo', 1, 'tcvn3'), 'Lê Văn Tám'], undefined);
    expect(r.names).toEqual(['Nguyễn Thị Thúy', 'Trần Quốc Bảo', 'Lê Văn Tám']);
  });
});

describe('near misses', () => {
  const UNICODE = ['Nguyễn Thị Thúy', 'Thạch Thị Neáng', 'Kim Thị Sóc Ly', 'H’Hen Niê', 'Ksor H’Blông', 'Y Blok Êban'];

  it('Unicode names in a Unicode list never change', async () => {
    expect((await listed(UNICODE, undefined)).names).toEqual(UNICODE);
  });

  it('Unicode names without a Latin-1 look-alike in a VNI list stay as typed', async () => {
    const list = ['Nguyễn Thị Thúy', 'Đinh Thị Hà', 'Kim Thị Sóc Ly', 'Lò Văn Tú'];
    expect((await listed([encodeLegacy('Nguyễn Văn Hùng', 'vni'), ...list], 'vni')).names).toEqual(['Nguyễn Văn Hùng', ...list]);
  });

  // Names holding a letter no legacy font has: a legacy font is no proof for them.
  const WITH_UNICODE_LETTERS = ['Nguyễn Thị Thúy', 'Thạch Thị Neáng', 'Kim Thị Sóc Ly', 'Đinh Thị Hà', 'Lò Văn Tú'];
  // (In a VNI list without a font, a Unicode «Neáng» beside Unicode letters reads as VNI «Nếng»: no telling them apart.)
  it.each([['tcvn3', '.VnTime'], ['tcvn3', undefined]] as [LegacyEncoding, string | undefined][])(
    'Unicode names in a %s list (font %s) stay as typed',
    async (enc, font) => {
      const r = await listed([encodeLegacy('Nguyễn Văn Hùng', enc), ...(font ? WITH_UNICODE_LETTERS : UNICODE)], enc, font);
      expect(r.names).toEqual(['Nguyễn Văn Hùng', ...(font ? WITH_UNICODE_LETTERS : UNICODE)]);
    },
  );
});
