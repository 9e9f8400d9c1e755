/**
 * Trial 20b #8: README — «lỗi trong danh sách đơn vị của huyện và cài đặt «Cấu hình» không gửi cho đơn vị». A date the
 * district typed in its units list (unreadable, after the check's day, before the period, or beside the unit's own
 * later date lines) is the district's to correct, and stays in the check: no phiếu carries it. Near misses: what the
 * rules say of the unit on its row (a late list) and the unit's own cells (its date line, a birth year) still go to it.
 * Trial 20b #9: the quota row's «Vị trí» is never empty: the unit's files, else its list as a whole, else the list it
 * has still to send.
 */
import { feedbackSheets, feedbackText, unitsWithFindings } from '../../../src/domain/feedback/feedback-sheet';
import { unitsView } from '../../../src/domain/report/by-unit';
import { Book, checkBooks, oneSheet, person, PERSON_HEADER } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const AS_OF = { y: 2023, m: 3, d: 1 };
const D = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const PLAN = D(2022, 1, 10);
const HEAD: Row = ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', 'Ngày gửi kế hoạch', 'Ngày gửi danh sách'];

/** A commune's own list: two people (its quota), a date line when given. */
const ownList = (code: string, commune: string, line?: string, rows: Row[] = [person(1, `Lê Văn ${code}`), person(2, `Trần Thị ${code}`, 1972)]): Book =>
  oneSheet(`${code}.xlsx`, [[`ĐẢNG ỦY XÃ ${commune.toLocaleUpperCase('vi')}`], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], PERSON_HEADER, ...rows, [], ...(line ? [['', '', '', line]] : [])]);

const UNITS: [string, string, unknown, unknown, string?, Row[]?][] = [
  // The district's own typing.
  ['X01', 'An Bình', PLAN, '31/02/2023'],
  ['X02', 'Tân Lập', '15/13/2022', D(2023, 2, 20)],
  ['X03', 'Phú Hữu', PLAN, D(2024, 2, 20)],
  ['X04', 'Vĩnh Hội', PLAN, D(2019, 2, 20)],
  ['X05', 'Nhơn Hội', PLAN, D(2023, 2, 20), 'Nhơn Hội, ngày 28 tháng 02 năm 2023'],
  // Near misses: the unit's own cells, and what R4 says of it.
  ['X06', 'Khánh An', PLAN, null, 'Khánh An, ngày 30 tháng 02 năm 2023'],
  ['X07', 'Quốc Thái', PLAN, D(2023, 2, 20), undefined, [person(1, 'Lê Văn Bảy', '19a5' as unknown as number), person(2, 'Trần Thị Tám', 1972), person(3, 'Lê Văn Chín', 1973)]],
  ['X08', 'Đa Phước', PLAN, D(2023, 2, 27)],
];

async function phieu() {
  const units = oneSheet('don-vi.xlsx', [HEAD, ...UNITS.map(([code, commune, plan, list]) => [code, `Đảng bộ xã ${commune}`, 'Đảng bộ xã', plan, list] as Row)], 'Đơn vị');
  const { read, report } = await checkBooks([units, ...UNITS.map(([code, commune, , , line, rows]) => ownList(code, commune, line, rows))]);
  const sheets = feedbackSheets(read.profile, AS_OF, unitsWithFindings(unitsView(read, report, AS_OF), report.findings, read));
  const rowsOf = (commune: string) => {
    const cells = sheets.find((s) => s.unit === `Đảng bộ xã ${commune}`)?.sheet.cells;
    if (!cells) return undefined;
    const at = (row: number, col: number) => String(cells.find((c) => c.row === row && c.col === col)?.value ?? '');
    const rows = [...new Set(cells.filter((c) => c.row > 9 && c.col === 1 && typeof c.value === 'number').map((c) => c.row))];
    return rows.map((r) => [at(r, 2), at(r, 3)]);
  };
  return { report, rowsOf };
}

describe('the district’s own units list stays out of the phiếu (README)', () => {
  it.each([
    ['an unreadable list date', 'An Bình', /Ngày nộp danh sách «31\/02\/2023»|«31\/02\/2023»/],
    ['an unreadable plan date', 'Tân Lập', /«15\/13\/2022»/],
    ['a list date after the check’s day', 'Phú Hữu', /20\/02\/2024/],
    ['a list date before the period', 'Vĩnh Hội', /20\/02\/2019/],
    ['a list date on time beside the unit’s own late date line', 'Nhơn Hội', /ghi khác nhau/],
  ])('%s: reported by the check, sent to no unit', async (_, commune, said) => {
    const { report, rowsOf } = await phieu();
    const theirs = report.findings.filter((f) => f.unit === `Đảng bộ xã ${commune}`);
    expect(theirs.map((f) => f.code)).toEqual(['INVALID_DATE']);
    expect(theirs[0]?.message).toMatch(said);
    expect(theirs[0]?.file).toBe('don-vi.xlsx');
    expect(rowsOf(commune)).toBeUndefined();
  });

  it('near misses: the unit’s own date line and birth year, and its late list, still go to it', async () => {
    const { rowsOf } = await phieu();
    expect(rowsOf('Khánh An')).toEqual([['X06.xlsx, trang «DS», ô D7', expect.stringMatching(/^Ngày không đọc được: [^]*30 tháng 02/)]]);
    expect(rowsOf('Quốc Thái')).toEqual([['X07.xlsx, trang «DS», ô C4', expect.stringMatching(/^Năm sinh chưa đúng/)]]);
    expect(rowsOf('Đa Phước')).toEqual([[feedbackText.districtList, expect.stringMatching(/^Gửi danh sách trễ hạn: [^]*27\/02\/2023/)]]);
  });
});

describe('the quota row says where the unit can look (trial20b #9)', () => {
  const MASTER_HEAD: Row = ['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh', 'Chức vụ'];
  it.each([
    ['its rows in the district’s master: its list as a whole', 'Đảng bộ xã An Bình', feedbackText.wholeList],
    ['its own file: that file', 'Đảng bộ xã Tân Lập', 'X02.xlsx'],
    ['nothing sent: the list it has to send', 'Đảng bộ xã Phú Hữu', feedbackText.listNotSent],
  ])('%s', async (_, unit, place) => {
    const district: Book = {
      fileName: 'tong-hop.xlsx',
      sheets: [
        { name: 'Đơn vị', rows: [HEAD, ['X01', 'Đảng bộ xã An Bình', 'Đảng bộ xã', PLAN, D(2023, 2, 20)], ['X02', 'Đảng bộ xã Tân Lập', 'Đảng bộ xã', PLAN, D(2023, 2, 20)], ['X03', 'Đảng bộ xã Phú Hữu', 'Đảng bộ xã', PLAN, null]] },
        { name: 'Đăng ký', rows: [MASTER_HEAD, [1, 'Đảng bộ xã An Bình', 'Lê Văn Một', 1970, 'Hội viên']] },
      ],
    };
    const { read, report } = await checkBooks([district, ownList('X02', 'Tân Lập', undefined, [person(1, 'Lê Văn Hai')])]);
    const sheet = feedbackSheets(read.profile, AS_OF, unitsWithFindings(unitsView(read, report, AS_OF), report.findings, read)).find((s) => s.unit === unit)?.sheet;
    const cells = sheet?.cells ?? [];
    const quotaRow = cells.find((c) => c.col === 3 && String(c.value).startsWith('Chưa đủ chỉ tiêu'))?.row;
    expect(cells.find((c) => c.row === quotaRow && c.col === 2)?.value).toBe(place);
  });
});
