/**
 * Trial 20b #2: a unit the district's units list records as having sent its list — a list date, a mark («x», «Đã
 * nộp», «Nộp trễ»), a note («Danh sách gửi bằng tệp riêng»), a date mistyped — of which no row was read in any input
 * (most often its file was not given). The check's quota finding says so; consolidate warns before the list is made
 * (several units named, the rest counted); the unit's phiếu does not tell it that it registered nothing, but that the
 * Ban has not its rows, and asks it to send its list again. Near misses: a unit with no date and no row (not sent:
 * REGISTRATION_MISSING as before), a unit with a date and rows in its own file or in the district's master, a list
 * that came empty (its own sentence), notes that record no sending of the list.
 */
import { consolidate } from '../../../src/domain/ceremony/consolidate';
import { feedbackSheets, feedbackText, unitsWithFindings } from '../../../src/domain/feedback/feedback-sheet';
import type { Finding } from '../../../src/domain/findings/finding';
import { listNoteStatus } from '../../../src/domain/reading/sent-status';
import type { ReadResult } from '../../../src/domain/records';
import { unitsView } from '../../../src/domain/report/by-unit';
import type { Report } from '../../../src/domain/report/report';
import { Book, checkBooks, oneSheet, person, PERSON_HEADER } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const AS_OF = { y: 2023, m: 3, d: 1 };
const D = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const PLAN = D(2022, 1, 10);

/** The new sentence of the quota finding. */
const FILE_MAY_BE_MISSING = /Danh sách đơn vị ghi đã nhận danh sách đăng ký của đơn vị \(([^)]*)\), nhưng không đọc được dòng đăng ký nào[^]*có thể còn thiếu tệp danh sách của đơn vị/;

const UNITS_HEAD: Row = ['STT', 'Tên đơn vị', 'Loại đơn vị', 'Ngày nộp kế hoạch', 'Ngày nộp danh sách đăng ký', 'Ghi chú'];
/** Units recorded as sent, each a way of recording it; no file of theirs is given. */
const RECORDED: Row[] = [
  [1, 'Đảng bộ xã An Bình', 'Đảng bộ xã', PLAN, D(2023, 2, 20), 'Danh sách gửi bằng tệp riêng'],
  [2, 'Đảng bộ xã Tân Lập', 'Đảng bộ xã', null, 'x'],
  [3, 'Đảng bộ xã Phú Hữu', 'Đảng bộ xã', PLAN, 'Đã nộp'],
  [4, 'Hội Nông dân huyện', 'Đoàn thể huyện', PLAN, null, 'Danh sách gửi bằng tệp riêng'],
  [5, 'Huyện đoàn', 'Đoàn thể huyện', PLAN, 'Nộp trễ'],
  [6, 'Hội Liên hiệp Phụ nữ huyện', 'Đoàn thể huyện', PLAN, '31/02/2023'],
];
/** Near misses: not sent (by an empty cell, or notes that record no sending of the list), or sent and read. */
const NEAR: Row[] = [
  [7, 'Đảng bộ xã Vĩnh Hội', 'Đảng bộ xã', PLAN, null],
  [8, 'Đảng bộ xã Nhơn Hội', 'Đảng bộ xã', PLAN, D(2023, 2, 21)],
  [9, 'Hội Cựu chiến binh huyện', 'Đoàn thể huyện', PLAN, D(2023, 2, 22)],
  [10, 'Đảng bộ xã Khánh An', 'Đảng bộ xã', PLAN, null, 'Chưa gửi danh sách'],
  [11, 'Đảng bộ xã Quốc Thái', 'Đảng bộ xã', PLAN, null, 'Kế hoạch gửi bằng tệp riêng'],
  [12, 'Đảng bộ xã Đa Phước', 'Đảng bộ xã', PLAN, null, 'Danh sách gửi sau'],
  [13, 'Đảng bộ xã Phước Hưng', 'Đảng bộ xã', PLAN, D(2023, 2, 23)],
];

