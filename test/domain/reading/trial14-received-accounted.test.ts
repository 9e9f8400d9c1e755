/**
 * Trial 14, class 13: every file given is accounted for.
 * - A unit's list with its header and no row is named (SHEET_SKIPPED, under its unit, with its date line); its dated
 *   list dates the unit's list (no «chưa ghi ngày … chưa có điển hình»), an undated one is said as what arrived, and
 *   the unit's QUOTA_SHORT says what came.
 * - A file that could not be opened is put under the unit its name names; that unit's QUOTA_SHORT says its file could
 *   not be read.
 * - A unit's nurturing plan sent as a document is named in the report (summary.documents, the text report's head).
 * Near misses: the district's template (units list beside an empty «Đăng ký»), a unit's file with an empty sheet beside
 * its rows, a file named for no unit, an ordinary list.
 */
import { Document, Paragraph, Table, TableCell, TableRow } from 'docx';
import ExcelJS from 'exceljs';
import type { WorkbookGrid } from '../../../src/domain/grid';
import { defaultProfile } from '../../../src/domain/profile';
import { readWorkbooks } from '../../../src/domain/reading/read-workbooks';
import { buildReport } from '../../../src/domain/report/report';
import { renderText } from '../../../src/domain/report/render-text';
import { readDocx } from '../../../src/workbook/docx/read-docx';
import { Book, oneSheet, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';
import { docxBytes } from '../../fixtures/word-lists';
import { roundTrip, Row, sheetWith } from '../../fixtures/workbooks';

const AS_OF = { y: 2023, m: 3, d: 1 };
const HEADER: Row = ['STT', 'Tên tập thể / Họ và tên', 'Năm sinh', 'Giới tính', 'Chức vụ, đơn vị công tác', 'Tóm tắt thành tích', 'Ghi chú'];

/** A unit's signed list: its letterhead, title, header, its rows (maybe none), and its date line. */
function unitList(fileName: string, unit: string, rows: Row[], dateLine?: string): Book {
  return oneSheet(
    fileName,
    [
      ['ĐẢNG BỘ HUYỆN AN PHÚ', '', '', '', 'ĐẢNG CỘNG SẢN VIỆT NAM'],
      [unit.toUpperCase()],
      ['*'],
      [],
      ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'],
      ['Giai đoạn 2021 – 2023'],
      [],
      HEADER,
      ...rows,
      [],
      ['', '', '', '', dateLine ?? ''],
      ['', '', '', '', 'T/M ĐẢNG ỦY'],
    ],
    'Sheet1',
  );
}

const ROWS = (name: string): Row[] => [[1, `Chi bộ ấp 1 ${name}`, '', '', '', 'Thành tích'], [2, `Nguyễn Văn ${name}`, 1970, 'Nam', 'Trưởng ấp', 'Thành tích']];

async function grids(books: (Book | WorkbookGrid)[]): Promise<WorkbookGrid[]> {
  const out: WorkbookGrid[] = [];
  for (const b of books) {
    if ('date1904' in b) {
      out.push(b);
      continue;
    }
    const wb = new ExcelJS.Workbook();
    for (const s of b.sheets) sheetWith(wb, s.name, s.rows);
    out.push(await roundTrip(wb, b.fileName));
  }
  return out;
}

async function check(books: (Book | WorkbookGrid)[], unreadable: { file: string; message: string }[] = []) {
  const read = readWorkbooks(await grids(books), { profile: defaultProfile(), unreadable });
  const report = buildReport(read, AS_OF, books.length + unreadable.length);
  const of = (unit: string, code?: string) => report.findings.filter((f) => f.unit === unit && (!code || f.code === code));
  return { read, report, of };
}

const UNITS = unitsBook();
const TAN_LAP = 'Đảng bộ xã Tân Lập';
const AN_BINH = 'Đảng bộ xã An Bình';

describe('a list with its header and no row', () => {
  it('dated on time: named under its unit with its date; its unit is not told nothing came', async () => {
    const { of } = await check([UNITS, unitList('DS Tan Lap.xlsx', 'Đảng ủy xã Tân Lập', [], 'Tân Lập, ngày 10 tháng 02 năm 2023'), unitList('DS An Binh.xlsx', 'Đảng ủy xã An Bình', ROWS('A'), 'An Bình, ngày 12 tháng 02 năm 2023')]);
    expect(of(TAN_LAP, 'SHEET_SKIPPED').map((f) => [f.file, f.sheet, f.message])).toEqual([
      ['DS Tan Lap.xlsx', 'Sheet1', expect.stringMatching(/^Danh sách đăng ký của Đảng bộ xã Tân Lập \(DS Tan Lap\.xlsx, trang «Sheet1», ghi ngày 10\/02\/2023\) chỉ có dòng tiêu đề cột/)],
    ]);
    expect(of(TAN_LAP).map((f) => f.code).sort()).toEqual(['QUOTA_SHORT', 'SHEET_SKIPPED']);
    expect(of(TAN_LAP, 'QUOTA_SHORT')[0]?.message).toContain('Danh sách đơn vị gửi (DS Tan Lap.xlsx, trang «Sheet1») chỉ có dòng tiêu đề cột');
    // The ordinary list beside it: nothing of the kind.
    expect(of(AN_BINH).map((f) => f.code)).toEqual([]);
  });

  it('dated after the deadline: late, by its date line', async () => {
    const { of } = await check([UNITS, unitList('DS Tan Lap.xlsx', 'Đảng ủy xã Tân Lập', [], 'Tân Lập, ngày 27 tháng 02 năm 2023')]);
    expect(of(TAN_LAP).map((f) => f.code).sort()).toEqual(['QUOTA_SHORT', 'REGISTRATION_LATE', 'SHEET_SKIPPED']);
    expect(of(TAN_LAP, 'REGISTRATION_LATE')[0]?.message).toContain('27/02/2023');
  });

  it('undated: REGISTRATION_MISSING says the list came without a row and without a date', async () => {
    const { of } = await check([UNITS, unitList('DS Tan Lap.xlsx', 'Đảng ủy xã Tân Lập', [])]);
    const missing = of(TAN_LAP, 'REGISTRATION_MISSING');
    expect(missing.map((f) => f.message)).toEqual([expect.stringMatching(/^Đảng bộ xã Tân Lập đã gửi danh sách đăng ký \(DS Tan Lap\.xlsx, trang «Sheet1»\) nhưng danh sách chỉ có dòng tiêu đề cột/)]);
    // A unit that sent nothing at all keeps the old sentence.
    expect(of('Đảng bộ xã Phú Hữu', 'REGISTRATION_MISSING')[0]?.message).toMatch(/chưa ghi ngày gửi danh sách đăng ký và chưa có điển hình/);
  });

  it('as a Word document', async () => {
    const table = new Table({ rows: [new TableRow({ children: (HEADER as string[]).map((t) => new TableCell({ children: [new Paragraph(t)] })) })] });
    const word = new Document({
      sections: [{ children: [...['ĐẢNG BỘ HUYỆN AN PHÚ', 'ĐẢNG ỦY XÃ TÂN LẬP', '*', 'DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'].map((t) => new Paragraph(t)), table, new Paragraph('Tân Lập, ngày 11 tháng 02 năm 2023')] }],
    });
    const grid = await readDocx(await docxBytes(word), 'Tan Lap.docx');
    const { of } = await check([UNITS, grid]);
    expect(of(TAN_LAP, 'SHEET_SKIPPED').map((f) => f.message)).toEqual([expect.stringMatching(/^Danh sách đăng ký của Đảng bộ xã Tân Lập \(Tan Lap\.docx, ghi ngày 11\/02\/2023\)/)]);
    expect(of(TAN_LAP, 'REGISTRATION_MISSING')).toEqual([]);
  });

  it('beside the unit\'s real list: named, and the real list\'s date still decides', async () => {
    const { of } = await check([
      UNITS,
      unitList('DS Tan Lap (nhap).xlsx', 'Đảng ủy xã Tân Lập', [], 'Tân Lập, ngày 10 tháng 02 năm 2023'),
      unitList('DS Tan Lap.xlsx', 'Đảng ủy xã Tân Lập', ROWS('T'), 'Tân Lập, ngày 27 tháng 02 năm 2023'),
    ]);
    expect(of(TAN_LAP).map((f) => f.code).sort()).toEqual(['REGISTRATION_LATE', 'SHEET_SKIPPED']);
    expect(of(TAN_LAP, 'REGISTRATION_LATE')[0]?.message).toContain('27/02/2023');
  });

  it('near misses: the district\'s template and an empty sheet beside a unit\'s rows say nothing', async () => {
    const template: Book = {
      fileName: 'mau.xlsx',
      sheets: [
        { name: 'Đơn vị', rows: [['STT', 'Tên đơn vị'], [1, AN_BINH], [2, TAN_LAP]] },
        { name: 'Đăng ký', rows: [['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh', 'Chức vụ']] },
      ],
    };
    const two: Book = {
      fileName: 'DS An Binh.xlsx',
      sheets: [
        { name: 'Tập thể', rows: unitList('x', 'Đảng ủy xã An Bình', []).sheets[0]?.rows ?? [] },
        { name: 'Cá nhân', rows: unitList('x', 'Đảng ủy xã An Bình', ROWS('B'), 'An Bình, ngày 12 tháng 02 năm 2023').sheets[0]?.rows ?? [] },
      ],
    };
    const { report } = await check([template, two]);
    expect(report.findings.filter((f) => f.code === 'SHEET_SKIPPED')).toEqual([]);
  });
});

describe('a file that could not be opened, named for its unit', () => {
  const damaged = (file: string) => ({ file, message: `Tệp ${file} bị hỏng hoặc không đầy đủ: hãy xin đơn vị gửi lại.` });

  it.each([
    ['DS Tan Lap.xlsx', TAN_LAP],
    ['Đảng bộ xã Tân Lập.docx', TAN_LAP],
    ['03_DangBoXaTanLap.xlsx', TAN_LAP],
    ['ds-phu-huu.xlsx', 'Đảng bộ xã Phú Hữu'],
    ['Hoi Nong dan huyen.xls', 'Hội Nông dân huyện'],
  ])('%s: FILE_UNREADABLE under %s, whose QUOTA_SHORT says its file could not be read', async (file, unit) => {
    const { of, report } = await check([UNITS, unitList('DS An Binh.xlsx', 'Đảng ủy xã An Bình', ROWS('A'), 'An Bình, ngày 12 tháng 02 năm 2023')], [damaged(file)]);
    expect(report.findings.filter((f) => f.code === 'FILE_UNREADABLE').map((f) => [f.file, f.unit])).toEqual([[file, unit]]);
    expect(of(unit, 'QUOTA_SHORT')[0]?.message).toContain(`Tệp ${file} của đơn vị không đọc được (xem lỗi FILE_UNREADABLE)`);
    // It did send something: no «chưa ghi ngày … chưa có điển hình».
    expect(of(unit, 'REGISTRATION_MISSING')).toEqual([]);
  });

  it('a workbook without a table, its letterhead naming no unit: under the unit its name names', async () => {
    const noTable = oneSheet('DS Tan Lap.xlsx', [['Báo cáo tháng 2'], ['Nội dung', 'Số liệu'], ['Tuyên truyền', 5]], 'Sheet1');
    const { report, of } = await check([UNITS, unitList('DS An Binh.xlsx', 'Đảng ủy xã An Bình', ROWS('A'), 'An Bình, ngày 12 tháng 02 năm 2023'), noTable]);
    expect(report.findings.filter((f) => f.code === 'FILE_UNREADABLE').map((f) => [f.file, f.unit])).toEqual([['DS Tan Lap.xlsx', TAN_LAP]]);
    expect(of(TAN_LAP, 'QUOTA_SHORT')[0]?.message).toContain('Tệp DS Tan Lap.xlsx của đơn vị không đọc được');
  });

  it('a file named for no unit stays unattributed, and the units keep their sentences', async () => {
    const { report, of } = await check([UNITS], [damaged('bao cao thang 2.xlsx'), damaged('Book1.xlsx')]);
    expect(report.findings.filter((f) => f.code === 'FILE_UNREADABLE').map((f) => f.unit)).toEqual([undefined, undefined]);
    expect(of(TAN_LAP, 'QUOTA_SHORT')[0]?.message).not.toContain('không đọc được');
    expect(of(TAN_LAP, 'REGISTRATION_MISSING')).toHaveLength(1);
  });
});

describe('a nurturing plan sent as a Word document', () => {
  const CONTENTS = ['Trách nhiệm lãnh đạo', 'Phân công phụ trách', 'Hoạt động bồi dưỡng', 'Tuyên truyền, nhân rộng', 'Biểu dương, khen thưởng', 'Chế độ thông tin, báo cáo'];
  const plan = async (contents: string[]) =>
    readDocx(
      await docxBytes(
        new Document({
          sections: [
            {
              children: ['ĐẢNG BỘ HUYỆN AN PHÚ', 'ĐẢNG ỦY XÃ TÂN LẬP', '*', 'KẾ HOẠCH', 'bồi dưỡng, nhân rộng điển hình tiên tiến giai đoạn 2021 - 2025', ...contents.map((c, i) => `${i + 1}. ${c}: ...`), 'Tân Lập, ngày 18 tháng 01 năm 2022'].map(
                (t) => new Paragraph(t),
              ),
            },
          ],
        }),
      ),
      'Ke hoach boi duong Tan Lap.docx',
    );

  it.each([
    [CONTENTS, 6],
    [CONTENTS.slice(0, 4), 4],
  ])('is named in the report with its unit and contents', async (contents, found) => {
    const { report } = await check([UNITS, unitList('DS Tan Lap.xlsx', 'Đảng ủy xã Tân Lập', ROWS('T'), 'Tân Lập, ngày 10 tháng 02 năm 2023'), await plan(contents)]);
    expect(report.summary.documents).toEqual([{ file: 'Ke hoach boi duong Tan Lap.docx', kind: 'nurturePlan', unit: TAN_LAP, contents: { found, of: 6 } }]);
    expect(renderText(report)).toContain(`Đã đọc Ke hoach boi duong Tan Lap.docx: kế hoạch bồi dưỡng, nhân rộng điển hình tiên tiến của Đảng bộ xã Tân Lập (có ${found}/6 nội dung).`);
  });

  it('with its list attached, from a sender the units list lacks: the list is read, the plan said to be unplaced', async () => {
    const rows = [HEADER, [1, 'Nguyễn Văn Chín', '1970', 'Nam', 'Trưởng ấp 9', 'Thành tích', '']].map(
      (r) => new TableRow({ children: r.map((t) => new TableCell({ children: [new Paragraph(String(t ?? ''))] })) }),
    );
    const above = ['ĐẢNG BỘ HUYỆN AN PHÚ', 'CHI BỘ ẤP CHÍN', '*', 'KẾ HOẠCH', 'bồi dưỡng, nhân rộng điển hình tiên tiến giai đoạn 2021 - 2025', ...CONTENTS.map((c, i) => `${i + 1}. ${c}: ...`), 'DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN (Kèm theo Kế hoạch)'];
    const grid = await readDocx(await docxBytes(new Document({ sections: [{ children: [...above.map((t) => new Paragraph(t)), new Table({ rows })] }] })), 'KH ap 9.docx');
    const { report, read } = await check([UNITS, grid]);
    expect(read.registrations.map((r) => r.name)).toEqual(['Nguyễn Văn Chín']);
    const skipped = report.findings.filter((f) => f.code === 'SHEET_SKIPPED' && f.file === 'KH ap 9.docx');
    expect(skipped.map((f) => f.message)).toEqual([expect.stringMatching(/kế hoạch chưa được tính cho đơn vị nào/)]);
  });

  it('an ordinary check has no documents line', async () => {
    const { report } = await check([UNITS, unitList('DS Tan Lap.xlsx', 'Đảng ủy xã Tân Lập', ROWS('T'), 'Tân Lập, ngày 10 tháng 02 năm 2023')]);
    expect(report.summary.documents).toBeUndefined();
    expect(renderText(report)).not.toContain('Đã đọc');
  });
});
