/** A table's rows classified: repeated headers told from data rows holding the same short texts, on every pass. */
import type { Cell, SheetGrid } from '../../../src/domain/grid';
import { defaultProfile } from '../../../src/domain/profile';
import { fieldIndexes } from '../../../src/domain/recognition/fields';
import { findHeader } from '../../../src/domain/recognition/header';
import { rowClassifier } from '../../../src/domain/recognition/rows';
import { viewSheet } from '../../../src/domain/recognition/sheet-view';

function grid(rows: (string | number | null)[][]): SheetGrid {
  const cell = (v: string | number | null): Cell | null => (v === null ? null : typeof v === 'number' ? { t: 'n', v } : { t: 's', v });
  return { name: 'Đăng ký', rows: rows.map((r) => r.map(cell)), merges: [] };
}

const HEAD = ['STT', 'Họ và tên', 'Giới tính', 'Đối tượng', 'Lĩnh vực'];

describe('repeated headers among data rows', () => {
  const rows: (string | number | null)[][] = [
    HEAD,
    [1, 'Lê Văn Tám', 'Nam', 'Cá nhân', 'Y tế'],
    HEAD,
    // The labels' texts in other columns, and the texts of data cells, are no header.
    [2, 'Giới tính', 'Nữ', 'Cá nhân', 'Y tế'],
    ['stt', 'HỌ VÀ TÊN', 'GIỚI TÍNH', 'x', 'y'],
    ['STT', 'Nam', 'Nữ', 'Cá nhân', 'Y tế'],
    [3, 'Trần Thị Hoa', 'Nữ', 'Đối tượng', 'Lĩnh vực'],
    [' STT ', 'Họ và  tên', 'Giới\u200B tính', 'Đối tượng', null],
  ];
  const expected = ['data', 'header', 'data', 'header', 'data', 'data', 'header'];

  it('are told apart row by row, the same on a second pass', () => {
    const view = viewSheet(grid(rows));
    const header = findHeader(view, fieldIndexes(defaultProfile()), ['registrations']);
    expect(header?.row).toBe(1);
    const classify = rowClassifier(header!);
    const classes = () => rows.slice(1).map((_, i) => classify(view, i + 2).type);
    expect(classes()).toEqual(expected);
    expect(classes()).toEqual(expected);
    // A classifier made anew answers the same.
    expect(rows.slice(1).map((_, i) => rowClassifier(header!)(view, i + 2).type)).toEqual(expected);
  });
});
