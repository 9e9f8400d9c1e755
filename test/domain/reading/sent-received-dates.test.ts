/**
 * A units list with both the day a list was sent and the day it came in: the day it was sent decides, whichever
 * column comes first (R4: units send their lists before the deadline); the day it came in («Ngày nhận», «Ngày đến»)
 * decides when it is the only date. The same for plans.
 */
import ExcelJS from 'exceljs';
import { defaultProfile } from '../../../src/domain/profile';
import { readWorkbooks } from '../../../src/domain/reading/read-workbooks';
import { buildReport } from '../../../src/domain/report/report';
import { roundTrip, Row, sheetWith } from '../../fixtures/workbooks';

async function lateCodes(head: string[], dates: string[]) {
  const wb = new ExcelJS.Workbook();
  sheetWith(wb, 'Đơn vị', [['STT', 'Tên đơn vị', 'Loại đơn vị', ...head], [1, 'Chi bộ Trường THCS An Bình', 'Chi bộ cơ sở', ...dates]]);
  sheetWith(wb, 'Đăng ký', [['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh'], [1, 'Chi bộ Trường THCS An Bình', 'Lê Văn Tám', 1980]] as Row[]);
  const read = readWorkbooks([await roundTrip(wb, 'tong-hop.xlsx')], { profile: defaultProfile() });
  return buildReport(read, { y: 2023, m: 3, d: 1 }, 2).findings.filter((f) => /_LATE$/.test(f.code)).map((f) => f.code);
}

describe('the day a list was sent and the day it came in', () => {
  it.each([
    [['Ngày gửi danh sách', 'Ngày nhận danh sách'], ['24/02/2023', '27/02/2023']],
    [['Ngày nhận danh sách', 'Ngày gửi danh sách'], ['27/02/2023', '24/02/2023']],
    [['Ngày văn bản', 'Ngày đến'], ['24/02/2023', '27/02/2023']],
    [['Ngày đến', 'Ngày văn bản'], ['27/02/2023', '24/02/2023']],
  ])('%j: the day it was sent decides, on time', async (head, dates) => {
    expect(await lateCodes(head, dates)).toEqual([]);
  });

  it.each([
    [['Ngày đến'], ['27/02/2023']],
    [['Ngày nhận'], ['27/02/2023']],
    [['Ngày gửi danh sách', 'Ngày nhận danh sách'], ['27/02/2023', '24/02/2023']],
  ])('%j: late', async (head, dates) => {
    expect(await lateCodes(head, dates)).toEqual(['REGISTRATION_LATE']);
  });

  it('plans alike: the day the plan was sent decides, whichever column comes first', async () => {
    expect(await lateCodes(['Ngày nhận kế hoạch', 'Ngày gửi kế hoạch'], ['30/01/2022', '20/01/2022'])).toEqual([]);
    expect(await lateCodes(['Ngày nhận kế hoạch', 'Ngày gửi kế hoạch'], ['20/01/2022', '30/01/2022'])).toEqual(['PLAN_LATE']);
  });
});

describe('a row whose sent date is blank', () => {
  it.each([
    [['Ngày nhận danh sách', 'Ngày gửi danh sách'], ['28/02/2023', '']],
    [['Ngày gửi danh sách', 'Ngày nhận danh sách'], ['', '28/02/2023']],
  ])('%j: the day it came in decides', async (head, dates) => {
    expect(await lateCodes(head, dates)).toEqual(['REGISTRATION_LATE']);
  });
});
