/**
 * Trial 17b #12: a unit whose list came with no date anywhere (no units-list date, no date line, no row date) is no
 * longer silently on time in `check`: the per-unit view (the pane) shows «Đã gửi, chưa rõ ngày», and the report's
 * summary (`undatedLists`, the JSON) and its text say the same units, with why. Near misses: a dated list, a unit
 * that sent nothing (REGISTRATION_MISSING), rows with their registration dates.
 */
import { unitsView } from '../../../src/domain/report/by-unit';
import { renderText } from '../../../src/domain/report/render-text';
import { buildReport } from '../../../src/domain/report/report';
import { Book, checkBooks, oneSheet } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const D = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const JUNE = { y: 2023, m: 6, d: 1 };

/** The units list: An Bình and Tân Lập, with a «Ngày gửi danh sách» column when `sent` gives its cells. */
const units = (sent?: [unknown, unknown]): Book =>
  oneSheet(
    'don-vi.xlsx',
    [
      ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', ...(sent ? ['Ngày gửi danh sách'] : [])],
      ['X01', 'Đảng bộ xã An Bình', 'Đảng bộ xã', ...(sent ? [sent[0]] : [])],
      ['X02', 'Đảng bộ xã Tân Lập', 'Đảng bộ xã', ...(sent ? [sent[1]] : [])],
    ] as Row[],
    'Đơn vị',
  );

const HEAD: Row = ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'];
const list = (file: string, unit: string, line?: string, rowDate?: Date): Book =>
  oneSheet(file, [
    [`ĐẢNG ỦY XÃ ${unit.toUpperCase()}`],
    ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'],
    rowDate ? [...HEAD, 'Ngày đăng ký'] : HEAD,
    [1, `Nguyễn Văn ${unit}`, 1970, 'Trưởng ấp 1', ...(rowDate ? [rowDate] : [])],
    [2, `Lê Văn ${unit}`, 1971, 'Trưởng ấp 2', ...(rowDate ? [rowDate] : [])],
    [],
    ...(line ? [['', '', '', line] as Row] : []),
  ]);

async function doors(books: Book[], asOf = JUNE) {
  const { read } = await checkBooks(books);
  const report = buildReport(read, asOf, books.length);
  const pane = unitsView(read, report, asOf)
    .units.filter((u) => u.timeliness === 'unknown')
    .map((u) => u.name)
    .sort();
  return { report, pane, json: (report.summary.undatedLists ?? []).map((u) => u.unit).sort(), text: renderText(report) };
}

describe('a list with no date anywhere, after the deadline: said in every door', () => {
  it('the text, the JSON and the per-unit view name the same unit, «Đã gửi, chưa rõ ngày»', async () => {
    const got = await doors([units(), list('an-binh.xlsx', 'An Bình'), list('tan-lap.xlsx', 'Tân Lập', 'Tân Lập, ngày 20 tháng 02 năm 2023')]);
    expect(got.pane).toEqual(['Đảng bộ xã An Bình']);
    expect(got.json).toEqual(got.pane);
    expect(got.report.summary.undatedLists).toEqual([{ unit: 'Đảng bộ xã An Bình', unitCode: 'X01', why: 'no-date' }]);
    expect(got.text).toContain('Đảng bộ xã An Bình (X01): Đã gửi, chưa rõ ngày — danh sách đơn vị chưa ghi ngày gửi');
    expect(got.text).not.toContain('Đảng bộ xã Tân Lập (X02): Đã gửi');
  });

  it('a units list that notes «Đã nộp» without a day: said as such', async () => {
    const got = await doors([units(['Đã nộp', D(2023, 2, 20)]), list('an-binh.xlsx', 'An Bình'), list('tan-lap.xlsx', 'Tân Lập')]);
    expect(got.report.summary.undatedLists).toEqual([{ unit: 'Đảng bộ xã An Bình', unitCode: 'X01', why: 'noted' }]);
    expect(got.json).toEqual(got.pane);
    expect(got.text).toContain('ghi đã nộp nhưng không ghi ngày');
  });

  it('a units-list date after the as-of date: the INVALID_DATE is pointed to', async () => {
    const got = await doors([units([D(2023, 7, 1), D(2023, 2, 20)]), list('an-binh.xlsx', 'An Bình'), list('tan-lap.xlsx', 'Tân Lập')]);
    expect(got.report.summary.undatedLists).toEqual([{ unit: 'Đảng bộ xã An Bình', unitCode: 'X01', why: 'ahead' }]);
    expect(got.json).toEqual(got.pane);
  });
});

describe('near misses: nothing said', () => {
  it('dated lists, by the units list, a date line or the rows’ dates', async () => {
    const got = await doors([units([D(2023, 2, 20), undefined]), list('an-binh.xlsx', 'An Bình'), list('tan-lap.xlsx', 'Tân Lập', undefined, D(2023, 2, 15))]);
    expect(got.report.summary.undatedLists).toBeUndefined();
    expect(got.pane).toEqual([]);
    expect(got.text).not.toContain('chưa rõ ngày');
  });

  it('a unit that sent nothing is REGISTRATION_MISSING, not «đã gửi»', async () => {
    const got = await doors([units(), list('tan-lap.xlsx', 'Tân Lập', 'Tân Lập, ngày 20 tháng 02 năm 2023')]);
    expect(got.report.summary.undatedLists).toBeUndefined();
    expect(got.report.findings.filter((f) => f.code === 'REGISTRATION_MISSING').map((f) => f.unit)).toEqual(['Đảng bộ xã An Bình']);
  });
});
