/**
 * Trial 3: units lists headed as Party offices and Fronts head them ("Tên tổ chức cơ sở đảng", "Tên địa phương, đơn
 * vị", "Số lượng phải đăng ký"), and their date columns however named ("Ngày gửi", "Thời gian nộp danh sách", "Ngày
 * gửi KH"): the list is read, its quota table made, its dates judged (R2–R4, R12). Near misses: a table counting
 * registrations per unit is a summary, not the list; a registrations table with a registration date stays one.
 */
import type { Row } from '../../fixtures/workbooks';
import { checkBooks, codes } from '../../fixtures/trial2-fixgroups-shapes';

const REGISTRATIONS: Row[] = [
  ['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh'],
  [1, 'Đảng ủy xã An Bình', 'Nguyễn Văn Tâm', 1968],
  [2, 'Đảng ủy xã An Bình', 'Lê Thị Hoa', 1975],
];

const master = (units: Row[]) => checkBooks([{ fileName: 'tong-hop.xlsx', sheets: [{ name: 'Đơn vị', rows: units }, { name: 'Đăng ký', rows: REGISTRATIONS }] }]);

describe('a units list headed as offices head it', () => {
  it.each<Row>([
    ['STT', 'Tên tổ chức cơ sở đảng'],
    ['STT', 'Tên chi, đảng bộ cơ sở'],
    ['STT', 'Tên cơ sở đảng', 'Loại hình tổ chức'],
    ['STT', 'Tên địa phương, đơn vị'],
    ['STT', 'Các đơn vị', 'Ghi chú'],
    ['STT', 'Tên các chi, đảng bộ trực thuộc'],
    ['TT', 'Tên đơn vị', 'Số lượng phải đăng ký'],
  ])('%s | %s …: read, with its quota table', async (...header) => {
    const extra = (v: string | number) => header.slice(2).map(() => v);
    const units: Row[] = [header, [1, 'Đảng ủy xã An Bình', ...extra(header[2] === 'Loại hình tổ chức' ? 'Đảng bộ xã' : 2)], [2, 'Đảng ủy xã Tân Lập', ...extra(header[2] === 'Loại hình tổ chức' ? 'Đảng bộ xã' : 2)]];
    const { read, report } = await master(units);
    expect(read.units.map((u) => u.name)).toEqual(['Đảng ủy xã An Bình', 'Đảng ủy xã Tân Lập']);
    expect(report.quota.map((q) => [q.unit, q.registered, q.status])).toEqual([
      ['Đảng ủy xã An Bình', 2, 'ok'],
      ['Đảng ủy xã Tân Lập', 0, 'short'],
    ]);
  });

  it('near miss: a table counting registrations per unit is a summary, not the units list', async () => {
    const { read } = await master([['STT', 'Tên đơn vị', 'Số lượng đăng ký'], [1, 'Đảng ủy xã An Bình', 2], [2, 'Đảng ủy xã Tân Lập', 0]]);
    expect(read.units).toEqual([]);
  });
});

describe("a units list's date columns however named", () => {
  const withDates = (header: string): Row[] => [['STT', 'Tên đơn vị', header], [1, 'Đảng ủy xã An Bình', '27/02/2023'], [2, 'Đảng ủy xã Tân Lập', '20/02/2023']];

  it.each(['Ngày gửi', 'Ngày nộp', 'Ngày nhận', 'Ngày gửi DS', 'Ngày nộp DS đăng ký', 'Thời gian gửi', 'Thời gian nộp danh sách', 'Ngày BTG nhận', 'Ngày đăng ký', 'Ngày ĐK'])(
    '"%s" is when the list came (R4)',
    async (header) => {
      const { report } = await master(withDates(header));
      expect(report.findings.filter((f) => f.code.startsWith('REGISTRATION_')).map((f) => [f.code, f.unit])).toEqual([['REGISTRATION_LATE', 'Đảng ủy xã An Bình']]);
    },
  );

  it.each(['Ngày gửi KH', 'Ngày nộp KH', 'Ngày ban hành kế hoạch', 'Kế hoạch triển khai (ngày gửi)', 'Ngày KH'])('"%s" is when the plan came (R12)', async (header) => {
    const units: Row[] = [['STT', 'Tên đơn vị', header], [1, 'Đảng ủy xã An Bình', '27/01/2022'], [2, 'Đảng ủy xã Tân Lập', '']];
    const { report } = await master(units);
    expect(report.findings.filter((f) => f.code.startsWith('PLAN_')).map((f) => [f.code, f.unit])).toEqual([
      ['PLAN_LATE', 'Đảng ủy xã An Bình'],
      ['PLAN_MISSING', 'Đảng ủy xã Tân Lập'],
    ]);
  });

  it.each<[string, string]>([
    ['Thời gian gửi kế hoạch', 'planDate'],
    ['Thời gian nộp KH', 'planDate'],
    ['Ngày gửi báo cáo', 'none'],
    ['Ngày gửi KH bồi dưỡng', 'none'],
  ])('near miss: "%s" is %s, not the list date', async (header, field) => {
    const { read } = await master([['STT', 'Tên đơn vị', header], [1, 'Đảng ủy xã An Bình', '20/01/2022']]);
    const u = read.units[0];
    expect([u?.listDate !== undefined, u?.planDate !== undefined]).toEqual([false, field === 'planDate']);
  });

  it('near miss: a registrations table with a registration date column stays a registrations table', async () => {
    const rows: Row[] = [['STT', 'Tên đơn vị', 'Họ và tên', 'Ngày đăng ký'], [1, 'Đảng ủy xã An Bình', 'Nguyễn Văn Tâm', '20/02/2023']];
    const { read, report } = await checkBooks([{ fileName: 'tong-hop.xlsx', sheets: [{ name: 'Đơn vị', rows: [['STT', 'Tên đơn vị'], [1, 'Đảng ủy xã An Bình']] }, { name: 'Đăng ký', rows }] }]);
    expect(read.tables.map((t) => t.kind)).toEqual(['units', 'registrations']);
    expect(read.registrations.map((r) => r.name)).toEqual(['Nguyễn Văn Tâm']);
    expect(codes(report, 'SHEET_SKIPPED')).toEqual([]);
  });
});

