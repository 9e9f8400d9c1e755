/**
 * Word documents without a list that units send beside their lists: a report of achievements, minutes, a
 * submission, a letter (skipped, said so, under the unit: no FILE_UNREADABLE, no advice to redo a list) — and the
 * unit's implementation plan typed as text, whose date is the evidence of when the plan was sent (R12). Near misses:
 * a plan about something else, a plan whose only date is the district's plan it carries out, a list typed as prose.
 */
import ExcelJS from 'exceljs';
import { Document, Paragraph, Table, TableCell, TableRow } from 'docx';
import type { WorkbookGrid } from '../../src/domain/grid';
import { defaultProfile } from '../../src/domain/profile';
import { readWorkbooks } from '../../src/domain/reading/read-workbooks';
import { buildReport } from '../../src/domain/report/report';
import { readDocx } from '../../src/workbook/docx/read-docx';
import { docxBytes } from '../fixtures/word-lists';
import { roundTrip, sheetWith } from '../fixtures/workbooks';

const p = (text: string) => new Paragraph(text);
const AS_OF = { y: 2023, m: 3, d: 1 };

/** The units list, with a plan-date column that An Bình left empty; Phú Hữu sent its plan on time. */
async function unitsList(): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  sheetWith(wb, 'Đơn vị', [
    ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', 'Ngày gửi kế hoạch'],
    ['X01', 'Đảng ủy xã An Bình', 'Đảng bộ xã', null],
    ['X02', 'Đảng ủy xã Phú Hữu', 'Đảng bộ xã', new Date(Date.UTC(2022, 0, 10))],
  ]);
  return roundTrip(wb, 'don-vi.xlsx');
}

