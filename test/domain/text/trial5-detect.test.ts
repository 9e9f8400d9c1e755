/**
 * Legacy text told by its own evidence, cell by cell: a sheet whose rows come from .VnTime and VNI documents alike is
 * decoded row by row; a code ("ÐB01", Ð typed for Đ) or a lone sign ("·", "©") in a Unicode cell is no evidence of
 * a legacy font and is never decoded.
 */
import { columnEncoding, evidenceDecoder } from '../../../src/domain/text/detect';
import { encodeLegacy } from '../../../src/domain/text';
import { checkBooks, codes } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const NAMES = ['Nguyễn Văn Tâm', 'Trần Thị Hương', 'Lê Văn Hùng', 'Phạm Thị Lụa', 'Võ Văn Kiệt'];

describe('a column of both legacy fonts', () => {
  it.each([
    ['mostly TCVN3, one VNI row', 'tcvn3', 'vni'],
    ['mostly VNI, one TCVN3 row', 'vni', 'tcvn3'],
  ] as const)('%s: every row decoded by its own font', (_, most, one) => {
    const column = [...NAMES.slice(0, 4).map((n) => encodeLegacy(n, most)), encodeLegacy('Nguyễn Thị Hoa, Nông dân', one)];
    const encoding = columnEncoding(column);
    expect(encoding).toBe(most);
    const decoder = evidenceDecoder();
    expect(column.map((t) => decoder.decodeByEvidence(t, encoding)?.text ?? t)).toEqual([...NAMES.slice(0, 4), 'Nguyễn Thị Hoa, Nông dân']);
    expect(decoder.decodeByEvidence(column[4] as string, encoding)?.encoding).toBe(one);
  });
});

describe('codes and signs are no evidence', () => {
  const tcvn3Column = NAMES.map((n) => encodeLegacy(n, 'tcvn3'));
  it.each(['Giáo viên Toán · Tin', 'ÐB01', 'ÐB 02', 'Bản quyền © Hội Nông dân', 'Toán · Lý · Hóa'])('%s stays as written in a TCVN3 column', (text) => {
    const encoding = columnEncoding([...tcvn3Column, text]);
    expect(encoding).toBe('tcvn3');
    expect(evidenceDecoder().decodeByEvidence(text, encoding)).toBeUndefined();
  });

  it('alone, they name no encoding', () => {
    expect(columnEncoding(['ÐB01', 'ÐB02', 'Giáo viên Toán · Tin'])).toBeUndefined();
  });

  it('a unit code typed with Ð finds its unit', async () => {
    const units: Row[] = [
      ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'],
      ['ĐB01', 'Đảng bộ xã An Bình', 'Đảng bộ xã'],
    ];
    const rows: Row[] = [
      ['STT', 'Mã đơn vị', 'Họ và tên', 'Năm sinh', 'Chức vụ'],
      [1, 'ÐB01', 'Kiều Văn Một', 1970, 'Giáo viên Toán · Tin'],
      [2, 'ÐB01', 'Kiều Thị Hai', 1971, 'Nông dân'],
    ];
    const { read, report } = await checkBooks([{ fileName: 'tong-hop.xlsx', sheets: [{ name: 'Đơn vị', rows: units }, { name: 'Đăng ký', rows }] }]);
    expect(codes(report, 'UNKNOWN_UNIT', 'LEGACY_ENCODING', 'QUOTA_SHORT')).toEqual([]);
    expect(read.registrations.map((r) => r.position)).toEqual(['Giáo viên Toán · Tin', 'Nông dân']);
  });
});