const ownList = (file: string, title: string, rows: Row[]): Book => oneSheet(file, [[title], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], PERSON_HEADER, ...rows]);
/** The district's workbook: its units list, and its master holding Hội Cựu chiến binh's rows. */
const district = (units: Row[]): Book => ({
  fileName: 'tong-hop.xlsx',
  sheets: [
    { name: 'Đơn vị', rows: [UNITS_HEAD, ...units] },
    { name: 'Đăng ký', rows: [['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh', 'Chức vụ'], [1, 'Hội Cựu chiến binh huyện', 'Phan Văn Chín', 1955, 'Hội viên']] },
  ],
});
const NHON_HOI = ownList('nhon-hoi.xlsx', 'ĐẢNG ỦY XÃ NHƠN HỘI', [person(1, 'Lâm Văn Một')]);
const PHUOC_HUNG_EMPTY = ownList('phuoc-hung.xlsx', 'ĐẢNG ỦY XÃ PHƯỚC HƯNG', []);
const AN_BINH = ownList('an-binh.xlsx', 'ĐẢNG ỦY XÃ AN BÌNH', [person(1, 'Kiều Văn Một'), person(2, 'Kiều Thị Hai', 1971)]);

async function run(books: Book[]) {
  const { read, report } = await checkBooks(books);
  const of = (unit: string, code: Finding['code']) => report.findings.find((f) => f.unit === unit && f.code === code);
  return { read, report, of };
}

/** Each unit's phiếu: its rows (Vị trí, Nội dung, Đề nghị) and its closing sentence. */
function phieu(read: ReadResult, report: Report) {
  const sheets = feedbackSheets(read.profile, AS_OF, unitsWithFindings(unitsView(read, report, AS_OF), report.findings, read));
  return (unit: string) => {
    const cells = sheets.find((s) => s.unit === unit)?.sheet.cells ?? [];
    const at = (row: number, col: number) => String(cells.find((c) => c.row === row && c.col === col)?.value ?? '');
    const rows = [...new Set(cells.filter((c) => c.row > 9 && c.col === 1 && typeof c.value === 'number').map((c) => c.row))];
    const closing = cells.map((c) => String(c.value)).find((t) => t.startsWith('Đề nghị đơn vị')) ?? '';
    return { rows: rows.map((r) => ({ place: at(r, 2), what: at(r, 3), advice: at(r, 4) })), closing };
  };
}

describe('the quota finding of a unit recorded as sent with no row read says its file may be missing', () => {
  it.each([
    ['a list date', 'Đảng bộ xã An Bình', 'ngày 20/02/2023'],
    ['a mark «x»', 'Đảng bộ xã Tân Lập', 'không ghi ngày'],
    ['a mark «Đã nộp»', 'Đảng bộ xã Phú Hữu', 'không ghi ngày'],
    ['a note «Danh sách gửi bằng tệp riêng»', 'Hội Nông dân huyện', 'không ghi ngày'],
    ['a mark «Nộp trễ»', 'Huyện đoàn', 'nộp trễ, không ghi ngày'],
    ['a date mistyped', 'Hội Liên hiệp Phụ nữ huyện', 'ngày ghi không đọc được'],
  ])('%s', async (_, unit, how) => {
    const { of } = await run([district([...RECORDED, ...NEAR]), NHON_HOI, PHUOC_HUNG_EMPTY]);
    expect(of(unit, 'QUOTA_SHORT')?.message).toMatch(/đăng ký 0\/\d/);
    expect(FILE_MAY_BE_MISSING.exec(of(unit, 'QUOTA_SHORT')?.message ?? '')?.[1]).toBe(how);
    // Recorded as sent: never «chưa gửi» (the note as an «x» mark).
    expect(of(unit, 'REGISTRATION_MISSING')).toBeUndefined();
  });

  it('near misses: not sent, sent and read (its own file or the master), a list that came empty', async () => {
    const { of } = await run([district([...RECORDED, ...NEAR]), NHON_HOI, PHUOC_HUNG_EMPTY]);
    for (const unit of ['Đảng bộ xã Vĩnh Hội', 'Đảng bộ xã Khánh An', 'Đảng bộ xã Quốc Thái', 'Đảng bộ xã Đa Phước']) {
      expect(of(unit, 'QUOTA_SHORT')?.message).not.toMatch(FILE_MAY_BE_MISSING);
      expect(of(unit, 'REGISTRATION_MISSING')?.message).toMatch(/chưa ghi ngày gửi danh sách đăng ký và chưa có điển hình tiên tiến nào/);
    }
    expect(of('Đảng bộ xã Nhơn Hội', 'QUOTA_SHORT')?.message).toMatch(/đăng ký 1\/2[^]*\)\.$/);
    expect(of('Hội Cựu chiến binh huyện', 'QUOTA_SHORT')).toBeUndefined();
    expect(of('Đảng bộ xã Phước Hưng', 'QUOTA_SHORT')?.message).toMatch(/phuoc-hung\.xlsx[^]*chỉ có dòng tiêu đề cột/);
    expect(of('Đảng bộ xã Phước Hưng', 'QUOTA_SHORT')?.message).not.toMatch(FILE_MAY_BE_MISSING);
  });

  it('the units list checked alone: a unit with a date may lack its file, one without has not sent (README)', async () => {
    const { of } = await run([{ fileName: 'don-vi.xlsx', sheets: [{ name: 'Đơn vị', rows: [UNITS_HEAD, RECORDED[0] as Row, NEAR[0] as Row] }] }]);
    expect(of('Đảng bộ xã An Bình', 'QUOTA_SHORT')?.message).toMatch(FILE_MAY_BE_MISSING);
    expect(of('Đảng bộ xã An Bình', 'REGISTRATION_MISSING')).toBeUndefined();
    expect(of('Đảng bộ xã Vĩnh Hội', 'REGISTRATION_MISSING')).toBeDefined();
    expect(of('Đảng bộ xã Vĩnh Hội', 'QUOTA_SHORT')?.message).not.toMatch(FILE_MAY_BE_MISSING);
  });

  it('its file given, the unit is counted and nothing is said', async () => {
    const { of } = await run([district([...RECORDED, ...NEAR]), AN_BINH]);
    expect(of('Đảng bộ xã An Bình', 'QUOTA_SHORT')).toBeUndefined();
  });
});

