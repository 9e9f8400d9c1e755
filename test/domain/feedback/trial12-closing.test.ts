/**
 * trial12 #17: the phiếu's closing sentence names what is overdue. A unit that sent no list is asked to send it, by
 * its deadline while that is ahead, at once after it; an overdue plan (R12) is named as the plan, not taken for the
 * list; a list sent and to correct is still asked to be corrected and resent. The quota row of a unit that sent no
 * list asks it to send one, not to "add more and resend".
 */
import type { CalendarDate } from '../../../src/domain/dates';
import { feedbackSheets, unitsWithFindings } from '../../../src/domain/feedback/feedback-sheet';
import { unitsView } from '../../../src/domain/report/by-unit';
import { buildReport } from '../../../src/domain/report/report';
import { checkBooks, oneSheet, person, PERSON_HEADER, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const date = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const BEFORE_ALL: CalendarDate = { y: 2022, m: 1, d: 20 };
const BETWEEN: CalendarDate = { y: 2022, m: 1, d: 26 };
const AFTER_ALL: CalendarDate = { y: 2023, m: 3, d: 1 };

const HEAD: Row = ['STT', 'Tên đơn vị', 'Loại đơn vị', 'Ngày nộp kế hoạch', 'Ngày nộp danh sách đăng ký'];
const anBinhList = (rows: Row[]) => oneSheet('an-binh.xlsx', [['ĐẢNG ỦY XÃ AN BÌNH'], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], PERSON_HEADER, ...rows]);

/** Each unit's phiếu as the texts of its cells: the quota row's advice and the closing sentence. */
async function phieu(units: Row[], lists: ReturnType<typeof anBinhList>[], asOf: CalendarDate) {
  const { read } = await checkBooks([unitsBook([HEAD, ...units]), ...lists]);
  const report = buildReport(read, asOf, 1);
  const sheets = feedbackSheets(read.profile, asOf, unitsWithFindings(unitsView(read, report, asOf), report.findings, read));
  return (unit: string) => {
    const texts = sheets.find((s) => s.unit === unit)?.sheet.cells.map((c) => String(c.value)) ?? [];
    const closing = texts.find((t) => t.startsWith('Đề nghị đơn vị')) ?? '';
    const quotaAt = texts.findIndex((t) => t.startsWith('Chưa đủ chỉ tiêu'));
    return { texts, closing, quotaAdvice: quotaAt < 0 ? undefined : texts[quotaAt + 1] };
  };
}

const HND: Row = [1, 'Hội Nông dân huyện', 'Đoàn thể huyện', null, null];

