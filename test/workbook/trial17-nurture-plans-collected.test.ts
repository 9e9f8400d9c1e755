/**
 * trial17b #14: nurturing plans (R6) received as documents. Once plans are being collected — a plan sheet, or any
 * unit's plan among the inputs (a Word document, a checklist workbook of its own) — a unit that registered exemplars
 * and sent no plan gets NURTURE_PLAN_MISSING, as it would beside a plan sheet. Near misses: no plan anywhere (nothing
 * said, as before), a unit whose plan is in the district's plan sheet, a unit that registered nothing, an
 * implementation plan (R12), which is no nurturing plan.
 */
import ExcelJS from 'exceljs';
import { Document, Paragraph } from 'docx';
import type { WorkbookGrid } from '../../src/domain/grid';
import { defaultProfile } from '../../src/domain/profile';
import { readWorkbooks } from '../../src/domain/reading/read-workbooks';
import { buildReport } from '../../src/domain/report/report';
import { readDocx } from '../../src/workbook/docx/read-docx';
import { docxBytes } from '../fixtures/word-lists';
import { Row, roundTrip, sheetWith } from '../fixtures/workbooks';

const AS_OF = { y: 2023, m: 4, d: 1 };
const CONTENTS = ['Trách nhiệm lãnh đạo', 'Phân công phụ trách', 'Hoạt động bồi dưỡng', 'Tuyên truyền, nhân rộng', 'Biểu dương, khen thưởng', 'Chế độ thông tin, báo cáo'];
const COMMUNES = ['An Bình', 'Tân Lập', 'Khánh An'];

/** The district's workbook: three communes, two rows each (one row for Khánh An when `fewer`), a plan sheet if given. */
async function district(planRows?: Row[], withoutRows: string[] = []): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  sheetWith(wb, 'Đơn vị', [['STT', 'Tên đơn vị'], ...COMMUNES.map((c, i): Row => [i + 1, `Đảng bộ xã ${c}`])]);
  const regs = COMMUNES.filter((c) => !withoutRows.includes(c)).flatMap((c, i): Row[] => [
    [0, `Đảng bộ xã ${c}`, `Nguyễn Văn ${String.fromCharCode(65 + i)}`, 1960 + i, 'Nông dân'],
    [0, `Đảng bộ xã ${c}`, `Trần Thị ${String.fromCharCode(65 + i)}`, 1970 + i, 'Giáo viên'],
  ]);
  sheetWith(wb, 'Đăng ký', [['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh', 'Chức vụ'], ...regs.map((r, i): Row => [i + 1, ...r.slice(1)])]);
  if (planRows) sheetWith(wb, 'KH bồi dưỡng', [['STT', 'Đơn vị', 'Ngày ban hành', ...CONTENTS], ...planRows]);
  return roundTrip(wb, 'tong-hop.xlsx');
}

/** A commune's plan in Word: letterhead, date line, title, the contents it writes out. */
async function planDoc(commune: string, contents = CONTENTS, title = ['KẾ HOẠCH', 'bồi dưỡng, nhân rộng điển hình tiên tiến năm 2023']): Promise<WorkbookGrid> {
  const lines = ['ĐẢNG BỘ HUYỆN AN PHÚ', `ĐẢNG ỦY XÃ ${commune.toUpperCase()}`, '*', `${commune}, ngày 10 tháng 3 năm 2023`, ...title, ...contents.map((c, i) => `${i + 1}. ${c}: …`)];
  const doc = new Document({ sections: [{ children: lines.map((t) => new Paragraph(t)) }] });
  return readDocx(await docxBytes(doc), `KH-${commune}.docx`);
}

/** A commune's plan as a checklist workbook of its own. */
async function planChecklist(commune: string): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  sheetWith(wb, 'KH bồi dưỡng', [
    [`ĐẢNG ỦY XÃ ${commune.toUpperCase()}`],
    ['KẾ HOẠCH BỒI DƯỠNG, NHÂN RỘNG ĐIỂN HÌNH TIÊN TIẾN'],
    ['Ngày ban hành: 15/3/2023'],
    [],
    ['STT', 'Nội dung kế hoạch', 'Có', 'Không'],
    ...CONTENTS.map((c, i): Row => [i + 1, c, 'x', '']),
  ]);
  return roundTrip(wb, `KH-${commune}.xlsx`);
}

/** The R6 findings as [code, unit]. */
function nurture(grids: WorkbookGrid[]): [string, string | undefined][] {
  const read = readWorkbooks(grids, { profile: defaultProfile() });
  return buildReport(read, AS_OF, 3)
    .findings.filter((f) => f.code.startsWith('NURTURE'))
    .map((f) => [f.code, f.unit]);
}

describe('plans collected as documents: a unit that sent none is named', () => {
  it('two Word plans, one incomplete; the third commune sent none', async () => {
    const grids = [await district(), await planDoc('An Bình'), await planDoc('Tân Lập', CONTENTS.slice(0, 5))];
    expect(nurture(grids)).toEqual(
      expect.arrayContaining([
        ['NURTURE_PLAN_INCOMPLETE', 'Đảng bộ xã Tân Lập'],
        ['NURTURE_PLAN_MISSING', 'Đảng bộ xã Khánh An'],
      ]),
    );
    expect(nurture(grids)).toHaveLength(2);
  });

  it('one plan sent as a checklist workbook: the two others are named', async () => {
    expect(nurture([await district(), await planChecklist('Tân Lập')])).toEqual([
      ['NURTURE_PLAN_MISSING', 'Đảng bộ xã An Bình'],
      ['NURTURE_PLAN_MISSING', 'Đảng bộ xã Khánh An'],
    ]);
  });

  it('a plan in the district’s plan sheet counts as sent; documents for the others', async () => {
    const sheet: Row[] = [[1, 'Đảng bộ xã Khánh An', '16/3/2023', 'x', 'x', 'x', 'x', 'x', 'x']];
    expect(nurture([await district(sheet), await planDoc('An Bình')])).toEqual([['NURTURE_PLAN_MISSING', 'Đảng bộ xã Tân Lập']]);
  });

  it('every unit sent one: nothing said', async () => {
    expect(nurture([await district(), ...(await Promise.all(COMMUNES.map((c) => planDoc(c))))])).toEqual([]);
  });
});

describe('near misses', () => {
  it('no plan anywhere among the inputs: nothing said (as before)', async () => {
    expect(nurture([await district()])).toEqual([]);
  });

  it('a unit that registered nothing is not asked for a plan', async () => {
    expect(nurture([await district(undefined, ['Khánh An']), await planDoc('An Bình'), await planDoc('Tân Lập')])).toEqual([]);
  });

  it('an implementation plan (R12) is no nurturing plan: nothing collected, nothing said', async () => {
    const r12 = await planDoc('An Bình', [], ['KẾ HOẠCH', 'Triển khai thực hiện việc lựa chọn, bồi dưỡng điển hình tiên tiến giai đoạn 2021 - 2025']);
    expect(nurture([await district(), r12])).toEqual([]);
  });
});
