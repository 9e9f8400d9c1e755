/**
 * Trial 19 #2: a units list's date columns headed in staff's own words («Ngày gửi DSĐK», «Nộp danh sách», «Danh sách
 * đăng ký (ngày gửi)», «Ngày nộp KH triển khai», «Ngày gửi KHTK») were dropped without a word: late units on time,
 * units with a date told they wrote none. Near misses: other documents' dates, the later lists' dates, a sent and a
 * received column side by side, a document's name over count columns.
 */
import type { Book } from '../../fixtures/trial2-fixgroups-shapes';
import { checkBooks, codes, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';

const D = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const dmy = (d: { d: number; m: number; y: number } | undefined) => d && `${d.d}/${d.m}/${d.y}`;

/** Two units, each with one date per given header: An Bình late, Hội Nông dân on time (for either deadline). */
async function read(header: string[], dates: (Date | string | number)[][], edit?: Book['sheets'][number]['edit']) {
  const rows = [['STT', 'Tên đơn vị', 'Loại đơn vị', ...header], [1, 'Đảng bộ xã An Bình', 'Đảng bộ xã', ...(dates[0] ?? [])], [2, 'Hội Nông dân huyện', 'Đoàn thể huyện', ...(dates[1] ?? [])]];
  const book = unitsBook(rows);
  if (edit) (book.sheets[0] as Book['sheets'][number]).edit = edit;
  const { read: r, report } = await checkBooks([book]);
  return {
    listDates: r.units.map((u) => dmy(u.listDate)),
    planDates: r.units.map((u) => dmy(u.planDate)),
    codes: codes(report, 'REGISTRATION_LATE', 'REGISTRATION_MISSING', 'PLAN_LATE', 'PLAN_MISSING'),
  };
}

const LIST = [[D(2023, 2, 28)], [D(2023, 2, 13)]];
const PLAN = [[D(2022, 2, 3)], [D(2022, 1, 10)]];

describe('trial 19 #2: the units list\'s date columns under staff\'s headers', () => {
  it.each([
    'Ngày gửi DSĐK',
    'Ngày nộp DSĐK',
    'Ngày gửi ĐK',
    'Ngày gửi đăng ký',
    'Nộp danh sách',
    'Gửi danh sách (ngày)',
    'Ngày nộp bản đăng ký',
    'Danh sách đăng ký\n(ngày gửi)',
    'Ngày BTG nhận DSĐK',
    'Thời gian nộp DSĐK',
    'ngay gui dsdk',
    // A synonym followed by words of the same document or of where it went.
    'Ngày gửi danh sách về BTG',
    'Ngày nộp danh sách đăng ký điển hình tiên tiến',
    'Ngày gửi danh sách của đơn vị',
    // Where, when or how it went (review 29, W1).
    'Ngày nộp DS về Huyện ủy',
    'Ngày gửi DS về Ban Tuyên giáo Huyện ủy',
    'Ngày nhận DS qua mạng',
    'Ngày gửi DS năm 2023',
    'Ngày gửi DS lần 1',
    'Ngày gửi danh sách đợt 1',
    'Ngày gửi danh sách giai đoạn 1',
    'Ngày gửi danh sách lên Huyện',
    'Ngày nhận danh sách tại văn phòng',
    'Ngày gửi danh sách chính thức',
    'Ngày nộp danh sách đăng ký - bản giấy',
    'Ngày nhận DS của Ban Tuyên giáo Huyện ủy',
    'Ngày nộp danh sách đăng ký học tập và làm theo',
  ])('«%s» is the registration list\'s date', async (header) => {
    const got = await read([header], LIST);
    expect(got.listDates).toEqual(['28/2/2023', '13/2/2023']);
    expect(got.codes).toEqual(['REGISTRATION_LATE']);
  });

  it.each([
    'Ngày nộp KH triển khai',
    'Ngày gửi KH triển khai',
    'Ngày gửi KHTK',
    'Ngày nộp KHTK',
    'Kế hoạch triển khai\n(ngày nộp)',
    'Ngày nộp KH triển khai thực hiện',
    'Ngày nhận KH triển khai',
    'Ngày gửi kế hoạch triển khai thực hiện',
    'Ngày gửi kế hoạch thực hiện Hướng dẫn',
    'Ngày gửi kế hoạch về Huyện ủy',
    'Ngày gửi kế hoạch xây dựng điển hình',
    'Ngày ban hành kế hoạch số',
    'Ngày nộp kế hoạch triển khai thực hiện Hướng dẫn số 01-HD/BTGTW',
  ])('«%s» is the implementation plan\'s date', async (header) => {
    const got = await read([header], PLAN);
    expect(got.planDates).toEqual(['3/2/2022', '10/1/2022']);
    expect(got.codes).toContain('PLAN_LATE');
  });

  it('both columns under such headers, side by side, are each read', async () => {
    const got = await read(['Ngày gửi KHTK', 'Ngày gửi DSĐK'], [[D(2022, 2, 3), D(2023, 2, 28)], [D(2022, 1, 10), D(2023, 2, 13)]]);
    expect(got).toEqual({ listDates: ['28/2/2023', '13/2/2023'], planDates: ['3/2/2022', '10/1/2022'], codes: ['PLAN_LATE', 'REGISTRATION_LATE'] });
  });

  it('a date typed with its month in words is read, not INVALID_DATE', async () => {
    const got = await read(['Ngày gửi danh sách'], [['ngày 28 tháng Hai năm 2023'], ['13 tháng hai năm 2023']]);
    expect(got.listDates).toEqual(['28/2/2023', '13/2/2023']);
    expect(got.codes).toEqual(['REGISTRATION_LATE']);
    const { report } = await checkBooks([unitsBook([['STT', 'Tên đơn vị', 'Loại đơn vị', 'Ngày gửi danh sách'], [1, 'Đảng bộ xã An Bình', 'Đảng bộ xã', 'ngày 20 tháng Hai năm 2023']])]);
    expect(codes(report, 'INVALID_DATE')).toEqual([]);
  });

  it.each(['Tuần 4 tháng Hai năm 2023', 'Hạn 25 tháng Hai năm 2023, đơn vị chưa nộp', 'Đợt 1 tháng Hai năm 2023'])(
    'near miss: «%s», a text with a month in words that is no day of sending, is not read as one (review 29, W2)',
    async (text) => {
      const got = await read(['Ngày gửi danh sách'], [[text], [D(2023, 2, 13)]]);
      expect(got.listDates).toEqual([undefined, '13/2/2023']);
    },
  );

  it('a sent mark under «Ngày gửi DSĐK» is read as the list sent', async () => {
    const { listDates, codes: c } = await read(['Ngày gửi DSĐK'], [['Nộp trễ'], [D(2023, 2, 13)]]);
    expect(listDates).toEqual([undefined, '13/2/2023']);
    expect(c).toEqual(['REGISTRATION_LATE']);
  });

  describe('near misses', () => {
    it.each([
      'Ngày gửi báo cáo',
      'Ngày gửi KH bồi dưỡng',
      'Ngày nộp KH nhân rộng',
      'Ngày gửi kế hoạch bồi dưỡng',
      'Ngày nộp kế hoạch nhân rộng',
      'Ngày gửi DS báo cáo thi đua',
      'Số, ngày KH',
      'Ngày gửi KH và DS',
      'Ngày sinh',
      'Số lượng đăng ký',
      // Review 28, W2: another plan's or another registration's date, in any words.
      'Ngày gửi KH tuyên truyền',
      'Ngày gửi KH kiểm tra',
      'Ngày nộp KH giám sát',
      'Ngày gửi KH năm 2023',
      'Ngày nộp KH học tập chuyên đề',
      'Ngày gửi KH khen thưởng',
      'Ngày nộp đăng ký thi',
      // A synonym followed by another list's or plan's words.
      'Ngày gửi DS đảng viên',
      'Ngày gửi danh sách cán bộ',
      'Ngày nhận DS hội viên',
      'Ngày gửi danh sách khen thưởng',
      'Ngày gửi kế hoạch kiểm tra',
      'Ngày nộp kế hoạch tuyên truyền',
    ])(
      '«%s» is neither date',
      async (header) => {
        // Before the registration list's own column: taken for a date, it would be taken first.
        const got = await read([header, 'Ngày gửi danh sách'], [[D(2022, 2, 3), D(2023, 2, 13)], [D(2023, 2, 28), D(2023, 2, 14)]]);
        expect(got.listDates).toEqual(['13/2/2023', '14/2/2023']);
        expect(got.planDates).toEqual([undefined, undefined]);
      },
    );

    it.each(['Ngày gửi DSĐK bổ sung', 'Ngày nộp DS bổ sung', 'Ngày gửi DSĐK đề nghị khen thưởng'])('«%s» before the registration list\'s is a later list\'s date', async (later) => {
      const got = await read([later, 'Ngày gửi DSĐK'], [[D(2024, 3, 15), D(2023, 2, 20)], [D(2025, 2, 10), D(2023, 2, 13)]]);
      expect(got.listDates).toEqual(['20/2/2023', '13/2/2023']);
      expect(got.codes).toEqual([]);
    });

    it.each([
      [['Ngày gửi DSĐK', 'Ngày nhận DSĐK']],
      [['Ngày nhận DSĐK', 'Ngày gửi DSĐK']],
    ])('%j: the sent date wins, in either order', async (headers) => {
      const sentFirst = headers[0] === 'Ngày gửi DSĐK';
      const sent = [D(2023, 2, 20), D(2023, 2, 13)];
      const received = [D(2023, 2, 27), D(2023, 2, 28)];
      const row = (i: number) => (sentFirst ? [sent[i] as Date, received[i] as Date] : [received[i] as Date, sent[i] as Date]);
      const got = await read(headers, [row(0), row(1)]);
      expect(got.listDates).toEqual(['20/2/2023', '13/2/2023']);
      expect(got.codes).toEqual([]);
    });

    it.each(['DSĐK', 'DS đăng ký', 'Danh sách đăng ký', 'KH triển khai', 'KHTK'])('«%s» alone heading counts (review 28, W3): no date, no INVALID_DATE', async (header) => {
      const got = await read([header], [[2], [3]]);
      expect(got.listDates).toEqual([undefined, undefined]);
      expect(got.planDates).toEqual([undefined, undefined]);
      const { report } = await checkBooks([unitsBook([['STT', 'Tên đơn vị', 'Loại đơn vị', header], [1, 'Đảng bộ xã An Bình', 'Đảng bộ xã', 2]])]);
      expect(codes(report, 'INVALID_DATE')).toEqual([]);
    });

    it.each([
      [['Số KH', 'Ngày gửi']],
      [['Ngày gửi', 'Ghi chú']],
      [['Số, ký hiệu', 'Ngày gửi']],
    ])('«Kế hoạch triển khai» merged over %j (review 28, W1): the plan\'s date is read', async (children) => {
      const dateAt = children.indexOf('Ngày gửi');
      const cells = (d: Date) => children.map((_, i) => (i === dateAt ? d : i === 0 ? '12-KH/ĐU' : ''));
      const rows = [
        ['STT', 'Tên đơn vị', 'Loại đơn vị', 'Kế hoạch triển khai', ''],
        ['', '', '', ...children],
        [1, 'Đảng bộ xã An Bình', 'Đảng bộ xã', ...cells(D(2022, 2, 3))],
        [2, 'Hội Nông dân huyện', 'Đoàn thể huyện', ...cells(D(2022, 1, 10))],
      ];
      const book = unitsBook(rows);
      (book.sheets[0] as Book['sheets'][number]).edit = (ws) => {
        ws.mergeCells('D1:E1');
        for (const c of ['A', 'B', 'C']) ws.mergeCells(`${c}1:${c}2`);
      };
      const { read: r, report } = await checkBooks([book]);
      expect(r.units.map((u) => dmy(u.planDate))).toEqual(['3/2/2022', '10/1/2022']);
      expect(r.units.map((u) => u.listDate)).toEqual([undefined, undefined]);
      expect(codes(report, 'PLAN_LATE')).toEqual(['PLAN_LATE']);
    });

    it('«Danh sách đăng ký» merged over «Tập thể | Cá nhân» heads counts, no date', async () => {
      const rows = [
        ['STT', 'Tên đơn vị', 'Loại đơn vị', 'Danh sách đăng ký', ''],
        ['', '', '', 'Tập thể', 'Cá nhân'],
        [1, 'Đảng bộ xã An Bình', 'Đảng bộ xã', 1, 2],
        [2, 'Hội Nông dân huyện', 'Đoàn thể huyện', 2, 3],
      ];
      const book = unitsBook(rows);
      (book.sheets[0] as Book['sheets'][number]).edit = (ws) => {
        ws.mergeCells('D1:E1');
        for (const c of ['A', 'B', 'C']) ws.mergeCells(`${c}1:${c}2`);
      };
      const { read: r, report } = await checkBooks([book]);
      expect(r.units.map((u) => u.listDate)).toEqual([undefined, undefined]);
      expect(codes(report, 'INVALID_DATE', 'REGISTRATION_LATE')).toEqual([]);
    });
  });
});