describe('a unit that has sent nothing', () => {
  it('before any deadline is asked to send its list by the deadline, not to correct and resend it', async () => {
    const p = (await phieu([HND], [], BEFORE_ALL))('Hội Nông dân huyện');
    expect(p.closing).toBe('Đề nghị đơn vị gửi danh sách đăng ký điển hình tiên tiến về Ban Tuyên giáo Huyện ủy trước ngày 25/02/2023.');
    expect(p.quotaAdvice).toContain('trước ngày 25/02/2023');
    expect(p.texts.some((t) => /chỉnh sửa|gửi lại|bổ sung thêm|khẩn trương/.test(t))).toBe(false);
  });

  it('between the plan deadline and the list deadline is urged to send its plan, its list by the deadline', async () => {
    const p = (await phieu([HND], [], BETWEEN))('Hội Nông dân huyện');
    expect(p.closing).toBe(
      'Đề nghị đơn vị khẩn trương gửi kế hoạch triển khai thực hiện về Ban Tuyên giáo Huyện ủy; gửi danh sách đăng ký điển hình tiên tiến trước ngày 25/02/2023.',
    );
    expect(p.closing).not.toMatch(/khẩn trương gửi danh sách/);
    expect(p.quotaAdvice).toContain('trước ngày 25/02/2023');
  });

  it('after both deadlines is urged to send both', async () => {
    const p = (await phieu([HND], [], AFTER_ALL))('Hội Nông dân huyện');
    expect(p.closing).toBe('Đề nghị đơn vị khẩn trương gửi kế hoạch triển khai thực hiện và danh sách đăng ký điển hình tiên tiến về Ban Tuyên giáo Huyện ủy.');
    expect(p.quotaAdvice).toMatch(/^Khẩn trương/);
  });

  it('after both deadlines, its plan sent, is urged to send its list as before', async () => {
    const p = (await phieu([[1, 'Hội Nông dân huyện', 'Đoàn thể huyện', date(2022, 1, 10), null]], [], AFTER_ALL))('Hội Nông dân huyện');
    expect(p.closing).toBe('Đề nghị đơn vị khẩn trương gửi danh sách đăng ký điển hình tiên tiến về Ban Tuyên giáo Huyện ủy.');
  });

  it('before the list deadline, its plan sent, is asked to send its list by the deadline', async () => {
    const p = (await phieu([[1, 'Hội Nông dân huyện', 'Đoàn thể huyện', date(2022, 1, 10), null]], [], BETWEEN))('Hội Nông dân huyện');
    expect(p.closing).toBe('Đề nghị đơn vị gửi danh sách đăng ký điển hình tiên tiến về Ban Tuyên giáo Huyện ủy trước ngày 25/02/2023.');
  });
});

describe('a unit that has sent its list', () => {
  const AN_BINH = (plan: Date | null): Row => [1, 'Đảng bộ xã An Bình', 'Đảng bộ xã', plan, null];
  const good = [person(1, 'Kiều Văn Một'), person(2, 'Kiều Thị Hai', 1971)];
  const wrong = [person(1, 'Kiều Văn Một', 1068), person(2, 'Kiều Thị Hai', 1971)];

  it('with rows to correct and its plan overdue is asked to correct, resend and send its plan', async () => {
    const p = (await phieu([AN_BINH(null)], [anBinhList(wrong)], BETWEEN))('Đảng bộ xã An Bình');
    expect(p.closing).toBe('Đề nghị đơn vị chỉnh sửa các nội dung trên, gửi lại danh sách và khẩn trương gửi kế hoạch triển khai thực hiện về Ban Tuyên giáo Huyện ủy.');
  });

  it('with nothing to correct but its plan overdue is urged to send the plan only', async () => {
    const p = (await phieu([AN_BINH(null)], [anBinhList(good)], AFTER_ALL))('Đảng bộ xã An Bình');
    expect(p.closing).toBe('Đề nghị đơn vị khẩn trương gửi kế hoạch triển khai thực hiện về Ban Tuyên giáo Huyện ủy.');
  });

  it('with rows to correct and its plan sent is asked to correct and resend, as before', async () => {
    for (const asOf of [BETWEEN, AFTER_ALL]) {
      const p = (await phieu([AN_BINH(date(2022, 1, 10))], [anBinhList(wrong)], asOf))('Đảng bộ xã An Bình');
      expect(p.closing).toBe('Đề nghị đơn vị chỉnh sửa các nội dung trên và gửi lại danh sách về Ban Tuyên giáo Huyện ủy.');
    }
  });

  it('short of its quota is asked to add more and resend, before the deadline too', async () => {
    const p = (await phieu([AN_BINH(date(2022, 1, 10))], [anBinhList([person(1, 'Kiều Văn Một')])], BETWEEN))('Đảng bộ xã An Bình');
    expect(p.quotaAdvice).toBe('Lựa chọn, bổ sung thêm điển hình cho đủ chỉ tiêu tối thiểu và gửi lại danh sách.');
    expect(p.closing).toBe('Đề nghị đơn vị chỉnh sửa các nội dung trên và gửi lại danh sách về Ban Tuyên giáo Huyện ủy.');
  });
});