describe('a units list’s note that records the list as sent', () => {
  it.each([
    ['Danh sách gửi bằng tệp riêng', 'sent'],
    ['DS đã nộp qua email', 'sent'],
    ['DSĐK gửi qua Zalo', 'sent'],
    ['Danh sách đăng ký đã gửi', 'sent'],
    ['Danh sách nộp trễ', 'late'],
    ['Danh sách gửi muộn 2 ngày', 'late'],
    // Near misses: no receipt of the list.
    ['Chưa gửi danh sách', undefined],
    ['Danh sách chưa gửi', undefined],
    ['Danh sách gửi sau', undefined],
    ['Danh sách sẽ gửi', undefined],
    ['Kế hoạch gửi bằng tệp riêng', undefined],
    ['Đã gửi', undefined],
    ['Danh sách có 3 người', undefined],
    ['Danh sách đủ', undefined],
  ])('«%s»: %s', (note, status) => {
    expect(listNoteStatus(note)).toBe(status);
  });
});

describe('consolidate warns before the list is made', () => {
  it('naming the first five units with how each was recorded, counting the rest', async () => {
    const { read, report } = await run([district([...RECORDED, ...NEAR]), NHON_HOI, PHUOC_HUNG_EMPTY]);
    const warnings = consolidate(read, report, '2023').notices.filter((n) => n.level === 'warning').map((n) => n.message);
    const unread = warnings.filter((m) => m.startsWith('Danh sách đơn vị ghi đã nhận'));
    expect(unread).toEqual([
      'Danh sách đơn vị ghi đã nhận danh sách đăng ký của Đảng bộ xã An Bình (ngày 20/02/2023), Đảng bộ xã Tân Lập (không ghi ngày), ' +
        'Đảng bộ xã Phú Hữu (không ghi ngày), Hội Nông dân huyện (không ghi ngày), Huyện đoàn (nộp trễ, không ghi ngày) và 1 đơn vị khác, ' +
        'nhưng không đọc được dòng đăng ký nào của 6 đơn vị này trong các tệp đã đưa vào: có thể còn thiếu tệp của các đơn vị này. ' +
        'Các điển hình của các đơn vị này chưa có trong danh sách: hãy đưa thêm tệp vào rồi lập lại danh sách trước khi trình ký.',
    ]);
  });

  it('one unit: named alone; none left: no warning', async () => {
    const one = await run([district([RECORDED[0] as Row, ...NEAR]), NHON_HOI, PHUOC_HUNG_EMPTY]);
    expect(consolidate(one.read, one.report, '2023').notices.map((n) => n.message).filter((m) => m.startsWith('Danh sách đơn vị ghi đã nhận'))).toEqual([
      expect.stringMatching(/^[^,]*của Đảng bộ xã An Bình \(ngày 20\/02\/2023\), nhưng không đọc được dòng đăng ký nào của đơn vị này[^]*thiếu tệp của đơn vị\. Các điển hình của đơn vị chưa có/),
    ]);
    const none = await run([district([RECORDED[0] as Row, ...NEAR]), NHON_HOI, PHUOC_HUNG_EMPTY, AN_BINH]);
    expect(consolidate(none.read, none.report, '2023').notices.some((n) => n.message.startsWith('Danh sách đơn vị ghi đã nhận'))).toBe(false);
  });
});

