/**
 * trial13 #21: a unit-level finding (its quota, its list's or plan's date) sits on the unit's row of the district's
 * units list; in the phiếu góp ý sent to the unit, «Vị trí» names instead the unit's own file the evidence came from
 * (its date line, its plan document, its list), else says the district's units list holds it — never «don-vi.xlsx,
 * trang «Đơn vị», dòng 2», a file the unit never had. Near misses: row-level findings keep their cells, and the check's
 * findings themselves keep their places (the district's staff go to the unit's row).
 */
import ExcelJS from 'exceljs';
import { Document, Paragraph } from 'docx';
import { feedbackSheets, feedbackText, unitsWithFindings } from '../../../src/domain/feedback/feedback-sheet';
import type { CalendarDate } from '../../../src/domain/dates';
import type { WorkbookGrid } from '../../../src/domain/grid';
import { defaultProfile } from '../../../src/domain/profile';
import { readWorkbooks } from '../../../src/domain/reading/read-workbooks';
import { unitsView } from '../../../src/domain/report/by-unit';
import { buildReport } from '../../../src/domain/report/report';
import { readDocx } from '../../../src/workbook/docx/read-docx';
import { p, table, wordGrid } from '../../fixtures/trial12-fix12-word';
import { docxBytes } from '../../fixtures/word-lists';
import { Row, roundTrip, sheetWith } from '../../fixtures/workbooks';

const AS_OF: CalendarDate = { y: 2025, m: 3, d: 1 };
const D = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** Two communes (quota 2); `dates` adds the district's own list- and plan-date columns. */
async function units(dates?: { list?: Date; plan?: Date }): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  const head = ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', ...(dates ? ['Ngày gửi kế hoạch', 'Ngày gửi danh sách'] : [])];
  sheetWith(wb, 'Đơn vị', [head, ['X01', 'Đảng bộ xã An Bình', 'Đảng bộ xã', ...(dates ? [dates.plan ?? null, dates.list ?? null] : [])], ['X02', 'Đảng bộ xã Tân Lập', 'Đảng bộ xã']]);
  return roundTrip(wb, 'don-vi.xlsx');
}

const LIST: Row[] = [['ĐẢNG ỦY XÃ AN BÌNH'], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'], [1, 'Nguyễn Văn Tâm', 1968, 'Bí thư']];

async function workbookList(dateLine: string | undefined, extra: Row[] = []): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  sheetWith(wb, 'DS', [...LIST, ...extra, [], ...(dateLine ? [['', '', '', dateLine]] : [])]);
  return roundTrip(wb, 'an-binh.xlsx');
}

const planDoc = async (dateLine: string | undefined) =>
  readDocx(
    await docxBytes(
      new Document({
        sections: [
          {
            children: ['ĐẢNG BỘ HUYỆN AN PHÚ', 'ĐẢNG ỦY XÃ AN BÌNH', '*', ...(dateLine ? [dateLine] : []), 'KẾ HOẠCH', 'triển khai thực hiện việc lựa chọn, bồi dưỡng điển hình tiên tiến giai đoạn 2021 - 2025', 'I. MỤC ĐÍCH, YÊU CẦU'].map(
              (t) => new Paragraph(t),
            ),
          },
        ],
      }),
    ),
    'kh-an-binh.docx',
  );

/** An Bình's phiếu: code → «Vị trí», and every text of the sheet; the check's own findings too. */
async function phieu(files: WorkbookGrid[]) {
  const read = readWorkbooks(files, { profile: defaultProfile() });
  const report = buildReport(read, AS_OF, files.length);
  const listed = unitsWithFindings(unitsView(read, report, AS_OF), report.findings, read);
  const sheet = feedbackSheets(read.profile, AS_OF, listed).find((x) => x.unit === 'Đảng bộ xã An Bình')?.sheet;
  const cells = sheet?.cells ?? [];
  const at = (row: number, col: number) => String(cells.find((c) => c.row === row && c.col === col)?.value ?? '');
  const rows = [...new Set(cells.filter((c) => c.row > 9 && c.col === 1 && typeof c.value === 'number').map((c) => c.row))];
  const places = rows.map((r) => [at(r, 3).split(':')[0], at(r, 2)]);
  return { places, texts: cells.map((c) => String(c.value)), findings: report.findings.filter((f) => f.unitCode === 'X01') };
}

const DISTRICT = feedbackText.districtList;

