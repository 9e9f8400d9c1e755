/**
 * Trial 15, class 11: CHECKDEADLINE reads a date text as the check reads a units list's «Ngày gửi danh sách» cell
 * (one reader, not two). The texts staff type beside a date («Thứ hai, 27/02/2023», «26/02/2023 (gửi qua mail)») are
 * read by both doors; what the check refuses («26,02,2023», «26/02») both refuse.
 */
import ExcelJS from 'exceljs';
import { formatDate } from '../../src/domain/dates';
import * as fns from '../../src/functions/functions';
import { checkBooks, unitsBook } from '../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../fixtures/workbooks';
import { startFunctions } from './function-host';

/** The forms, each with what both doors must say of it (sent 26/02/2023 is one day late, 24/02/2023 on time). */
const READ: [string, string][] = [
  ['Thứ hai, 27/02/2023', 'Trễ 2 ngày'],
  ['Thứ Hai 27/02/2023', 'Trễ 2 ngày'],
  ['CN, 26/02/2023', 'Trễ 1 ngày'],
  ['26/02/2023 (gửi qua mail)', 'Trễ 1 ngày'],
  ['26/02/2023 - bản ký', 'Trễ 1 ngày'],
  ['26/02/2023 (bổ sung 27/02)', 'Trễ 1 ngày'],
  ['24/02/2023 (qua Zalo)', 'Đúng hạn'],
  ['Công văn số 12-CV/ĐU ngày 24/02/2023', 'Đúng hạn'],
  // The first sending's date, where the cell also records phase 2's addition (after the 2023 ceremony).
  ['20/02/2023; bổ sung 15/4/2024', 'Đúng hạn'],
  ['20/02/2023\nbổ sung 15/4/2024', 'Đúng hạn'],
  // A date's serial kept as text: 26/02/2023.
  ['44983', 'Trễ 1 ngày'],
  // Near misses: plain dates, as before.
  ['26/02/2023', 'Trễ 1 ngày'],
  ['Ngày 26/02/2023', 'Trễ 1 ngày'],
  ['24/02/2023', 'Đúng hạn'],
];

/** What the check refuses (INVALID_DATE), and so must the function (#VALUE!). */
const REFUSED = ['26,02,2023', '26022023', '26/02', '31/02/2023', 'Lần 1: 20/02/2023; lần 2: 27/02/2023', 'Thứ hai tuần trước'];

const unitName = (i: number) => `Chi bộ Đơn vị ${i + 1}`;

async function checkSays(forms: string[]): Promise<Map<string, string>> {
  const rows: Row[] = [['STT', 'Tên đơn vị', 'Loại đơn vị', 'Ngày gửi danh sách'], ...forms.map((f, i): Row => [i + 1, unitName(i), 'Chi bộ cơ sở', f])];
  const { read, report } = await checkBooks([unitsBook(rows)]);
  const out = new Map<string, string>();
  forms.forEach((f, i) => {
    const unit = read.units.find((u) => u.name === unitName(i));
    const codes = report.findings.filter((x) => x.unit === unitName(i)).map((x) => x.code);
    if (codes.includes('INVALID_DATE')) out.set(f, 'INVALID_DATE');
    else if (unit?.listDate) out.set(f, formatDate(unit.listDate));
    else out.set(f, 'none');
  });
  return out;
}

async function functionSays(date: string): Promise<string> {
  try {
    return await fns.checkDeadline(date, 'danh sách');
  } catch (e) {
    return (e as { code: string }).code;
  }
}

beforeEach(() => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Đơn vị').addRows([['STT', 'Tên đơn vị', 'Loại đơn vị'], [1, 'Chi bộ Đơn vị 1', 'Chi bộ cơ sở']]);
  startFunctions(wb);
});

describe('CHECKDEADLINE reads a date text as the check reads a units list’s date cell', () => {
  it.each(READ)('«%s» → %s', async (form, expected) => {
    await expect(functionSays(form)).resolves.toBe(expected);
  });

  it.each(REFUSED)('«%s» is refused by both doors', async (form) => {
    await expect(functionSays(form)).resolves.toBe('#VALUE!');
    expect((await checkSays([form])).get(form)).toBe('INVALID_DATE');
  });

  it('the two doors agree form by form: the date the check reads is the one the function judges', async () => {
    const forms = READ.map(([f]) => f);
    const check = await checkSays(forms);
    for (const form of forms) {
      const date = check.get(form) as string;
      expect([form, date]).toEqual([form, expect.stringMatching(/^\d\d\/\d\d\/\d{4}$/)]);
      expect([form, await functionSays(form)]).toEqual([form, await functionSays(date)]);
    }
  });
});
