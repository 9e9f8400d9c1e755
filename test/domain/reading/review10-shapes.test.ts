/**
 * Review 10 of c843d24..3e4b1de (R1–R13, N1, N2): shapes the reviewed build read wrong and the build before read right
 * (or, for N1/N2, the answer the review says is right). A list's date line under its addition, what a unit types under
 * its signed list (past awards, a plan, a copy, a proposal list, an appendix, a reserve), name and proposal columns
 * beside others, a later list's own unit and kind, a units list's second table. R6 is in proposer-column.test.ts.
 */
import { groupsOf } from '../../../src/domain/ceremony/consolidate';
import { checksFor, selectEntries, Selection } from '../../../src/domain/ceremony/select-entries';
import type { CalendarDate } from '../../../src/domain/dates';
import type { ReadResult } from '../../../src/domain/records';
import { buildReport, Report } from '../../../src/domain/report/report';
import { Book, byName, checkBooks, codes, oneSheet, unitsBook, unitsByName, wordList } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const UNITS: Row[] = [
  ['STT', 'Tên đơn vị', 'Loại đơn vị'],
  [1, 'Đảng bộ xã An Bình', 'Xã'],
  [2, 'Đảng bộ xã Tân Lập', 'Xã'],
  [3, 'Hội Nông dân huyện', 'Hội'],
  [4, 'Chi bộ Trường THCS An Bình', 'Chi bộ'],
];
const AB = 'Đảng bộ xã An Bình';
const TL = 'Đảng bộ xã Tân Lập';
const TITLE = 'DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN 2021 - 2025';
const HEAD = (title = TITLE): Row[] => [['ĐẢNG BỘ HUYỆN X', '', '', 'ĐẢNG CỘNG SẢN VIỆT NAM'], ['ĐẢNG ỦY XÃ AN BÌNH'], [], [title], []];
const ON_TIME = 'An Bình, ngày 20 tháng 02 năm 2023';
const LATE = 'An Bình, ngày 27 tháng 02 năm 2023';
const SIGN = (date = ON_TIME): Row[] => [
  [],
  ['', '', '', date],
  ['Nơi nhận:', '', '', 'T/M ĐẢNG ỦY'],
  ['- Ban Tuyên giáo Huyện ủy,', '', '', 'BÍ THƯ'],
  ['- Lưu VP.'],
  [],
  ['', '', '', 'Trần Văn Ba'],
];
const H: Row = ['STT', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Chức vụ, đơn vị công tác', 'Thành tích nổi bật'];
const HUNG: Row = [1, 'Nguyễn Văn Hùng', 1970, 'Bí thư Chi bộ ấp 3', 'Hoàn thành xuất sắc nhiệm vụ'];
const MAI: Row = [2, 'Lê Thị Mai', 1982, 'Chủ tịch Hội LHPN xã', 'Hoàn thành xuất sắc nhiệm vụ'];
const TU: Row = [3, 'Trần Văn Tư', 1962, 'Nông dân ấp 1', 'Sản xuất kinh doanh giỏi'];
const P: Row[] = [HUNG, MAI, TU];
const THREE = ['Nguyễn Văn Hùng', 'Lê Thị Mai', 'Trần Văn Tư'];

interface Checked {
  read: ReadResult;
  report: Report;
  lists: Record<string, Selection>;
}

/** Every book read and checked as of `asOf`, with each ceremony's list, as the CLI does. */
async function check(books: Parameters<typeof checkBooks>[0], asOf: CalendarDate = { y: 2023, m: 3, d: 1 }): Promise<Checked> {
  const { read } = await checkBooks(books);
  const report = buildReport(read, asOf, 1);
  const lists: Record<string, Selection> = {};
  for (const c of read.profile.ceremonies) lists[c.id] = selectEntries(read, report.findings, groupsOf(report), c);
  return { read, report, lists };
}

/** The units list and An Bình's file of one sheet. */
const unitFile = (rows: Row[], edit?: Book['sheets'][number]['edit']): Book[] => [unitsBook(UNITS), oneSheet('an-binh.xlsx', rows, 'Đăng ký', edit)];
const names = (read: ReadResult): string[] => read.registrations.map((r) => r.name);
/** A person on a ceremony's list, by name. */
const entry = (c: Checked, ceremony: string, name: string) => c.lists[ceremony]?.individuals.find((e) => e.name === name);
const quota = (c: Checked, unit = AB) => c.report.quota.find((q) => q.unit === unit)?.registered;

describe('R1: one date line under a list\'s addition dates the list too', () => {
  it.each<[string, Row[]]>([
    ['«DANH SÁCH BỔ SUNG» + header', [[], ['DANH SÁCH BỔ SUNG'], H, [1, 'Võ Thị Sáu', 1990, 'Bí thư Đoàn xã', 'Xuất sắc']]],
    ...['II. ĐĂNG KÝ BỔ SUNG', 'DANH SÁCH ĐĂNG KÝ BỔ SUNG', 'Bổ sung'].map((s): [string, Row[]] => [`section «${s}» + header`, [[s], H, [1, 'Võ Thị Sáu', 1990, 'Bí thư Đoàn xã', 'Xuất sắc']]]),
  ])('%s, late: REGISTRATION_LATE stays; on time: none', async (_label, addition) => {
    const late = await check(unitFile([...HEAD(), H, ...P, ...addition, ...SIGN(LATE)]));
    expect(names(late.read)).toEqual([...THREE, 'Võ Thị Sáu']);
    expect(codes(late.report, 'REGISTRATION_LATE')).toEqual(['REGISTRATION_LATE']);
    const onTime = await check(unitFile([...HEAD(), H, ...P, ...addition, ...SIGN(ON_TIME)]));
    expect(codes(onTime.report, 'REGISTRATION_LATE')).toEqual([]);
  });
});

describe('R2, R3, R8: a «DANH SÁCH …» under a signed list that registers no one is not read', () => {
  const PLAN_HEAD: Row = ['STT', 'Họ và tên / Tên tập thể', 'Chức vụ, đơn vị công tác', 'Nội dung bồi dưỡng', 'Thời gian', 'Người phụ trách'];
  it.each<[string, Row[]]>([
    [
      'R2 past awards',
      [['DANH SÁCH CÁ NHÂN ĐÃ ĐƯỢC KHEN THƯỞNG GIAI ĐOẠN 2016 - 2020'], H, [1, 'Nguyễn Văn Hùng', 1970, 'Bí thư Chi bộ ấp 3', 'Giấy khen 2019'], [2, 'Phạm Văn Năm', 1975, 'Trưởng ấp 2', 'Giấy khen 2018']],
    ],
    [
      'R2 nurture plan',
      [
        ['DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN VÀ NỘI DUNG XÂY DỰNG, BỒI DƯỠNG'],
        PLAN_HEAD,
        [1, 'Nguyễn Văn Hùng', 'Bí thư Chi bộ ấp 3', 'Nhân rộng mô hình dân vận khéo', 'Năm 2023 - 2024', 'Đ/c Phó Bí thư'],
        [2, 'Lê Thị Mai', 'Chủ tịch Hội LHPN xã', 'Vận động phụ nữ', '2023 - 2025', 'Đ/c Bí thư'],
      ],
    ],
    ['R3 a second copy', [[], ...HEAD(), H, ...P, ...SIGN(LATE)]],
    [
      'R8 a proposal list',
      [
        ['DANH SÁCH ĐỀ NGHỊ BIỂU DƯƠNG, KHEN THƯỞNG NĂM 2023'],
        ['STT', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Chức vụ, đơn vị công tác', 'Hình thức đề nghị'],
        [1, 'Nguyễn Văn Hùng', 1970, 'Bí thư Chi bộ ấp 3', 'Giấy khen'],
        [2, 'Lê Thị Mai', 1982, 'Chủ tịch Hội LHPN xã', 'Thư biểu dương'],
        ...SIGN('An Bình, ngày 10 tháng 4 năm 2023'),
      ],
    ],
  ])('%s: three registrations, no DUPLICATE, the list unchanged', async (_label, below) => {
    const c = await check(unitFile([...HEAD(), H, ...P, ...SIGN(LATE), [], ...below]));
    expect(names(c.read)).toEqual(THREE);
    expect(codes(c.report, 'DUPLICATE', 'UNIT_CONFLICT')).toEqual([]);
    expect(quota(c)).toBe(3);
    expect(c.lists['2023']?.individuals.map((e) => e.name)).toEqual(THREE);
    expect(entry(c, '2023', 'Nguyễn Văn Hùng')?.achievements).toBe('Hoàn thành xuất sắc nhiệm vụ');
  });

  it('near miss: an addition titled so under the signed list is read', async () => {
    const below: Row[] = [['DANH SÁCH ĐĂNG KÝ BỔ SUNG ĐIỂN HÌNH TIÊN TIẾN NĂM 2024'], H, [1, 'Võ Thị Sáu', 1990, 'Bí thư Đoàn xã', 'Xuất sắc']];
    const c = await check(unitFile([...HEAD(), H, ...P, ...SIGN(LATE), [], ...below]));
    expect(names(c.read)).toEqual([...THREE, 'Võ Thị Sáu']);
  });

  it('R8 in a master with a unit column: no DUPLICATE, no UNIT_CONFLICT', async () => {
    const HU: Row = ['STT', 'Đơn vị đề xuất', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Chức vụ, đơn vị công tác'];
    const rows: Row[] = [
      ['DANH SÁCH TỔNG HỢP ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN 2021 - 2025'],
      [],
      HU,
      [1, AB, 'Nguyễn Văn Hùng', 1970, 'Bí thư Chi bộ ấp 3'],
      [2, AB, 'Lê Thị Mai', 1982, 'Chủ tịch Hội LHPN xã'],
      [3, TL, 'Trần Văn Tư', 1962, 'Nông dân ấp 1'],
      [4, TL, 'Võ Thị Sáu', 1990, 'Bí thư Đoàn xã'],
      ...SIGN('X, ngày 20 tháng 02 năm 2023'),
      [],
      ['DANH SÁCH ĐỀ NGHỊ BIỂU DƯƠNG, KHEN THƯỞNG NĂM 2023'],
      HU,
      [1, AB, 'Nguyễn Văn Hùng', 1970, 'Bí thư Chi bộ ấp 3'],
      [2, TL, 'Trần Văn Tư', 1962, 'Nông dân ấp 1'],
    ];
    const c = await check([unitsBook(UNITS), oneSheet('tong-hop.xlsx', rows, 'Đăng ký')]);
    expect(codes(c.report, 'DUPLICATE', 'UNIT_CONFLICT')).toEqual([]);
    expect([quota(c), quota(c, TL)]).toEqual([2, 2]);
  });
});

describe('R4: a whole-name column beside name parts', () => {
  const PARTS: Row = ['STT', 'Họ và tên / Tên tập thể', 'Họ đệm', 'Tên', 'Năm sinh', 'Chức vụ, đơn vị công tác'];

  it('blank «Họ đệm | Tên»: every name read from the whole-name column', async () => {
    const rows: Row[] = [PARTS, [1, 'Nguyễn Văn Hùng', '', '', 1970, 'Bí thư Chi bộ ấp 3'], [2, 'Lê Thị Mai', '', '', 1982, 'Chủ tịch Hội LHPN xã'], [3, 'Trần Văn Tư', '', '', 1962, 'Nông dân ấp 1']];
    const c = await check(unitFile([...HEAD(), ...rows, ...SIGN()]));
    expect(names(c.read)).toEqual(THREE);
    expect(codes(c.report, 'MISSING_VALUE')).toEqual([]);
    expect(quota(c)).toBe(3);
    expect(c.lists['2023']?.individuals.map((e) => e.name)).toEqual(THREE);
  });

  it('hidden parts filled by formulas for persons, blank for a collective: the collective read too', async () => {
    const rows: Row[] = [
      PARTS,
      [1, 'Nguyễn Văn Hùng', { formula: 'LEFT(B7,LEN(B7)-LEN(D7)-1)', result: 'Nguyễn Văn' }, { formula: 'TRIM(RIGHT(SUBSTITUTE(B7," ",REPT(" ",50)),50))', result: 'Hùng' }, 1970, 'Bí thư Chi bộ ấp 3'],
      [2, 'Chi bộ ấp 3', '', '', '', 'xã An Bình'],
      [3, 'Lê Thị Mai', 'Lê Thị', 'Mai', 1982, 'Chủ tịch Hội LHPN xã'],
    ];
    const c = await check(
      unitFile([...HEAD(), ...rows, ...SIGN()], (ws) => {
        ws.getColumn(3).hidden = true;
        ws.getColumn(4).hidden = true;
      }),
    );
    expect(names(c.read)).toEqual(['Nguyễn Văn Hùng', 'Chi bộ ấp 3', 'Lê Thị Mai']);
    expect(byName(c.read, 'Chi bộ ấp 3')?.kind).toBe('collective');
    expect(codes(c.report, 'MISSING_VALUE')).toEqual([]);
    expect(c.lists['2023']?.collectives.map((e) => e.name)).toEqual(['Chi bộ ấp 3']);
  });
});

/** An Bình's list of three whose proposal column is headed `header`, holding `cells`. */
const proposalList = (header: string, cells: [string, string, string]) =>
  check(unitFile([...HEAD(), [...H.slice(0, 4), header], ...P.map((p, i): Row => [...p.slice(0, 4), cells[i]]), ...SIGN()]));

describe('R5, R12: a proposal column naming a period, a plan, one dated form, or «đã được …» stays the proposal column', () => {
  const GK = 'Giấy khen của Ban Thường vụ Huyện ủy';
  it.each<[string, [string, string, string], [string, string]]>([
    ['Hình thức khen thưởng', ['Thư biểu dương giai đoạn 2021 - 2023', 'Giấy khen giai đoạn 2021 - 2023', 'Không'], ['Thư biểu dương giai đoạn 2021 - 2023', 'Giấy khen giai đoạn 2021 - 2023']],
    ['Hình thức', ['Thư biểu dương', 'Thư biểu dương (theo KH 15-KH/HU năm 2021)', 'Không'], ['Thư biểu dương', 'Thư biểu dương (theo KH 15-KH/HU năm 2021)']],
    ['Hình thức khen thưởng', ['Thư biểu dương', 'Giấy khen (lần 2, lần 1 năm 2021)', 'Không'], ['Thư biểu dương', 'Giấy khen (lần 2, lần 1 năm 2021)']],
    ['Hình thức khen thưởng', ['Giấy khen năm 2022', 'Giấy khen', 'Không'], ['Giấy khen năm 2022', GK]],
    ['Hình thức đề nghị (đã được cấp ủy thống nhất)', ['Thư biểu dương', 'Giấy khen', 'Không'], ['Thư biểu dương', GK]],
  ])('«%s» %j: the forms printed, «Không» declined', async (header, cells, awards) => {
    const c = await proposalList(header, cells);
    expect(c.read.registrations.map((r) => [r.proposal, r.proposed])).toEqual([[cells[0], true], [cells[1], true], [undefined, false]]);
    expect(c.lists['2023']?.individuals.map((e) => e.award)).toEqual([...awards, '']);
    // Said beside the list (its notes sheet), not on the list to be signed.
    const tu = entry(c, '2023', 'Trần Văn Tư');
    expect(tu && checksFor(c.lists['2023'] as Selection, tu).join(' ')).toContain('«Không»');
    expect(c.lists['2025']?.individuals.map((e) => e.name)).toEqual(THREE.slice(0, 2));
  });

  it('near miss: every cell an award of a past year is no proposal column', async () => {
    const c = await proposalList('Hình thức khen thưởng', ['Giấy khen năm 2020', 'Giấy khen năm 2021', 'Bằng khen năm 2019']);
    expect(c.read.registrations.map((r) => r.proposed)).toEqual([undefined, undefined, undefined]);
  });
});

describe('R7: a «Không» in a proposal header\'s second sub-column does not cancel the first', () => {
  const twoLevel = (parent: string, subs: [string, string], cells: [string, string][]) => {
    const rows: Row[] = [[...H.slice(0, 4), parent, ''], ['', '', '', '', ...subs], ...P.map((p, i): Row => [...p.slice(0, 4), ...(cells[i] ?? [])])];
    return check(
      unitFile([...HEAD(), ...rows, ...SIGN()], (ws) => {
        for (const col of ['A', 'B', 'C', 'D']) ws.mergeCells(`${col}6:${col}7`);
        ws.mergeCells('E6:F6');
      }),
    );
  };

  it('«Đề nghị biểu dương» over «Năm 2023 | Năm 2025»: «Có | Không» is on the 2023 list with a form', async () => {
    const c = await twoLevel('Đề nghị biểu dương', ['Năm 2023', 'Năm 2025'], [['x', ''], ['Có', 'Không'], ['Không', 'Có']]);
    expect(c.read.registrations.map((r) => r.proposed)).toEqual([true, true, false]);
    const mai = entry(c, '2023', 'Lê Thị Mai');
    // No award of its own: the ceremony's form is printed; '' would be a declined row.
    expect(mai?.award).toBeUndefined();
    expect(mai?.note ?? '').not.toContain('«Không»');
  });

  it('«Đề nghị khen thưởng» over «Cấp huyện | Cấp tỉnh»: «Giấy khen | Không» is proposed on both lists', async () => {
    const c = await twoLevel('Đề nghị khen thưởng', ['Cấp huyện', 'Cấp tỉnh'], [['Giấy khen', 'Không'], ['Giấy khen', 'Bằng khen'], ['Giấy khen', '']]);
    expect(byName(c.read, 'Nguyễn Văn Hùng')?.proposed).toBe(true);
    expect(entry(c, '2023', 'Nguyễn Văn Hùng')?.note ?? '').not.toContain('«Không»');
    expect(c.lists['2025']?.individuals.map((e) => e.name)).toContain('Nguyễn Văn Hùng');
  });
});

describe('R9: an unnumbered «Cộng đoàn …» collective is read, not taken for a total', () => {
  const HG: Row = ['STT', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Chức vụ, đơn vị công tác', 'Thành tích'];
  const T: Row[] = [['DANH SÁCH TỔNG HỢP ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN 2021 - 2025'], []];
  it.each<[string, Row[]]>([
    [
      'under a unit group row',
      [
        ...T,
        HG,
        ['I', AB],
        ['', 'Cộng đoàn Mến Thánh Giá An Bình'],
        ['', 'Chi bộ ấp 3', '', 'xã An Bình'],
        [1, 'Nguyễn Văn Hùng', 1970, 'Bí thư Chi bộ ấp 3', 'Xuất sắc'],
        ['II', TL],
        ['', 'Cộng đồng dân cư ấp 2', '', ''],
        [1, 'Trần Văn Tư', 1962, 'Nông dân ấp 1', 'Giỏi'],
      ],
    ],
    [
      'with a unit column and no STT column',
      [
        ...T,
        ['Đơn vị đề xuất', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Chức vụ, đơn vị công tác'],
        [AB, 'Nguyễn Văn Hùng', 1970, 'Bí thư Chi bộ ấp 3'],
        [AB, 'Cộng đoàn Mến Thánh Giá An Bình'],
        [TL, 'Trần Văn Tư', 1962, 'Nông dân ấp 1'],
      ],
    ],
  ])('%s', async (_label, rows) => {
    const { read } = await check([unitsBook(UNITS), oneSheet('tong-hop.xlsx', rows, 'Đăng ký')]);
    expect(unitsByName(read)['Cộng đoàn Mến Thánh Giá An Bình']).toBe(AB);
    expect(unitsByName(read)['Trần Văn Tư']).toBe(TL);
  });
});

describe('R10: an appendix or a reserve under a unit\'s signature is not read, the signer\'s name is no row', () => {
  const SIGNED: Row[] = [[], ['', '', '', ON_TIME], ['', '', '', 'T/M ĐẢNG ỦY'], ['', '', '', 'BÍ THƯ'], ['', '', '', 'Trần Văn Ba'], []];
  it.each<[string, Row[]]>([
    [
      'an appendix of summaries',
      [
        ['PHỤ LỤC: TÓM TẮT THÀNH TÍCH'],
        ['I', 'CÁ NHÂN'],
        [1, 'Nguyễn Văn Hùng', '', 'Bí thư Chi bộ ấp 3', 'Đồng chí có 10 năm làm Bí thư chi bộ, chi bộ đạt trong sạch vững mạnh tiêu biểu'],
        [2, 'Lê Thị Mai', '', '', 'Vận động phụ nữ giúp nhau thoát nghèo'],
      ],
    ],
    ['a reserve numbered on', [['Ghi chú: danh sách dự phòng (nếu đơn vị trên không đủ điều kiện):'], [4, 'Phạm Văn Năm', 1975, 'Trưởng ấp 2', 'Hoàn thành tốt nhiệm vụ']]],
  ])('%s', async (_label, below) => {
    const c = await check(unitFile([...HEAD(), H, ...P, ...SIGNED, ...below]));
    expect(names(c.read)).toEqual(THREE);
    expect(codes(c.report, 'MISSING_VALUE', 'DUPLICATE')).toEqual([]);
    expect(quota(c)).toBe(3);
    expect(entry(c, '2023', 'Nguyễn Văn Hùng')?.achievements).toBe('Hoàn thành xuất sắc nhiệm vụ');
  });
});

describe('R11: a list\'s addition or a phase section with the header again keeps its unit', () => {
  const CB = [1, 'Chi bộ Trường THCS An Bình', '', 'xã An Bình', 'Trong sạch vững mạnh'];
  const ADDED: Row[] = [[1, 'Trần Văn Tư', 1962, 'Nông dân ấp 1', 'Giỏi'], [2, 'Lê Thị Mai', 1982, 'Chủ tịch Hội LHPN xã', 'Xuất sắc']];
  const EXPECTED = { 'Chi bộ Trường THCS An Bình': AB, 'Nguyễn Văn Hùng': AB, 'Trần Văn Tư': AB, 'Lê Thị Mai': AB };

  it('a sheet: a collective named like a unit above «II. ĐĂNG KÝ BỔ SUNG» does not take the added rows', async () => {
    const rows: Row[] = [...HEAD(), H, CB, [2, 'Nguyễn Văn Hùng', 1970, 'Bí thư Chi bộ ấp 3', 'Xuất sắc'], ['II. ĐĂNG KÝ BỔ SUNG'], H, ...ADDED, ...SIGN()];
    const c = await check(unitFile(rows));
    expect(unitsByName(c.read)).toEqual(EXPECTED);
    expect(codes(c.report, 'UNIT_CONFLICT')).toEqual([]);
  });

  it('one Word table: the same', async () => {
    const table: Row[] = [H, CB, [2, 'Nguyễn Văn Hùng', 1970, 'Bí thư Chi bộ ấp 3', 'Xuất sắc'], ['II. ĐĂNG KÝ BỔ SUNG', '', '', '', ''], H, ...ADDED];
    const doc = await wordList('an-binh.docx', ['ĐẢNG ỦY XÃ AN BÌNH', TITLE], table, [LATE, 'T/M ĐẢNG ỦY']);
    const c = await check([unitsBook(UNITS), doc]);
    expect(unitsByName(c.read)).toEqual(EXPECTED);
  });

  it.each(['b) Bổ sung giai đoạn 2 (2023 - 2025)', 'II. BỔ SUNG'])('a 2025 master, «%s» + header inside a unit: no UNIT_CONFLICT', async (section) => {
    const HG: Row = ['STT', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Chức vụ, đơn vị công tác', 'Thành tích'];
    const rows: Row[] = [
      ['DANH SÁCH TỔNG HỢP ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN 2021 - 2025'],
      [],
      HG,
      ['I', AB],
      ['', 'a) Giai đoạn 1 (2021 - 2023)'],
      [1, 'Nguyễn Văn Hùng', 1970, 'Bí thư Chi bộ ấp 3', 'Xuất sắc'],
      [2, 'Lê Thị Mai', 1982, 'Chủ tịch Hội LHPN xã', 'Xuất sắc'],
      ['', section],
      HG,
      [3, 'Phạm Văn Năm', 1975, 'Trưởng ấp 2', 'Xuất sắc'],
      ['II', TL],
      [1, 'Trần Văn Tư', 1962, 'Nông dân ấp 1', 'Giỏi'],
      [2, 'Võ Thị Sáu', 1990, 'Bí thư Đoàn xã', 'Xuất sắc'],
      ...SIGN('X, ngày 20 tháng 3 năm 2025'),
    ];
    const c = await check([unitsBook(UNITS), oneSheet('tong-hop.xlsx', rows, 'Đăng ký')], { y: 2025, m: 4, d: 1 });
    expect(codes(c.report, 'UNIT_CONFLICT')).toEqual([]);
    expect(unitsByName(c.read)).toEqual({ 'Nguyễn Văn Hùng': AB, 'Lê Thị Mai': AB, 'Phạm Văn Năm': AB, 'Trần Văn Tư': TL, 'Võ Thị Sáu': TL });
  });
});

describe('R13: a titled table under a signed units list', () => {
  const UH: Row = ['STT', 'Tên đơn vị', 'Loại đơn vị', 'Ngày gửi danh sách'];
  const MAIN: Row[] = [
    ['BAN TUYÊN GIÁO HUYỆN ỦY X'],
    ['DANH SÁCH ĐƠN VỊ THỰC HIỆN ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'],
    [],
    UH,
    [1, AB, 'Xã', '20/02/2023'],
    [2, TL, 'Xã', ''],
    [3, 'Hội Nông dân huyện', 'Hội', '22/02/2023'],
    [4, 'Chi bộ Trường THCS An Bình', 'Chi bộ', ''],
    [],
    ['', '', 'X, ngày 01 tháng 3 năm 2023'],
    ['', '', 'NGƯỜI LẬP'],
    [],
    ['', '', 'Nguyễn Thị Lập'],
    [],
  ];
  it.each<[string, Row[]]>([
    ['of dissolved, merged units', [['DANH SÁCH ĐƠN VỊ ĐÃ GIẢI THỂ, SÁP NHẬP (không giao chỉ tiêu)'], UH, [1, 'Đảng bộ xã Bình Minh', 'Xã', ''], [2, 'Chi bộ Trường Tiểu học Bình Minh', 'Chi bộ', '']]],
    ['of units not sent (near miss)', [['DANH SÁCH ĐƠN VỊ CHƯA GỬI DANH SÁCH ĐĂNG KÝ'], UH, [1, TL, 'Xã', ''], [2, 'Chi bộ Trường THCS An Bình', 'Chi bộ', '']]],
  ])('%s adds no units', async (_label, below) => {
    const list: Row[] = [...HEAD(), ['STT', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Chức vụ, đơn vị công tác'], [1, 'Nguyễn Văn Hùng', 1970, 'Bí thư Chi bộ ấp 3'], ...SIGN()];
    const c = await check([unitsBook([...MAIN, ...below]), oneSheet('an-binh.xlsx', list, 'Đăng ký')]);
    expect(c.read.units.map((u) => u.name)).toEqual([AB, TL, 'Hội Nông dân huyện', 'Chi bộ Trường THCS An Bình']);
    expect(c.report.quota.map((q) => q.unit)).not.toContain('Đảng bộ xã Bình Minh');
  });
});

describe('N1: a unit\'s date line and signature pasted between units\' rows of a master', () => {
  it('the next unit\'s rows are read, the signer\'s name is no row', async () => {
    const rows: Row[] = [
      ['DANH SÁCH TỔNG HỢP ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN 2021 - 2025'],
      [],
      ['STT', 'Đơn vị đề xuất', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Chức vụ, đơn vị công tác'],
      [1, AB, 'Nguyễn Văn Hùng', 1970, 'Bí thư Chi bộ ấp 3'],
      [2, AB, 'Lê Thị Mai', 1982, 'Chủ tịch Hội LHPN xã'],
      ['', '', '', '', ON_TIME],
      ['', '', '', '', 'T/M ĐẢNG ỦY'],
      ['', '', '', '', 'BÍ THƯ'],
      ['', '', '', '', 'Trần Văn Ba'],
      [3, TL, 'Trần Văn Tư', 1962, 'Nông dân ấp 1'],
      [4, TL, 'Võ Thị Sáu', 1990, 'Bí thư Đoàn xã'],
    ];
    const c = await check([unitsBook(UNITS), oneSheet('tong-hop.xlsx', rows, 'Đăng ký')]);
    expect(unitsByName(c.read)).toEqual({ 'Nguyễn Văn Hùng': AB, 'Lê Thị Mai': AB, 'Trần Văn Tư': TL, 'Võ Thị Sáu': TL });
    expect(codes(c.report, 'MISSING_VALUE')).toEqual([]);
  });
});

describe('N2: «DANH SÁCH CÁ NHÂN ĐĂNG KÝ» under «DANH SÁCH TẬP THỂ ĐĂNG KÝ», each closed by a note', () => {
  it('«Danh sách có 0n …./.» under each: the persons read as individuals', async () => {
    const rows: Row[] = [
      ...HEAD(),
      ['DANH SÁCH TẬP THỂ ĐĂNG KÝ'],
      H,
      [1, 'Chi bộ ấp 3', '', 'Chi bộ ấp 3, xã An Bình', 'Trong sạch vững mạnh'],
      [2, 'Hội Nông dân xã An Bình', '', 'xã An Bình', 'Vững mạnh'],
      ['', 'Danh sách có 02 tập thể./.'],
      [],
      ['DANH SÁCH CÁ NHÂN ĐĂNG KÝ'],
      H,
      ...P,
      ['', 'Danh sách có 03 cá nhân./.'],
      ...SIGN(LATE),
    ];
    const c = await check(unitFile(rows));
    expect(c.read.registrations.map((r) => [r.name, r.kind])).toEqual([
      ['Chi bộ ấp 3', 'collective'],
      ['Hội Nông dân xã An Bình', 'collective'],
      ...THREE.map((n) => [n, 'individual']),
    ]);
    expect(codes(c.report, 'SUBJECT_KIND_MISMATCH')).toEqual([]);
    expect(c.lists['2023']?.moved).toEqual([]);
  });
});
