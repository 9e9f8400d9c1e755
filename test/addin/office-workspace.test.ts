/**
 * The task pane's Excel workspace over the fake host: check, consolidate (asking before replacing its own sheets,
 * never the user's), "không trùng" decisions, highlights that one click removes, the profile kept in the workbook.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { explainOfficeError } from '../../src/workbook/office/office-errors';
import { officeWorkspace } from '../../src/taskpane/office-workspace';
import { localEngine } from '../../src/worker/engine';
import { DECISION_SHEET_NAME } from '../../src/domain/decision-sheet';
import type { Finding } from '../../src/domain/findings/finding';
import { districtWorkbook } from '../e2e/sample';
import { install } from '../e2e/fake-office';
import { canonicalMaster } from '../fixtures/layouts';
import { sheetWith } from '../fixtures/workbooks';
import { seedFromWorkbook } from './seed';

const ASOF = '2023-03-01';
const quiet = () => undefined;

function master(): ExcelJS.Workbook {
  const wb = canonicalMaster();
  // A collective proposed twice, by two units: a DUPLICATE finding once the matcher reports it; and an error row.
  const ws = wb.getWorksheet('Đăng ký') as ExcelJS.Worksheet;
  ws.addRow([11, 'X02', 'Cá nhân', 'Nguyễn Văn A, Lê Thị B', undefined, undefined, undefined, 'Hai người', 1]);
  return wb;
}

describe('Office workspace', () => {
  it('checks the open workbook and reports the findings', async () => {
    const fake = install(seedFromWorkbook(master(), 'An Phú.xlsx'));
    const ws = officeWorkspace(localEngine(), () => ASOF);
    const o = await ws.check(ASOF, quiet);
    expect(o.report.summary.units).toBe(6);
    expect(o.report.summary.registrations).toBe(11);
    expect(o.report.findings.some((f) => f.code === 'NOT_SINGLE_SUBJECT' && f.row === 12)).toBe(true);
    // One run reads the workbook; the first check also starts listening to the sheets' changes, once.
    expect(fake.state.runs.length).toBe(2);
    expect(fake.state.runs[1]?.syncs).toBeLessThanOrEqual(4);
    await ws.check(ASOF, quiet);
    expect(fake.state.runs.length).toBe(3);
  });

  it('consolidates into new sheets; a second run asks, then replaces only its own sheets', async () => {
    const wb = master();
    sheetWith(wb, 'Lễ tuyên dương 2023', [['Trang của người dùng']]);
    const fake = install(seedFromWorkbook(wb, 'An Phú.xlsx'));
    const ws = officeWorkspace(localEngine(), () => ASOF);
    const asked: string[][] = [];
    const first = await ws.consolidate('2023', ASOF, async (names) => (asked.push(names), true), quiet);
    expect(first.status).toBe('written');
    expect(asked).toEqual([]);
    // The user's sheet keeps its name and content; ours gets a free name.
    expect(first.sheetNames[0]).toBe('Lễ tuyên dương 2023 (2)');
    expect(fake.state.cell('Lễ tuyên dương 2023', 1, 1)?.value).toBe('Trang của người dùng');
    expect(fake.state.textOf(first.sheetNames[0] ?? '')).toContain('Nguyễn Văn Hùng');
    const namesAfterFirst = fake.state.sheetNames();

    const declined = await ws.consolidate('2023', ASOF, async (names) => (asked.push(names), false), quiet);
    expect(declined.status).toBe('cancelled');
    expect(asked[0]).toEqual(first.sheetNames);
    expect(fake.state.sheetNames()).toEqual(namesAfterFirst);

    const second = await ws.consolidate('2023', ASOF, async () => true, quiet);
    expect(second.status).toBe('written');
    expect(second.sheetNames).toEqual(first.sheetNames);
    expect(fake.state.sheetNames().sort()).toEqual(namesAfterFirst.sort());
    expect(fake.state.cell('Lễ tuyên dương 2023', 1, 1)?.value).toBe('Trang của người dùng');

    // The sheets it made are not read back as data: the count of registrations is unchanged.
    const again = await ws.check(ASOF, quiet);
    expect(again.report.summary.registrations).toBe(11);
  });

  it('says what to know before signing, and gives the same list as a Word document', async () => {
    install(seedFromWorkbook(master(), 'An Phú.xlsx'));
    const ws = officeWorkspace(localEngine(), () => ASOF);
    const r = await ws.consolidate('2023', ASOF, async () => true, quiet);
    // The master names no district anywhere: the pane shows the warning beside the result.
    expect(r.notices?.map((n) => n.level)).toEqual(['warning']);
    expect(r.notices?.[0]?.message).toMatch(/^Chưa biết tên huyện/);
    const file = await ws.wordFile('2023', r.document!);
    expect(file.fileName).toBe('danh-sach-tuyen-duong-2023.docx');
    const zip = await JSZip.loadAsync(file.bytes);
    expect(await zip.file('word/document.xml')?.async('string')).toContain('Nguyễn Văn Hùng');
  });

  it('records a "không trùng" decision in the matcher\'s sheet, and the next check respects it', async () => {
    const fake = install(seedFromWorkbook(districtWorkbook(), 'An Phú.xlsx'));
    const ws = officeWorkspace(localEngine(), () => ASOF);
    const o = await ws.check(ASOF, quiet);
    const dup = o.report.findings.find((f) => f.code === 'DUPLICATE');
    expect(dup).toBeDefined();
    await ws.decisions.record(dup as Finding, 'not-duplicate');
    expect(fake.state.cell(DECISION_SHEET_NAME, 1, 1)?.value).toBe('Mã nhóm');
    expect(fake.state.cell(DECISION_SHEET_NAME, 2, 1)).toMatchObject({ value: dup?.groupKey, format: '@' });
    expect(fake.state.cell(DECISION_SHEET_NAME, 2, 4)?.value).toBe('Không trùng');
    expect(fake.state.cell(DECISION_SHEET_NAME, 2, 5)?.value).toBe('01/03/2023');
    const again = await ws.check(ASOF, quiet);
    expect(again.report.findings.filter((f) => f.code === 'DUPLICATE')).toEqual([]);
    // A second decision goes to the next row of the same sheet.
    await ws.decisions.record({ ...(dup as Finding), groupKey: 'TL-0000000000ABCD' }, 'not-duplicate');
    expect(fake.state.cell(DECISION_SHEET_NAME, 3, 1)?.value).toBe('TL-0000000000ABCD');
    expect(fake.state.sheetNames().filter((n) => n === DECISION_SHEET_NAME)).toHaveLength(1);
  });

  it('highlights findings over the fills, and one click takes the highlight away; the fills were never written', async () => {
    const wb = master();
    (wb.getWorksheet('Đăng ký') as ExcelJS.Worksheet).getCell('D12').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00FF00' } };
    const seed = seedFromWorkbook(wb, 'An Phú.xlsx');
    const regs = seed.sheets?.find((s) => s.name === 'Đăng ký');
    const cell = regs?.rows?.[11]?.[3];
    if (cell && typeof cell === 'object') cell.fill = '#00FF00';
    const fake = install(seed);
    const ws = officeWorkspace(localEngine(), () => ASOF);
    const o = await ws.check(ASOF, quiet);
    expect(ws.highlight && ws.clearHighlights).toBeTruthy();
    const n = await ws.highlight?.(o.report.findings.filter((f) => f.code === 'NOT_SINGLE_SUBJECT'));
    expect(n).toEqual({ ranges: 1, rowsLeft: 0 });
    expect(fake.state.cell('Đăng ký', 12, 4)).toMatchObject({ fill: '#00FF00', shown: '#FDE7E9' });
    expect(fake.state.cell('Đăng ký', 12, 2)).toMatchObject({ fill: null, shown: '#FDE7E9' });
    expect(fake.state.settings['dienhinh.highlights']).toBeTruthy();
    await expect(ws.clearHighlights?.()).resolves.toEqual({ ranges: 1, kept: [] });
    expect(fake.state.cell('Đăng ký', 12, 4)).toMatchObject({ fill: '#00FF00', shown: '#00FF00' });
    expect(fake.state.cell('Đăng ký', 12, 2)?.shown).toBeNull();
    expect(fake.state.settings['dienhinh.highlights']).toBeUndefined();
    // Values were never touched.
    expect(fake.state.cell('Đăng ký', 12, 4)?.value).toBe('Nguyễn Văn A, Lê Thị B');
  });

  it('writes the settings changed in the task pane into the workbook’s «Cấu hình» sheet, and checks with them (trial 17a, class 6)', async () => {
    const fake = install(seedFromWorkbook(master(), 'An Phú.xlsx'));
    const ws = officeWorkspace(localEngine(), () => ASOF);
    await expect(ws.profile.save({ deadlines: { list: 'ngày mai' } })).rejects.toThrow(/Hạn gửi danh sách đăng ký/);
    expect(fake.state.sheetNames()).not.toContain('Cấu hình');
    const p = await ws.profile.save({ district: 'An Phú', deadlineDayIsOnTime: true });
    expect(p.district).toBe('An Phú');
    expect(fake.state.settings['dienhinh.profile']).toBeUndefined();
    expect(fake.state.textOf('Cấu hình')).toEqual(['Khóa', 'Giá trị', 'Tên huyện', 'An Phú', 'Nộp đúng ngày hạn vẫn là đúng hạn', 'Có']);
    const o = await ws.check(ASOF, quiet);
    expect(o.profile.deadlineDayIsOnTime).toBe(true);
    await expect(ws.profile.effective()).resolves.toMatchObject({ district: 'An Phú', deadlineDayIsOnTime: true });
  });

  it('explains unusable workbooks and Office errors in Vietnamese', async () => {
    install({ sheets: [{ name: 'Sheet1', rows: [['Xin chào']] }] });
    const ws = officeWorkspace(localEngine(), () => ASOF);
    await expect(ws.check(ASOF, quiet)).rejects.toThrow(/không có bảng nào nhận ra được/);
    expect(explainOfficeError({ code: 'InvalidOperationInCellEditMode' }, 'kiểm tra')).toMatch(/chế độ sửa ô/);
    expect(explainOfficeError({ code: 'RequestPayloadSizeLimitExceeded' }, 'đọc')).toMatch(/quá lớn/);
    expect(explainOfficeError({ code: 'Lạ' }, 'tổng hợp')).toBe('Excel báo lỗi khi tổng hợp (mã Lạ): hãy thử lại.');
  });
});
