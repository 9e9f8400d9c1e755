/**
 * Trial 12 #10: a two-level header («Giới tính» over «Nam | Nữ», the other labels merged down both rows) beside a
 * «Tóm tắt thành tích» column: the header's upper row is part of the header, not a document's title above the table
 * («TÓM TẮT THÀNH TÍCH» heads a report of achievements, which is no list). Near miss: that title on its own row
 * above a table still says the table is a report's.
 */
import type ExcelJS from 'exceljs';
import type { Row } from '../../fixtures/workbooks';
import { checkBooks, codes, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';

const UNITS = unitsBook([
  ['STT', 'Tên đơn vị', 'Loại đơn vị'],
  [1, 'Hội Nông dân huyện', 'Đoàn thể huyện'],
]);

async function hnd(rows: Row[], edit: (ws: ExcelJS.Worksheet) => void) {
  const { read, report } = await checkBooks([UNITS, { fileName: 'hnd.xlsx', sheets: [{ name: 'DS', rows, edit }] }]);
  return { read, report };
}

const TITLE: Row[] = [['BCH HỘI NÔNG DÂN HUYỆN AN PHÚ'], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN']];

describe('a two-level header beside an achievements column named as a report is', () => {
  it.each(['Tóm tắt thành tích', 'Tóm tắt thành tích đạt được', 'TÓM TẮT THÀNH TÍCH'])('«Giới tính» over «Nam | Nữ» beside «%s»', async (last) => {
    const { read, report } = await hnd(
      [
        ...TITLE,
        ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', '', last],
        ['', '', '', 'Nam', 'Nữ', ''],
        [1, 'Lâm Văn Lợi', 1966, 'x', '', 'Sản xuất kinh doanh giỏi'],
        [2, 'Trần Thị Bé', 1970, '', 'x', 'Tiết kiệm vì phụ nữ nghèo'],
      ],
      (ws) => {
        ws.mergeCells('D3:E3');
        for (const c of 'ABCF') ws.mergeCells(`${c}3:${c}4`);
      },
    );
    expect(read.registrations.map((r) => [r.name, r.birthYear, r.gender, r.achievements])).toEqual([
      ['Lâm Văn Lợi', 1966, 'male', 'Sản xuất kinh doanh giỏi'],
      ['Trần Thị Bé', 1970, 'female', 'Tiết kiệm vì phụ nữ nghèo'],
    ]);
    expect(codes(report, 'FILE_UNREADABLE', 'SHEET_SKIPPED', 'QUOTA_SHORT')).toEqual([]);
  });

  it('«Năm sinh» over «Nam | Nữ» holding years, beside «Tóm tắt thành tích»', async () => {
    const { read } = await hnd(
      [...TITLE, ['STT', 'Họ và tên', 'Năm sinh', '', 'Tóm tắt thành tích'], ['', '', 'Nam', 'Nữ', ''], [1, 'Lâm Văn Lợi', 1966, '', 'Sản xuất giỏi'], [2, 'Trần Thị Bé', '', 1970, 'Tiết kiệm']],
      (ws) => {
        ws.mergeCells('C3:D3');
        for (const c of 'ABE') ws.mergeCells(`${c}3:${c}4`);
      },
    );
    expect(read.registrations.map((r) => [r.name, r.birthYear, r.gender])).toEqual([
      ['Lâm Văn Lợi', 1966, 'male'],
      ['Trần Thị Bé', 1970, 'female'],
    ]);
  });
});

describe('near miss', () => {
  it('«TÓM TẮT THÀNH TÍCH» on its own row above a table still heads a report, which is no list', async () => {
    const { read, report } = await checkBooks([
      UNITS,
      { fileName: 'hnd.xlsx', sheets: [{ name: 'DS', rows: [...TITLE, ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'], [1, 'Lâm Văn Lợi', 1966, 'Nông dân']] }] },
      {
        fileName: 'bao-cao.xlsx',
        sheets: [{ name: 'TT', rows: [['HỘI NÔNG DÂN HUYỆN AN PHÚ'], ['TÓM TẮT THÀNH TÍCH'], ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'], [1, 'Lâm Văn Lợi', 1966, 'Nông dân']] }],
      },
    ]);
    expect(read.registrations.map((r) => r.source.file)).toEqual(['hnd.xlsx']);
    expect(report.findings.filter((f) => f.file === 'bao-cao.xlsx').map((f) => f.code)).toEqual(['FILE_UNREADABLE']);
  });
});
