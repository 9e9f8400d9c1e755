/**
 * Trial 14 #3: a unit's list sent again under another file name or format — the Excel draft dated 20/02, then the
 * signed Word list dated 24/02, most rows the same, one withdrawn, one added — is no second list to add to the first:
 * the later by its date line replaces the earlier (one SHEET_SKIPPED info naming both files and dates), and the
 * withdrawn person is on no list. Near misses that must not change: complementary files (collectives in one, persons
 * in the other), a phase-1 list beside a «bổ sung» list, two lists that share no row or only half of their rows, two
 * lists of one date or undated, another unit's list.
 */
import { groupsOf } from '../../../src/domain/ceremony/consolidate';
import { selectEntries } from '../../../src/domain/ceremony/select-entries';
import type { WorkbookGrid } from '../../../src/domain/grid';
import type { Row } from '../../fixtures/workbooks';
import { Book, checkBooks, codes, oneSheet, unitsBook, wordList } from '../../fixtures/trial2-fixgroups-shapes';

const H: Row = ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Tóm tắt thành tích'];
const LETTERHEAD = (unit = 'ĐẢNG ỦY XÃ PHÚ HỮU') => ['ĐẢNG BỘ HUYỆN PHÚ TÂN', unit];
const TITLE = 'DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN';
const dateLine = (day: number, month = 2, year = 2023, place = 'Phú Hữu') => `${place}, ngày ${day} tháng ${String(month).padStart(2, '0')} năm ${year}`;

const CHI_BO: Row = ['', 'Chi bộ ấp Phú Lợi', '', 'Chi bộ ấp', 'Trong sạch vững mạnh'];
const SAU: Row = ['', 'Huỳnh Văn Sáu', 1965, 'Nông dân', 'Sản xuất giỏi'];
const TEO: Row = ['', 'Trần Văn Tèo', 1970, 'Trưởng ấp Phú Lợi', 'Vận động'];
const CHIN: Row = ['', 'Lê Văn Chín', 1968, 'Trưởng ấp Phú Lợi', 'Vận động'];
const MUOI: Row = ['', 'Nguyễn Thị Mười', 1980, 'Chi hội trưởng phụ nữ', 'Tiết kiệm'];
const BAY: Row = ['', 'Phạm Văn Bảy', 1975, 'Công an viên', 'An ninh'];

/** Rows under «I. TẬP THỂ» and «II. CÁ NHÂN», numbered. */
const grouped = (collectives: Row[], persons: Row[]): Row[] => [
  ...(collectives.length ? [['I', 'TẬP THỂ', '', '', ''] as Row, ...collectives.map((r, i): Row => [i + 1, ...r.slice(1)])] : []),
  ...(persons.length ? [['II', 'CÁ NHÂN', '', '', ''] as Row, ...persons.map((r, i): Row => [i + 1, ...r.slice(1)])] : []),
];

const workbook = (file: string, rows: Row[], date: string, unit?: string, title = TITLE): Book =>
  oneSheet(file, [...LETTERHEAD(unit).map((t): Row => [t]), [title], [], H, ...rows, [], [null, null, null, date]], 'Sheet1');
const word = (file: string, rows: Row[], date: string, unit?: string): Promise<WorkbookGrid> =>
  wordList(file, [...LETTERHEAD(unit), 'DANH SÁCH', 'đăng ký điển hình tiên tiến'], [H, ...rows], [date, 'T/M ĐẢNG ỦY', 'BÍ THƯ']);

async function outcome(books: (Book | WorkbookGrid)[], units = true) {
  const { read, report } = await checkBooks(units ? [unitsBook(), ...books] : books);
  const list = selectEntries(read, report.findings, groupsOf(report), read.profile.ceremonies[0]!);
  return {
    registered: report.quota.find((q) => q.unit === 'Đảng bộ xã Phú Hữu')?.registered,
    collectives: list.collectives.map((e) => e.name),
    individuals: list.individuals.map((e) => e.name).sort(),
    units: [...new Set([...list.collectives, ...list.individuals].flatMap((e) => e.units))],
    duplicates: codes(report, 'DUPLICATE').length,
    skipped: report.findings.filter((f) => f.code === 'SHEET_SKIPPED').map((f) => f.message),
  };
}

