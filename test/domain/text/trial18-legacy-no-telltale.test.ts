/**
 * Trial 18a #9: in a legacy file without its font (.xls without styles, cells in Times New Roman), a cell whose codes
 * all happen to be letters («Vâ Tó» = Võ Tú, «Vò Cóc» = Vũ Cúc, VNI «Kpaê Y Blok», «EÂban», «Ma Ö») was left raw though
 * its row and column were decoded. The row's other cells decoded by evidence are now the prior: such a cell is decoded
 * where that makes it no less Vietnamese. Near misses: a row typed later in Unicode in a legacy list, Unicode files
 * with names that look like codes.
 */
import { encodeLegacy, LegacyEncoding } from '../../../src/domain/text/legacy';
import type { Row } from '../../fixtures/workbooks';
import { checkBooks, codes, oneSheet, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';

/** Rows of [name, position] as stored; the letterhead and header in `enc` (Unicode when none). */
async function names(rows: [string, string][], enc?: LegacyEncoding, font?: string) {
  const e = (t: string) => (enc ? encodeLegacy(t, enc) : t);
  const sheet: Row[] = [
    [e('ĐẢNG ỦY XÃ AN BÌNH')],
    [e('DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN')],
    ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'].map(e),
    ...rows.map(([name, position], i): Row => [i + 1, name, 1970 + i, position]),
  ];
  const { read, report } = await checkBooks([
    unitsBook(),
    oneSheet('dang-uy-xa-an-binh.xlsx', sheet, 'DS', font ? (ws) => ws.eachRow((row) => row.eachCell((c) => (c.font = { name: font }))) : undefined),
  ]);
  return { names: read.registrations.map((r) => r.name), legacy: codes(report, 'LEGACY_ENCODING').length };
}

const FARMER = 'Nông dân ấp Hòa Thuận';
const TCVN3_NAMES = ['Võ Tú', 'Vũ Cúc', 'Ma Ư', 'Tô Thị Hà', 'Lò Văn Tú'];
const VNI_NAMES = ['Kpă Y Blok', 'Y Blok Êban', 'Ma Ư', 'Ơn', 'Tô Thị Hà'];
const typedIn = (enc: LegacyEncoding, list: string[]): [string, string][] => list.map((n) => [encodeLegacy(n, enc), encodeLegacy(FARMER, enc)]);

describe('legacy cells whose codes are all letters, in a legacy row without a font', () => {
  it.each([
    ['tcvn3', undefined, TCVN3_NAMES],
    ['tcvn3', 'Times New Roman', TCVN3_NAMES],
    ['vni', undefined, VNI_NAMES],
    ['vni', 'Arial', VNI_NAMES],
  ] as [LegacyEncoding, string | undefined, string[]][])('%s, font %s: every name decoded', async (enc, font, list) => {
    const r = await names(typedIn(enc, list), enc, font);
    expect(r.names).toEqual(list);
    expect(r.legacy).toBeGreaterThan(0);
  });

  it.each([['tcvn3'], ['vni']] as [LegacyEncoding][])('%s: a names-only column decided legacy decodes its letter-only cells', async (enc) => {
    const list = enc === 'vni' ? ['Nguyễn Văn Hùng', 'Kpă Y Blok', 'Trần Thị Lan', 'Y Blok Êban'] : ['Nguyễn Văn Hùng', 'Võ Tú', 'Trần Thị Lan', 'Vũ Cúc'];
    const r = await names(
      list.map((n): [string, string] => [encodeLegacy(n, enc), '']),
      enc,
    );
    expect(r.names).toEqual(list);
  });

  it('with its font, as before', async () => {
    const r = await names(typedIn('tcvn3', TCVN3_NAMES), 'tcvn3', '.VnTime');
    expect(r.names).toEqual(TCVN3_NAMES);
  });
});

describe('near misses', () => {
  it('a row typed later in Unicode in a TCVN3 list stays as typed', async () => {
    const r = await names([...typedIn('tcvn3', ['Tô Thị Hà', 'Võ Tú']), ['Võ Tú', 'Trưởng ấp Hòa Thuận'], ['Lò Văn Tú', 'Nông dân']], 'tcvn3');
    expect(r.names).toEqual(['Tô Thị Hà', 'Võ Tú', 'Võ Tú', 'Lò Văn Tú']);
  });

  it('a names-only TCVN3 column holding Unicode cells too: a letter-only cell stays as typed', async () => {
    const r = await names([[encodeLegacy('Nguyễn Văn Hùng', 'tcvn3'), ''], ['Võ Tú', ''], ['Trần Thị Lan', ''], [encodeLegacy('Lê Văn Tám', 'tcvn3'), '']], 'tcvn3');
    expect(r.names).toEqual(['Nguyễn Văn Hùng', 'Võ Tú', 'Trần Thị Lan', 'Lê Văn Tám']);
  });

  it.each([[['Vâ Tó', 'Vò Cóc', 'Ôn Văn Tú', 'Lò Văn Cóc', 'Tó Thị Mai']], [['Võ Tú', 'Vũ Cúc', 'Ma Ư', 'Ôn Thị Là', 'Y Blok Êban']]])(
    'a Unicode file: %j unchanged',
    async (list) => {
      const r = await names(list.map((n): [string, string] => [n, 'Nông dân']));
      expect(r.names).toEqual(list);
      expect(r.legacy).toBe(0);
    },
  );
});
