/**
 * Trial 13 #14: a units list that also tracks the later lists («Ngày gửi danh sách bổ sung», «… đề nghị khen thưởng»)
 * before its registration-list column: the later list's date is not the registration list's (which made every unit
 * REGISTRATION_LATE by a year). Near misses: the registration list's date under its usual headers.
 */
import { checkBooks, codes, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';

const D = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

async function lateCodes(header: string[], dates: Date[][]) {
  const rows = [['STT', 'Tên đơn vị', 'Loại đơn vị', ...header], [1, 'Đảng bộ xã An Bình', 'Đảng bộ xã', ...(dates[0] ?? [])], [2, 'Hội Nông dân huyện', 'Đoàn thể huyện', ...(dates[1] ?? [])]];
  const { read, report } = await checkBooks([unitsBook(rows)]);
  return { late: codes(report, 'REGISTRATION_LATE').length, listDates: read.units.map((u) => u.listDate && `${u.listDate.d}/${u.listDate.m}/${u.listDate.y}`) };
}

describe("a later list's date column", () => {
  it.each(['Ngày gửi danh sách bổ sung', 'Ngày gửi danh sách đề nghị khen thưởng', 'Ngày nộp DS đề nghị biểu dương', 'Ngày gửi danh sách đăng ký bổ sung'])(
    '«%s» before the registration list\'s is not its date',
    async (later) => {
      const got = await lateCodes([later, 'Ngày nộp danh sách đăng ký'], [[D(2024, 3, 15), D(2023, 2, 20)], [D(2025, 2, 10), D(2023, 2, 13)]]);
      expect(got).toEqual({ late: 0, listDates: ['20/2/2023', '13/2/2023'] });
    },
  );

  it('alone, it gives no registration list date', async () => {
    const got = await lateCodes(['Ngày gửi danh sách bổ sung'], [[D(2024, 3, 15)], [D(2025, 2, 10)]]);
    expect(got).toEqual({ late: 0, listDates: [undefined, undefined] });
  });

  // Review 17: alone, a list "đề nghị" or "tuyên dương" is the registration list the unit sent.
  it.each(['Ngày gửi danh sách', 'Ngày nộp danh sách đăng ký', 'Ngày gửi DS đăng ký', 'Ngày gửi danh sách đề nghị', 'Ngày gửi DS đăng ký tuyên dương'])('near miss: «%s» is the registration list\'s date', async (header) => {
    const got = await lateCodes([header], [[D(2023, 2, 28)], [D(2023, 2, 13)]]);
    expect(got).toEqual({ late: 1, listDates: ['28/2/2023', '13/2/2023'] });
  });
});
