/**
 * What a unit is told in its phiếu góp ý: only what it sent and can fix, in its own words. The district's settings
 * («Cấu hình») and the district's own units list (a type left blank, a date mistyped when logging receipt) stay in the
 * check; lateness alone asks for nothing to be corrected or resent; a Word table is no page.
 */
import { feedbackSheets, unitsWithFindings } from '../../../src/domain/feedback/feedback-sheet';
import type { ReadResult } from '../../../src/domain/records';
import { unitsView } from '../../../src/domain/report/by-unit';
import type { Report } from '../../../src/domain/report/report';
import type { SheetModel } from '../../../src/domain/sheet-model';
import { checkBooks, oneSheet, person, PERSON_HEADER, unitsBook, wordList } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const AS_OF = { y: 2023, m: 3, d: 1 };
const texts = (m: SheetModel) => m.cells.map((c) => String(c.value));

function phieu(read: ReadResult, report: Report): Map<string, string[]> {
  const units = unitsWithFindings(unitsView(read, report, AS_OF), report.findings, read);
  return new Map(feedbackSheets(read.profile, AS_OF, units).map((x) => [x.unit, texts(x.sheet)]));
}

const unitRows = (rows: Row[] = [person(1, 'Kiều Văn Một'), person(2, 'Kiều Thị Hai', 1971)]): Row[] => [
  ['ĐẢNG ỦY XÃ AN BÌNH'],
  ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'],
  PERSON_HEADER,
  ...rows,
];

const date = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe('the phiếu tells the unit what it can fix', () => {
  it.each([
    ['its list sent on the deadline day', { list: date(2023, 2, 25), plan: date(2022, 1, 10) }],
    ['its plan sent on the deadline day', { list: date(2023, 2, 20), plan: date(2022, 1, 25) }],
  ])('%s: no word of the district’s settings, and nothing to correct or resend', async (_, dates) => {
    const units: Row[] = [
      ['STT', 'Tên đơn vị', 'Loại đơn vị', 'Ngày gửi kế hoạch', 'Ngày gửi danh sách'],
      [1, 'Đảng bộ xã An Bình', 'Đảng bộ xã', dates.plan, dates.list],
    ];
    const { read, report } = await checkBooks([unitsBook(units), oneSheet('a.xlsx', unitRows())]);
    // The check itself still says how the day was read, and where to change it.
    expect(report.findings.some((f) => f.message.includes('Cấu hình'))).toBe(true);
    const sheet = phieu(read, report).get('Đảng bộ xã An Bình') ?? [];
    expect(sheet.some((t) => /trễ hạn/.test(t))).toBe(true);
    expect(sheet.some((t) => t.includes('Cấu hình'))).toBe(false);
    expect(sheet).toContain('Đề nghị đơn vị lưu ý thực hiện đúng thời hạn theo Hướng dẫn ở các lần sau.');
    expect(sheet.some((t) => /chỉnh sửa|gửi lại/.test(t))).toBe(false);
  });

  it('a unit that sent nothing is asked to send, not to correct', async () => {
    const units: Row[] = [
      ['STT', 'Tên đơn vị', 'Loại đơn vị', 'Ngày gửi danh sách'],
      [1, 'Đảng bộ xã An Bình', 'Đảng bộ xã', date(2023, 2, 20)],
      [2, 'Đảng bộ xã Tân Lập', 'Đảng bộ xã', null],
    ];
    const { read, report } = await checkBooks([unitsBook(units), oneSheet('a.xlsx', unitRows())]);
    const sheet = phieu(read, report).get('Đảng bộ xã Tân Lập') ?? [];
    expect(sheet.some((t) => /^Đề nghị đơn vị khẩn trương gửi danh sách đăng ký điển hình tiên tiến về /.test(t))).toBe(true);
  });

  it('near miss: a row to correct still asks the unit to correct and resend', async () => {
    const units: Row[] = [
      ['STT', 'Tên đơn vị', 'Loại đơn vị'],
      [1, 'Đảng bộ xã An Bình', 'Đảng bộ xã'],
    ];
    const { read, report } = await checkBooks([unitsBook(units), oneSheet('a.xlsx', unitRows([person(1, 'Kiều Văn Một'), person(2, 'Kiều Thị Hai và Kiều Văn Ba')]))]);
    const sheet = phieu(read, report).get('Đảng bộ xã An Bình') ?? [];
    expect(sheet.some((t) => /^Đề nghị đơn vị chỉnh sửa các nội dung trên và gửi lại danh sách/.test(t))).toBe(true);
  });
});