describe('the phiếu of a unit whose list the Ban has no row of', () => {
  it('says the Ban has not its rows and asks for its list again, never «đăng ký 0/2 … bổ sung thêm»', async () => {
    const { read, report } = await run([district([...RECORDED, ...NEAR]), NHON_HOI, PHUOC_HUNG_EMPTY]);
    const p = phieu(read, report)('Đảng bộ xã An Bình');
    expect(p.rows).toEqual([
      {
        place: 'danh sách đăng ký đơn vị đã gửi ngày 20/02/2023',
        what:
          'Chưa nhận được nội dung danh sách: Ban đã ghi nhận đơn vị gửi danh sách đăng ký điển hình tiên tiến ngày 20/02/2023, nhưng chưa nhận ' +
          'được (hoặc chưa đọc được) các dòng đăng ký của danh sách này, nên chưa tính được chỉ tiêu của đơn vị.',
        advice: feedbackText.unreadAdvice,
      },
    ]);
    expect(p.closing).toBe('Đề nghị đơn vị gửi lại danh sách đăng ký điển hình tiên tiến đã gửi về Ban Tuyên giáo Huyện ủy.');
  });

  it.each([
    ['a mark, its plan overdue: its plan too', 'Đảng bộ xã Tân Lập', 'danh sách đăng ký đơn vị đã gửi', / và khẩn trương gửi kế hoạch triển khai thực hiện về /],
    ['a note', 'Hội Nông dân huyện', 'danh sách đăng ký đơn vị đã gửi', /^Đề nghị đơn vị gửi lại danh sách đăng ký điển hình tiên tiến đã gửi về/],
    ['a late mark: lateness noted beside it', 'Huyện đoàn', 'danh sách đăng ký đơn vị đã gửi', /^Đề nghị đơn vị gửi lại danh sách đăng ký điển hình tiên tiến đã gửi về/],
    ['a date mistyped: not said to the unit (#8)', 'Hội Liên hiệp Phụ nữ huyện', 'danh sách đăng ký đơn vị đã gửi', /^Đề nghị đơn vị gửi lại danh sách/],
  ])('%s', async (_, unit, place, closing) => {
    const { read, report } = await run([district([...RECORDED, ...NEAR]), NHON_HOI, PHUOC_HUNG_EMPTY]);
    const p = phieu(read, report)(unit);
    const quota = p.rows.find((r) => r.what.startsWith(feedbackText.unreadLabel));
    expect(quota).toMatchObject({ place, advice: feedbackText.unreadAdvice });
    expect(p.rows.map((r) => r.what).join('\n')).not.toMatch(/đăng ký 0\/|31\/02\/2023|Chưa gửi danh sách/);
    expect(p.closing).toMatch(closing);
    if (unit === 'Huyện đoàn') expect(p.rows.map((r) => r.what)).toEqual([expect.stringMatching(/^Chưa nhận được/), expect.stringMatching(/^Gửi danh sách trễ hạn/)]);
  });

  it('near misses: a unit that sent nothing is urged to send it; a short list is asked to add more', async () => {
    const { read, report } = await run([district([...RECORDED, ...NEAR]), NHON_HOI, PHUOC_HUNG_EMPTY]);
    const of = phieu(read, report);
    const vinhHoi = of('Đảng bộ xã Vĩnh Hội');
    expect(vinhHoi.rows.find((r) => r.what.startsWith('Chưa đủ chỉ tiêu'))).toMatchObject({ place: feedbackText.listNotSent, advice: expect.stringMatching(/^Khẩn trương/) });
    expect(vinhHoi.closing).toMatch(/^Đề nghị đơn vị khẩn trương gửi danh sách/);
    const nhonHoi = of('Đảng bộ xã Nhơn Hội');
    expect(nhonHoi.rows).toEqual([expect.objectContaining({ place: 'nhon-hoi.xlsx', what: expect.stringMatching(/^Chưa đủ chỉ tiêu: [^]*đăng ký 1\/2/), advice: expect.stringMatching(/^Lựa chọn, bổ sung thêm/) })]);
    expect(nhonHoi.closing).toMatch(/^Đề nghị đơn vị chỉnh sửa các nội dung trên và gửi lại danh sách/);
  });
});
