/**
 * Trial 9 #27: the units list's date cell records both sendings once additions come in (2024–2025). The first
 * sending's date is the registration list's (R4); the addition's (R9, after the first ceremony) has no deadline to
 * miss. Near misses: one date, a document's number beside its date, two dates that do not say which is which, and
 * a second sending of phase 1 (a correction, not an addition) are read as before.
 */
import type { Row } from '../../fixtures/workbooks';
import { checkBooks } from '../../fixtures/trial2-fixgroups-shapes';
import { firstSending as firstOf } from '../../../src/domain/reading/sendings';

// The default profile's first ceremony.
const CEREMONY = { y: 2023, m: 5, d: 19 };
const firstSending = (text: string) => firstOf(text, CEREMONY);

const NAMES = ['An Bình', 'Tân Lập', 'Phú Hữu', 'Khánh An', 'Vĩnh Hội', 'Nhơn Hội', 'Mỹ Đức', 'Long Bình'];

async function listDates(cells: (string | Date)[]) {
  const units: Row[] = [['STT', 'Tên đơn vị', 'Loại đơn vị', 'Ngày nộp danh sách đăng ký'], ...cells.map((v, i): Row => [i + 1, `Đảng bộ xã ${NAMES[i]}`, 'Đảng bộ xã', v])];
  const regs: Row[] = [['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh']];
  cells.forEach((_, i) => regs.push([2 * i + 1, `Đảng bộ xã ${NAMES[i]}`, `Nguyễn Văn ${String.fromCharCode(65 + i)}`, 1970 + i]));
  const { read, report } = await checkBooks([{ fileName: 'tong-hop.xlsx', sheets: [{ name: 'Đơn vị', rows: units }, { name: 'Đăng ký', rows: regs }] }]);
  return cells.map((_, i) => {
    const unit = read.units[i];
    const codes = report.findings.filter((f) => f.unit === unit?.name && (f.code === 'INVALID_DATE' || f.code === 'REGISTRATION_LATE')).map((f) => f.code);
    const d = unit?.listDate;
    return [d ? `${d.d}/${d.m}/${d.y}` : null, codes];
  });
}

describe('a date cell recording two sendings', () => {
  it.each([
    ['20/02/2023; bổ sung 15/4/2024'],
    ['20/02/2023 (BS: 15/4/2024)'],
    ['Lần 1: 20/02/2023, lần 2: 15/4/2024'],
    ['20/02/2023\n15/04/2024'],
    ['20/02/2023 – đợt 2: 15/4/2024'],
    ['Giai đoạn 1: 20/02/2023; GĐ II: 15/4/2024'],
  ])('«%s» gives the first sending’s date', (cell) => {
    expect(firstSending(cell)).toEqual({ date: { y: 2023, m: 2, d: 20 } });
  });

  it('a cell giving only the addition’s date gives none', () => {
    expect(firstSending('15/4/2024 (bổ sung)')).toEqual({});
    expect(firstSending('Bổ sung ngày 15/4/2024')).toEqual({});
  });

  it('near misses are left to the one-date reading', () => {
    for (const text of [
      '20/02/2023',
      '15/4/2024',
      'KH số 12-KH/ĐU ngày 20/01/2023',
      '15/04/2024\n20/02/2023',
      '20/02/2023 - 15/04/2024',
      'Chưa nộp (đã nhắc ngày 20/01/2023)',
      'BSCKI 20/02/2023 15/04/2024',
      // A second sending of phase 1: a corrected list, not an addition.
      'Lần 1: 20/02/2023; lần 2: 27/02/2023',
      '20/02/2023\n27/02/2023',
      '27/02/2023 (bổ sung)',
    ])
      expect([text, firstSending(text)]).toEqual([text, undefined]);
    expect(firstOf('20/02/2023; bổ sung 15/4/2024', undefined)).toBeUndefined();
  });

  it('in a units list: the first sending is judged against the deadline, the addition is not', async () => {
    expect(
      await listDates([
        '20/02/2023; bổ sung 15/4/2024',
        '20/02/2023 (BS: 15/4/2024)',
        '15/4/2024 (bổ sung)',
        '28/2/2023; bổ sung 15/4/2024',
        '15/04/2024\n20/02/2023',
        '20/02/2023',
        'Lần 1: 20/02/2023; lần 2: 27/02/2023',
        '15/4/2024',
      ]),
    ).toEqual([
      ['20/2/2023', []],
      ['20/2/2023', []],
      [null, []],
      ['28/2/2023', ['REGISTRATION_LATE']],
      [null, ['INVALID_DATE']],
      ['20/2/2023', []],
      [null, ['INVALID_DATE']],
      // A year after the day of the check: no day it was sent (trial17b #11).
      ['15/4/2024', ['INVALID_DATE']],
    ]);
  });
});
