/**
 * Trial 16b #8 and #14: the list to be signed (its .xlsx sheet and its .docx) carries no working note of the tool. A
 * row whose birth year is an error (INVALID_DATE: a year to come, «19x0», «1990-1991») stays listed — rules.md makes a
 * cell's error no row's — with a blank «Năm sinh», and the notes sheet beside the list says the year is to be checked;
 * a probable duplicate, a form another unit proposed, a «Không» form are said there too, with file and row, and the
 * notices say there is something to check. The list's «Ghi chú» keeps the unit's own note. Near misses: an ordinary
 * row (nothing to check, no notice), a row-level error (still left off with its reason).
 */
import { consolidate, groupsOf } from '../../../src/domain/ceremony/consolidate';
import { ceremonyText } from '../../../src/domain/ceremony/ceremony-texts';
import { checksFor } from '../../../src/domain/ceremony/select-entries';
import type { SheetModel } from '../../../src/domain/sheet-model';
import { checkBooks, oneSheet, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const HEADER: Row = ['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Tóm tắt thành tích', 'Hình thức đề nghị', 'Ghi chú'];

async function book(rows: Row[]) {
  const { read, report } = await checkBooks([unitsBook(), oneSheet('tong-hop.xlsx', [HEADER, ...rows], 'Đăng ký')]);
  const b = consolidate(read, report, '2023');
  const texts = (s: SheetModel | undefined) => (s?.cells ?? []).map((c) => String(c.value ?? ''));
  return {
    report,
    b,
    groups: groupsOf(report),
    listRows: b.document.groups.flatMap((g) => g.rows),
    notesSheet: texts(b.sheets[1]),
    listSheet: texts(b.sheets[0]),
  };
}

/** Nothing on the list names a file, a sheet row, or asks for a check. */
function cleanList(texts: string[]) {
  for (const t of texts) {
    expect(t).not.toMatch(/\.xlsx|dòng \d|kiểm tra lại|Có thể trùng/);
  }
}

describe('a birth year that is an error', () => {
  it.each([2030, '19x0', '1990-1991', 'năm 19'])('%p: listed with a blank year, counted, and the notes sheet says to check it', async (year) => {
    const { report, b, listRows, notesSheet, listSheet } = await book([
      [1, 'Đảng bộ xã An Bình', 'Nguyễn Văn Hải', year, 'Nông dân', 'Sản xuất giỏi', '', ''],
      [2, 'Đảng bộ xã An Bình', 'Lê Thị Hoa', 1975, 'Hội viên', 'Tiết kiệm', '', 'Hồ sơ đủ'],
    ]);
    const invalid = report.findings.find((f) => f.code === 'INVALID_DATE');
    expect(invalid?.row).toBe(2);
    expect(report.quota.find((q) => q.unit === 'Đảng bộ xã An Bình')?.registered).toBe(2);
    expect(listRows.map((r) => [r[1], r[2], r[7]])).toEqual([
      ['Nguyễn Văn Hải', '', ''],
      // The unit's own note is the list's.
      ['Lê Thị Hoa', 1975, 'Hồ sơ đủ'],
    ]);
    expect(b.selection.checks).toEqual([{ row: { file: 'tong-hop.xlsx', sheet: 'Đăng ký', row: 2 }, unit: 'Đảng bộ xã An Bình', name: 'Nguyễn Văn Hải', what: invalid?.message }]);
    expect(notesSheet).toContain(ceremonyText.checksTitle);
    expect(notesSheet).toContain(invalid?.message);
    expect(b.notices.map((n) => n.message)).toContain(ceremonyText.noticeChecks(1, 'Không đưa vào danh sách'));
    cleanList(listSheet);
  });

  it('in the second row of a certain pair: the merged entry is listed, the row with the bad year is named', async () => {
    const { b, listRows } = await book([
      [1, 'Đảng bộ xã An Bình', 'Trần Văn Sáu', 1968, 'Trưởng ấp 3', 'Làm đường', '', ''],
      [2, 'Hội Nông dân huyện', 'Trần Văn Sáu', '19x8', 'Trưởng ấp 3, xã An Bình', 'Làm đường', '', ''],
    ]);
    expect(listRows.map((r) => [r[1], r[2], r[4]])).toEqual([['Trần Văn Sáu', 1968, 'Đảng bộ xã An Bình; Hội Nông dân huyện']]);
    expect(b.selection.checks.map((c) => [c.row.row, c.unit])).toEqual([[3, 'Hội Nông dân huyện']]);
  });

  it('near miss: an ordinary list has nothing to check and no notice about it', async () => {
    const { b, notesSheet } = await book([
      [1, 'Đảng bộ xã An Bình', 'Nguyễn Văn Hải', 1980, 'Nông dân', 'Sản xuất giỏi', '', 'Đã xác minh'],
      [2, 'Huyện đoàn', 'Lê Văn Tư', 1995, 'Bí thư chi đoàn', 'Tình nguyện', '', ''],
    ]);
    expect(b.selection.checks).toEqual([]);
    expect(notesSheet).not.toContain(ceremonyText.checksTitle);
    expect(b.notices.map((n) => n.message).join(' ')).not.toContain('trước khi trình ký');
    expect(b.document.groups[1]?.rows.map((r) => r[7])).toEqual(['Đã xác minh', '']);
  });

  it('near miss: a row-level error (no name) is still left off the list with its reason', async () => {
    const { b } = await book([
      [1, 'Đảng bộ xã An Bình', '', 1980, 'Nông dân', 'Sản xuất giỏi', '', ''],
      [2, 'Đảng bộ xã An Bình', 'Lê Thị Hoa', 1975, 'Hội viên', 'Tiết kiệm', '', ''],
    ]);
    expect(b.selection.excluded.map((x) => x.row.row)).toEqual([2]);
    expect(b.selection.checks).toEqual([]);
  });
});

describe("the tool's working notes are beside the list, not on it", () => {
  it('a probable duplicate: two entries, the notes sheet names the other row (file, sheet, row); the list and its Word text do not', async () => {
    const { b, groups, listRows, notesSheet, listSheet } = await book([
      [1, 'Đảng bộ xã An Bình', 'Lê Văn Minh', 1970, 'Trưởng ấp 1, xã An Bình', 'Sản xuất giỏi', '', ''],
      [2, 'Huyện đoàn', 'Lê Văn Minh', 1971, 'Trưởng ấp 1, xã An Bình', 'Tình nguyện', '', ''],
    ]);
    expect(groups.map((g) => g.confidence)).toEqual(['probable']);
    expect(listRows.map((r) => [r[1], r[7]])).toEqual([
      ['Lê Văn Minh', ''],
      ['Lê Văn Minh', ''],
    ]);
    const [first, second] = b.selection.individuals;
    expect(checksFor(b.selection, first!)).toEqual([expect.stringMatching(/^Có thể trùng với «Lê Văn Minh» \(Huyện đoàn, tong-hop\.xlsx, trang Đăng ký, dòng 3\)/)]);
    expect(checksFor(b.selection, second!)).toEqual([expect.stringContaining('dòng 2')]);
    expect(notesSheet.filter((t) => t.startsWith('Có thể trùng với'))).toHaveLength(2);
    cleanList(listSheet);
    cleanList(listRows.flatMap((r) => r.map(String)));
  });

  it('another unit’s form and a declined form: said on the notes sheet, the list keeps the unit’s own note', async () => {
    const { b, listRows, listSheet } = await book([
      [1, 'Hội Nông dân huyện', 'Lê Thị Hoa', 1975, 'Nông dân ấp 2, xã An Bình', 'Tiết kiệm', 'Thư biểu dương', 'Hồ sơ đủ'],
      [2, 'Huyện đoàn', 'Lê Thị Hoa', 1975, 'Nông dân ấp 2, xã An Bình', 'Tiết kiệm', 'Giấy khen của BTV Huyện ủy', ''],
      [3, 'Huyện đoàn', 'Trần Văn Ba', 1990, 'Đoàn viên', 'Tình nguyện', 'Không', ''],
    ]);
    expect(listRows.map((r) => [r[1], r[6], r[7]])).toEqual([
      ['Lê Thị Hoa', 'Thư biểu dương', 'Hồ sơ đủ'],
      ['Trần Văn Ba', '', ''],
    ]);
    expect(b.selection.checks.map((c) => [c.row.row, c.what])).toEqual([
      [3, 'Huyện đoàn đề nghị hình thức «Giấy khen của Ban Thường vụ Huyện ủy».'],
      [4, ceremonyText.declinedNote],
    ]);
    expect(b.notices.map((n) => n.message)).toContain(ceremonyText.noticeChecks(2, 'Không đưa vào danh sách'));
    cleanList(listSheet);
  });
});