describe('the district’s own units list stays with the district', () => {
  it('a type the district left blank, a date it mistyped: no phiếu (README; trial20b #8)', async () => {
    const units: Row[] = [
      ['STT', 'Tên đơn vị', 'Loại đơn vị', 'Ngày gửi danh sách'],
      [1, 'Đảng bộ xã An Bình', 'Đảng bộ xã', '30/02/2023'],
      [2, 'Hội Chữ thập đỏ huyện', '', date(2023, 2, 20)],
    ];
    const redCross: Row[] = [['HỘI CHỮ THẬP ĐỎ HUYỆN'], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], PERSON_HEADER, person(1, 'Lâm Văn Ba')];
    const { read, report } = await checkBooks([unitsBook(units), oneSheet('a.xlsx', unitRows()), oneSheet('b.xlsx', redCross)]);
    expect(report.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['INVALID_DATE', 'UNKNOWN_UNIT_TYPE']));
    const all = phieu(read, report);
    expect(all.get('Hội Chữ thập đỏ huyện')).toBeUndefined();
    // Not the unit's cell: the district's own typing, which the check reports to the district.
    expect(all.get('Đảng bộ xã An Bình')).toBeUndefined();
  });

  it('near miss: a units list above a master’s registrations on one sheet: the rows below are still the unit’s', async () => {
    const rows: Row[] = [
      ['STT', 'Tên đơn vị', 'Loại đơn vị'],
      [1, 'Đảng bộ xã An Bình', 'Đảng bộ xã'],
      [],
      ['DANH SÁCH ĐĂNG KÝ'],
      ['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh', 'Chức vụ'],
      [1, 'Đảng bộ xã An Bình', 'Kiều Văn Một', 1970, 'Hội viên'],
      [2, 'Đảng bộ xã An Bình', 'Kiều Thị Hai', '19/19/1971', 'Hội viên'],
    ];
    const { read, report } = await checkBooks([oneSheet('tong-hop.xlsx', rows)]);
    const invalid = report.findings.filter((f) => f.code === 'INVALID_DATE');
    expect(invalid).toHaveLength(1);
    expect((phieu(read, report).get('Đảng bộ xã An Bình') ?? []).some((t) => t.includes('19/19/1971'))).toBe(true);
  });
});

describe('a Word list’s place', () => {
  it('names its table, not a page', async () => {
    const units: Row[] = [
      ['STT', 'Tên đơn vị', 'Loại đơn vị'],
      [1, 'Đảng bộ xã An Bình', 'Đảng bộ xã'],
    ];
    const word = await wordList('AnBinh.docx', ['ĐẢNG ỦY XÃ AN BÌNH', 'DANH SÁCH'], [PERSON_HEADER, person(1, 'Kiều Văn Một và Kiều Văn Hai')], []);
    const { read, report } = await checkBooks([unitsBook(units), word]);
    const sheet = phieu(read, report).get('Đảng bộ xã An Bình') ?? [];
    // With the row's first cells' text since trial12 #16.
    expect(sheet.some((t) => t.startsWith('AnBinh.docx, bảng danh sách, dòng 2, «'))).toBe(true);
    expect(sheet.some((t) => t.includes('trang «Bảng'))).toBe(false);
  });
});