/** Phú Hữu's list, so that a registrations table is among the files. */
async function phuHuuList(): Promise<WorkbookGrid> {
  const cell = (t: string) => new TableCell({ children: [p(t)] });
  const table = new Table({
    rows: [
      new TableRow({ children: ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'].map(cell) }),
      new TableRow({ children: ['1', 'Trần Văn Ba', '1960', 'Trưởng ấp'].map(cell) }),
      new TableRow({ children: ['2', 'Võ Thị Bé', '1980', 'Giáo viên'].map(cell) }),
    ],
  });
  const doc = new Document({ sections: [{ children: [p('ĐẢNG ỦY XÃ PHÚ HỮU'), p('DANH SÁCH ĐĂNG KÝ'), table, p('Phú Hữu, ngày 20 tháng 02 năm 2023')] }] });
  return readDocx(await docxBytes(doc), 'PhuHuu.docx');
}

async function document(paragraphs: string[], name = 'AnBinh-vanban.docx'): Promise<WorkbookGrid> {
  return readDocx(await docxBytes(new Document({ sections: [{ children: paragraphs.map(p) }] })), name);
}

async function check(doc: WorkbookGrid) {
  const read = readWorkbooks([await unitsList(), await phuHuuList(), doc], { profile: defaultProfile() });
  const report = buildReport(read, AS_OF, 3);
  const of = (code: string) => report.findings.filter((f) => f.code === code && f.unitCode === 'X01');
  return { read, report, of };
}

const LETTERHEAD = ['ĐẢNG BỘ HUYỆN AN PHÚ', 'ĐẢNG ỦY XÃ AN BÌNH', '*', 'ĐẢNG CỘNG SẢN VIỆT NAM'];

describe('documents that are no list', () => {
  it.each([
    ['a report of achievements', ['BÁO CÁO THÀNH TÍCH', 'Đề nghị tặng Giấy khen', 'I. SƠ LƯỢC LÝ LỊCH', '1. Ông Nguyễn Văn Tâm, sinh năm 1968']],
    ['the minutes of the meeting that chose them', ['BIÊN BẢN', 'Họp xét chọn điển hình tiên tiến', '1. Thời gian: 8 giờ ngày 10/02/2023']],
    // (A submission that lists its exemplars is read as their list: docx-paragraph-lists.test.ts.)
    ['a submission', ['TỜ TRÌNH', 'Về việc đề nghị biểu dương điển hình tiên tiến', '1. Căn cứ Kế hoạch số 39-KH/HU của Huyện ủy;']],
    ['a letter', ['Số 12-CV/ĐU', 'V/v gửi danh sách đăng ký điển hình tiên tiến', 'Kính gửi: Ban Tuyên giáo Huyện ủy']],
  ])('%s is skipped and said so, under its unit, and the unit is not told to send it as a table', async (_, body) => {
    const { of } = await check(await document([...LETTERHEAD, 'An Bình, ngày 20 tháng 02 năm 2023', ...body]));
    expect(of('FILE_UNREADABLE')).toEqual([]);
    const skipped = of('SHEET_SKIPPED');
    expect(skipped).toHaveLength(1);
    expect(skipped[0]?.severity).toBe('info');
    expect(skipped[0]?.message).toMatch(/không phải danh sách đăng ký/);
    // A report is no list: the unit that sent nothing else has not sent its list.
    expect(of('REGISTRATION_MISSING')).toHaveLength(1);
  });

  it('a list typed as prose, under a list’s title, is still a list the unit must send as a table', async () => {
    const { of } = await check(await document([...LETTERHEAD, 'DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN', 'Đảng ủy xã đăng ký đồng chí Nguyễn Văn Tâm và Chi bộ ấp Bình Hòa.']));
    expect(of('FILE_UNREADABLE')).toHaveLength(1);
    expect(of('SHEET_SKIPPED')).toEqual([]);
  });
});

describe('the implementation plan sent as a document (R12)', () => {
  const plan = (dateLine: string[], body = ['KẾ HOẠCH', 'Triển khai thực hiện việc lựa chọn, bồi dưỡng, nhân rộng điển hình tiên tiến giai đoạn 2021 - 2025']) =>
    document([...LETTERHEAD, ...dateLine, ...body, 'Thực hiện Kế hoạch số 39-KH/HU ngày 20/12/2021 của Huyện ủy An Phú, Đảng ủy xã xây dựng kế hoạch như sau:', 'I. MỤC ĐÍCH, YÊU CẦU'], 'KH-AnBinh.docx');

  it.each([
    ['its date line, on time', ['An Bình, ngày 15 tháng 01 năm 2022']],
    ['its number’s date, on time', ['Số 05-KH/ĐU ngày 18/01/2022']],
  ])('%s: the plan was sent, nothing is missing', async (_, dateLine) => {
    const { of } = await check(await plan(dateLine));
    expect(of('PLAN_MISSING')).toEqual([]);
    expect(of('PLAN_LATE')).toEqual([]);
    expect(of('FILE_UNREADABLE')).toEqual([]);
  });

  it('dated after the deadline: late, and the message says the date is the document’s', async () => {
    const { of } = await check(await plan(['An Bình, ngày 10 tháng 02 năm 2022']));
    const late = of('PLAN_LATE');
    expect(late).toHaveLength(1);
    expect(late[0]?.message).toMatch(/10\/02\/2022/);
    expect(late[0]?.message).toMatch(/KH-AnBinh\.docx/);
    expect(of('PLAN_MISSING')).toEqual([]);
  });

  it('undated but for the district’s plan it carries out: sent without a date of its own, so its date is missing (trial13 #15)', async () => {
    const { of } = await check(await plan([]));
    expect(of('PLAN_MISSING').map((f) => f.message)).toEqual([expect.stringMatching(/đã gửi kế hoạch .*KH-AnBinh\.docx.*không ghi ngày ban hành/)]);
    expect(of('PLAN_LATE')).toEqual([]);
  });

  it('a plan of something else is no implementation plan: skipped, and the plan is still missing', async () => {
    const { of } = await check(await plan(['An Bình, ngày 15 tháng 01 năm 2022'], ['KẾ HOẠCH', 'Tổ chức Đại hội Đoàn TNCS Hồ Chí Minh xã An Bình']));
    expect(of('SHEET_SKIPPED')).toHaveLength(1);
    expect(of('PLAN_MISSING')).toHaveLength(1);
  });

  it('the units list’s own date wins over the document’s', async () => {
    const wb = new ExcelJS.Workbook();
    sheetWith(wb, 'Đơn vị', [
      ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', 'Ngày gửi kế hoạch'],
      ['X01', 'Đảng ủy xã An Bình', 'Đảng bộ xã', new Date(Date.UTC(2022, 1, 20))],
    ]);
    const units = await roundTrip(wb, 'don-vi.xlsx');
    const read = readWorkbooks([units, await phuHuuList(), await plan(['An Bình, ngày 15 tháng 01 năm 2022'])], { profile: defaultProfile() });
    const late = buildReport(read, AS_OF, 3).findings.filter((f) => f.code === 'PLAN_LATE');
    expect(late.map((f) => f.message)).toEqual([expect.stringMatching(/20\/02\/2022/)]);
  });
});

describe('tables under a document’s title that list no registrations', () => {
  const cell = (t: string) => new TableCell({ children: [p(t)] });
  const table = (rows: string[][]) => new Table({ rows: rows.map((r) => new TableRow({ children: r.map(cell) })) });
  const wordOf = async (children: (Paragraph | Table)[], name: string) => readDocx(await docxBytes(new Document({ sections: [{ children }] })), name);
  const VOTES = table([
    ['STT', 'Họ và tên', 'Chức vụ', 'Số phiếu đồng ý', 'Tỷ lệ (%)'],
    ['1', 'Nguyễn Văn Tâm', 'Bí thư Chi bộ ấp 1', '15/15', '100'],
    ['2', 'Trần Văn Út', 'Trưởng ấp 3', '6/15', '40'],
  ]);

  async function checkWith(doc: WorkbookGrid) {
    const read = readWorkbooks([await unitsList(), await phuHuuList(), doc], { profile: defaultProfile() });
    return { read, report: buildReport(read, AS_OF, 3) };
  }

  it.each([
    ['minutes with their vote table', () => wordOf([...LETTERHEAD.map(p), p('BIÊN BẢN'), p('Họp xét chọn điển hình tiên tiến'), VOTES], 'BB.docx')],
    ['a report of achievements with its awards', () => wordOf([...LETTERHEAD.map(p), p('BÁO CÁO THÀNH TÍCH'), p('Đề nghị biểu dương'), table([['STT', 'Họ và tên', 'Hình thức khen thưởng'], ['1', 'Nguyễn Văn Tâm', 'Giấy khen']])], 'BC.docx')],
  ])('%s: no registration read, the file said to be skipped', async (_, doc) => {
    const { read, report } = await checkWith(await doc());
    expect(read.registrations.map((r) => r.name).sort()).toEqual(['Trần Văn Ba', 'Võ Thị Bé']);
    expect(report.findings.filter((f) => f.code === 'FILE_UNREADABLE' || f.code === 'DUPLICATE')).toEqual([]);
    expect(report.findings.filter((f) => f.code === 'SHEET_SKIPPED').length).toBeGreaterThan(0);
  });

  it('a nurturing plan with the exemplars it nurtures: no registration read, the file is the unit\'s nurturing plan', async () => {
    const doc = await wordOf([...LETTERHEAD.map(p), p('KẾ HOẠCH'), p('Bồi dưỡng, nhân rộng điển hình tiên tiến năm 2023'), p('Danh sách điển hình được bồi dưỡng:'), VOTES], 'KH.docx');
    const { read, report } = await checkWith(doc);
    expect(read.registrations.map((r) => r.name).sort()).toEqual(['Trần Văn Ba', 'Võ Thị Bé']);
    expect(report.findings.filter((f) => f.code === 'FILE_UNREADABLE' || f.code === 'DUPLICATE')).toEqual([]);
    expect(read.plans.map((x) => [x.source.file, read.units.find((u) => u.id === x.unitId)?.code])).toEqual([['KH.docx', 'X01']]);
  });

  it('the implementation plan with a table of its tasks: no unit invented, and its date read (R12)', async () => {
    const tasks = table([
      ['STT', 'Tên đơn vị', 'Nội dung công việc', 'Thời gian'],
      ['1', 'Ban Tuyên giáo Đảng ủy', 'Tham mưu lựa chọn điển hình', 'Tháng 02/2022'],
      ['2', 'Văn phòng Đảng ủy', 'Tổng hợp danh sách', 'Tháng 3/2022'],
    ]);
    const doc = await wordOf([...LETTERHEAD.map(p), p('An Bình, ngày 15 tháng 01 năm 2022'), p('KẾ HOẠCH'), p('Triển khai thực hiện việc lựa chọn, bồi dưỡng điển hình tiên tiến giai đoạn 2021 - 2025'), tasks], 'KH.docx');
    const { read, report } = await checkWith(doc);
    expect(read.units.map((u) => u.name)).toEqual(['Đảng ủy xã An Bình', 'Đảng ủy xã Phú Hữu']);
    expect(report.findings.filter((f) => f.code.startsWith('PLAN_') && f.unitCode === 'X01')).toEqual([]);
  });

  it.each([
    ['a submission (TỜ TRÌNH) carrying the list', ['TỜ TRÌNH', 'Về việc đề nghị biểu dương điển hình tiên tiến']],
    ['a report whose list is typed under its own title', ['BÁO CÁO', 'Kết quả lựa chọn điển hình tiên tiến', 'DANH SÁCH ĐĂNG KÝ']],
  ])('near miss: %s is read', async (_, title) => {
    const list = table([
      ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'],
      ['1', 'Nguyễn Văn Tâm', '1968', 'Bí thư Chi bộ ấp 1'],
    ]);
    const { read } = await checkWith(await wordOf([...LETTERHEAD.map(p), ...title.map(p), list], 'TT.docx'));
    expect(read.registrations.map((r) => r.name)).toContain('Nguyễn Văn Tâm');
  });
});