describe('a list sent again under another name or format: the later by its date line counts', () => {
  const draft = () => workbook('DS Phu Huu.xlsx', grouped([CHI_BO], [SAU, TEO]), dateLine(20));
  const signed = () => word('Phu Huu - ban ky.docx', grouped([CHI_BO], [SAU, CHIN]), dateLine(24));

  it('the Excel draft of 20/02, then the signed Word list of 24/02, read in either order', async () => {
    for (const order of [[draft(), await signed()], [await signed(), draft()]]) {
      const o = await outcome(order);
      expect(o).toMatchObject({ registered: 3, collectives: ['Chi bộ ấp Phú Lợi'], individuals: ['Huỳnh Văn Sáu', 'Lê Văn Chín'], duplicates: 0 });
      expect(o.skipped).toHaveLength(1);
      expect(o.skipped[0]).toContain('3 dòng của danh sách trong tệp DS Phu Huu.xlsx («Sheet1», ghi ngày 20/02/2023)');
      expect(o.skipped[0]).toContain('đã gửi lại danh sách trong tệp Phu Huu - ban ky.docx, ghi ngày 24/02/2023');
    }
  });

  it('two workbooks of other names, five rows, one withdrawn and one added, a birth year left out on one side', async () => {
    const first = workbook('phu-huu.xlsx', grouped([CHI_BO], [SAU, TEO, MUOI, BAY]), dateLine(15));
    const again = workbook('Phú Hữu chính thức.xlsx', grouped([CHI_BO], [['', 'Huỳnh Văn Sáu', '', 'Nông dân', 'x'], CHIN, MUOI, BAY]), dateLine(22));
    const o = await outcome([again, first]);
    expect(o).toMatchObject({ registered: 5, individuals: ['Huỳnh Văn Sáu', 'Lê Văn Chín', 'Nguyễn Thị Mười', 'Phạm Văn Bảy'], duplicates: 0 });
    expect(o.skipped[0]).toContain('phu-huu.xlsx');
    expect(o.skipped[0]).toContain('Phú Hữu chính thức.xlsx');
  });

  it('three versions, each dated: only the last counts', async () => {
    const o = await outcome([
      workbook('v-a.xlsx', grouped([CHI_BO], [SAU, TEO]), dateLine(16)),
      await word('v-c.docx', grouped([CHI_BO], [SAU, MUOI]), dateLine(24)),
      workbook('v-b.xlsx', grouped([CHI_BO], [SAU, CHIN]), dateLine(20)),
    ]);
    expect(o).toMatchObject({ registered: 3, individuals: ['Huỳnh Văn Sáu', 'Nguyễn Thị Mười'], duplicates: 0 });
    expect(o.skipped.every((m) => m.includes('v-c.docx'))).toBe(true);
  });

  it('without a units list: the unit its letterheads name, written as a clerk writes it', async () => {
    const o = await outcome([draft(), await signed()], false);
    expect(o).toMatchObject({ individuals: ['Huỳnh Văn Sáu', 'Lê Văn Chín'], units: ['Đảng ủy xã Phú Hữu'], duplicates: 0 });
    expect(o.skipped[0]).toContain('Đảng ủy xã Phú Hữu đã gửi lại danh sách trong tệp Phu Huu - ban ky.docx');
  });
});

describe('near misses: both lists count, as before', () => {
  it('collectives in one file, persons in another', async () => {
    const o = await outcome([workbook('tap-the.xlsx', grouped([CHI_BO, ['', 'Hội Nông dân xã Phú Hữu', '', '', 'x']], []), dateLine(20)), workbook('ca-nhan.xlsx', grouped([], [SAU, TEO]), dateLine(21))]);
    expect(o).toMatchObject({ registered: 4, collectives: ['Chi bộ ấp Phú Lợi', 'Hội Nông dân xã Phú Hữu'], individuals: ['Huỳnh Văn Sáu', 'Trần Văn Tèo'], skipped: [] });
  });

  it('a phase-1 list and a «bổ sung» list of 2024 naming one of its people again', async () => {
    const o = await outcome([
      workbook('phu-huu.xlsx', grouped([], [SAU, TEO]), dateLine(20)),
      workbook('phu-huu bo sung.xlsx', grouped([], [TEO, CHIN]), dateLine(10, 3, 2024), undefined, 'DANH SÁCH ĐĂNG KÝ BỔ SUNG ĐIỂN HÌNH TIÊN TIẾN'),
    ]);
    expect(o).toMatchObject({ registered: 2, individuals: ['Huỳnh Văn Sáu', 'Trần Văn Tèo'], skipped: [] });
  });

  it('two lists that share no row', async () => {
    const o = await outcome([workbook('a.xlsx', grouped([], [SAU, TEO]), dateLine(15)), workbook('b.xlsx', grouped([], [CHIN, MUOI]), dateLine(22))]);
    expect(o).toMatchObject({ registered: 4, skipped: [] });
  });

  it('two lists that share only half of their rows', async () => {
    const o = await outcome([workbook('a.xlsx', grouped([], [SAU, TEO, BAY, MUOI]), dateLine(15)), workbook('b.xlsx', grouped([], [SAU, TEO, CHIN, ['', 'Võ Văn Một', 1990, 'Dân quân', 'x']]), dateLine(22))]);
    expect(o).toMatchObject({ registered: 6, duplicates: 2, skipped: [] });
  });

  it('two lists of one date, or one undated: which came later is not told', async () => {
    for (const [a, b] of [[dateLine(20), dateLine(20)], [dateLine(20), '']]) {
      const o = await outcome([workbook('a.xlsx', grouped([CHI_BO], [SAU, TEO]), a as string), workbook('b.xlsx', grouped([CHI_BO], [SAU, CHIN]), b as string)]);
      expect(o).toMatchObject({ registered: 4, duplicates: 2, skipped: [] });
    }
  });

  it("another unit's list naming the same people", async () => {
    const o = await outcome([workbook('phu-huu.xlsx', grouped([], [SAU, TEO]), dateLine(15)), workbook('an-binh.xlsx', grouped([], [SAU, TEO, CHIN]), dateLine(22, 2, 2023, 'An Bình'), 'ĐẢNG ỦY XÃ AN BÌNH')]);
    expect(o).toMatchObject({ registered: 2, skipped: [] });
    expect(o.duplicates).toBeGreaterThan(0);
  });
});