describe('date cells as staff fill them', () => {
  const units = (plan: string, list: string): Row[] => [['STT', 'Tên đơn vị', 'Ngày nộp kế hoạch', 'Ngày nộp danh sách'], [1, 'Đảng ủy xã An Bình', plan, list]];
  const dated = async (plan: string, list: string) => {
    const { read, report } = await master(units(plan, list));
    const u = read.units[0];
    return { plan: u?.planDate, list: u?.listDate, codes: codes(report, 'INVALID_DATE', 'PLAN_MISSING', 'REGISTRATION_MISSING', 'PLAN_LATE', 'REGISTRATION_LATE') };
  };

  it.each<[string, string]>([
    ['Kế hoạch số 12-KH/ĐU ngày 20/01/2022', 'Công văn số 30-CV/ĐU ngày 20/02/2023'],
    ['12-KH/ĐU, 20/01/2022', '20/02/2023 (CV số 30-CV/ĐU)'],
    ['KH 12-KH/ĐU ngày 20 tháng 01 năm 2022', 'Số 30, ngày 20-02-2023'],
  ])('«%s», «%s»: the date beside the document number', async (plan, list) => {
    expect(await dated(plan, list)).toEqual({ plan: { y: 2022, m: 1, d: 20 }, list: { y: 2023, m: 2, d: 20 }, codes: [] });
  });

  it.each<[string, string]>([
    ['Chưa nộp', 'Chưa gửi'],
    ['Chưa gửi (đã nhắc ngày 20/01/2022)', 'Chưa nộp (hạn 25/02/2023)'],
    ['Không', '-'],
  ])('«%s», «%s» are nothing sent yet: missing once the deadline has passed, no error', async (plan, list) => {
    expect((await dated(plan, list)).codes.sort()).toEqual(['PLAN_MISSING']);
  });

  it('near miss: two different dates in one cell are not guessed', async () => {
    expect((await dated('20/01/2022', 'Lần 1: 20/02/2023; lần 2: 27/02/2023')).codes).toEqual(['INVALID_DATE']);
  });
});

describe('group rows of a units list that say what its units are (trial 4)', () => {
  const withGroups = (rows: Row[]) => master([['STT', 'Tên đơn vị', 'Ghi chú'], ...rows]);

  it('give the bare names under them their type', async () => {
    const { read } = await withGroups([
      ['I', 'KHỐI XÃ, THỊ TRẤN'],
      [1, 'An Bình'],
      [2, 'Thị trấn Phú Mỹ'],
      ['II', 'CÁC CHI BỘ CƠ SỞ'],
      [3, 'Trường THCS Phú Hữu'],
      ['III', 'MẶT TRẬN VÀ CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI'],
      [4, 'Hội Nông dân'],
    ]);
    expect(read.units.map((u) => [u.name, u.type, u.quota])).toEqual([
      ['An Bình', 'Đảng bộ xã', 2],
      ['Thị trấn Phú Mỹ', 'Đảng bộ thị trấn', 2],
      ['Trường THCS Phú Hữu', 'Chi bộ cơ sở', 1],
      ['Hội Nông dân', 'Đoàn thể huyện', 1],
    ]);
  });

  it('near miss: a bloc that names no type leaves a bare name without one', async () => {
    const { read } = await withGroups([['I', 'KHỐI ĐẢNG'], [1, 'An Bình']]);
    expect(read.units.map((u) => [u.name, u.type])).toEqual([['An Bình', undefined]]);
  });
});