describe('the phiếu names the unit’s own file where the evidence is the unit’s', () => {
  it('a workbook list’s late date line, and its quota: the unit’s file', async () => {
    const { places, texts, findings } = await phieu([await units(), await workbookList('An Bình, ngày 28 tháng 02 năm 2023')]);
    expect(places).toEqual([
      ['Chưa đủ chỉ tiêu', 'an-binh.xlsx'],
      ['Gửi danh sách trễ hạn', 'an-binh.xlsx, trang «DS», dòng ngày tháng'],
    ]);
    expect(texts.some((t) => t.includes('don-vi.xlsx'))).toBe(false);
    // Near miss: the check's findings keep the unit's row of the units list, where the district's staff go.
    expect(findings.map((f) => [f.code, f.file, f.row]).sort()).toEqual([
      ['QUOTA_SHORT', 'don-vi.xlsx', 2],
      ['REGISTRATION_LATE', 'don-vi.xlsx', 2],
    ]);
  });

  it('a Word list’s blank-day date line: the document, no table', async () => {
    const list = await wordGrid([p('ĐẢNG ỦY XÃ AN BÌNH'), p('DANH SÁCH ĐĂNG KÝ'), table([['STT', 'Họ và tên', 'Năm sinh'], ['1', 'Nguyễn Văn Tâm', '1968'], ['2', 'Lê Thị Hoa', '1975']]), p('An Bình, ngày … tháng 3 năm 2023')], 'AnBinh.docx');
    const { places } = await phieu([await units(), list]);
    expect(places).toEqual([['Gửi danh sách trễ hạn', 'AnBinh.docx, dòng ngày tháng']]);
  });

  it.each([
    ['late, dated', 'An Bình, ngày 10 tháng 02 năm 2022', ['Gửi kế hoạch trễ hạn', 'kh-an-binh.docx, dòng ngày tháng']],
    ['undated', undefined, ['Chưa gửi kế hoạch', 'kh-an-binh.docx']],
  ])('the implementation plan sent as a document, %s: the document', async (_, line, plan) => {
    const { places } = await phieu([await units(), await workbookList('An Bình, ngày 20 tháng 02 năm 2023', [[2, 'Lê Thị Hoa', 1975, 'Hội viên']]), await planDoc(line)]);
    expect(places).toEqual([plan]);
  });
});

describe('where the evidence is the district’s own, the phiếu says so', () => {
  it('the units list’s late dates: «danh sách đơn vị của huyện», never its file and row', async () => {
    const { places, texts } = await phieu([await units({ list: D(2023, 3, 2), plan: D(2022, 2, 1) }), await workbookList('An Bình, ngày 20 tháng 02 năm 2023')]);
    expect(places.sort()).toEqual([
      ['Chưa đủ chỉ tiêu', 'an-binh.xlsx'],
      ['Gửi danh sách trễ hạn', DISTRICT],
      ['Gửi kế hoạch trễ hạn', DISTRICT],
    ]);
    expect(texts.some((t) => t.includes('don-vi.xlsx'))).toBe(false);
  });

  it('a unit that sent nothing: its quota names the list it has to send (trial20b #9), what it has not sent is the district’s list’s', async () => {
    const { places } = await phieu([await units({})]);
    expect(places.sort()).toEqual([
      ['Chưa gửi danh sách', DISTRICT],
      ['Chưa gửi kế hoạch', DISTRICT],
      ['Chưa đủ chỉ tiêu', feedbackText.listNotSent],
    ].sort());
  });
});

describe('the nurturing plan (R6)', () => {
  const PLAN_HEAD = ['Đơn vị', 'Ngày ban hành', 'Trách nhiệm lãnh đạo', 'Phân công phụ trách', 'Hoạt động bồi dưỡng', 'Tuyên truyền, nhân rộng', 'Biểu dương, khen thưởng', 'Chế độ thông tin, báo cáo'];
  it('kept in the district’s table of plans: that table, not its file and row', async () => {
    const wb = new ExcelJS.Workbook();
    sheetWith(wb, 'Đơn vị', [['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'], ['X01', 'Đảng bộ xã An Bình', 'Đảng bộ xã'], ['X02', 'Đảng bộ xã Tân Lập', 'Đảng bộ xã']]);
    sheetWith(wb, 'KH bồi dưỡng', [PLAN_HEAD, ['Đảng bộ xã An Bình', '10/3/2023', 'x', 'x', 'x', 'x', '', 'x']]);
    const { places } = await phieu([await roundTrip(wb, 'don-vi.xlsx'), await workbookList('An Bình, ngày 20 tháng 02 năm 2023', [[2, 'Lê Thị Hoa', 1975, 'Hội viên']])]);
    expect(places).toEqual([['Kế hoạch bồi dưỡng thiếu nội dung', feedbackText.districtPlans]]);
  });

  it('sent as the unit’s own document: that document', async () => {
    const doc = await readDocx(
      await docxBytes(new Document({ sections: [{ children: ['ĐẢNG ỦY XÃ AN BÌNH', 'An Bình, ngày 10 tháng 3 năm 2023', 'KẾ HOẠCH', 'bồi dưỡng, nhân rộng điển hình tiên tiến năm 2023', '1. Trách nhiệm lãnh đạo: …'].map((t) => new Paragraph(t)) }] })),
      'kh-bd-an-binh.docx',
    );
    const wb = new ExcelJS.Workbook();
    sheetWith(wb, 'Đơn vị', [['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'], ['X01', 'Đảng bộ xã An Bình', 'Đảng bộ xã']]);
    sheetWith(wb, 'KH bồi dưỡng', [PLAN_HEAD]);
    const { places } = await phieu([await roundTrip(wb, 'don-vi.xlsx'), await workbookList('An Bình, ngày 20 tháng 02 năm 2023', [[2, 'Lê Thị Hoa', 1975, 'Hội viên']]), doc]);
    expect(places).toEqual([['Kế hoạch bồi dưỡng thiếu nội dung', 'kh-bd-an-binh.docx']]);
  });
});

describe('near miss: a row’s finding keeps its cell', () => {
  it('a birth year the unit mistyped', async () => {
    const { places } = await phieu([await units(), await workbookList('An Bình, ngày 20 tháng 02 năm 2023', [[2, 'Lê Thị Hoa', '19a5', 'Hội viên']])]);
    expect(places).toContainEqual([expect.any(String), 'an-binh.xlsx, trang «DS», ô C5']);
  });
});
