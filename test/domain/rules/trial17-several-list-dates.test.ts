/**
 * Trial 17b #8: a unit's list that writes several dates (a draft line above the signed one, «Ngày gửi: …» under the
 * title beside the signature's date) is judged on the right one, and the other is named when they straddle the
 * deadline: a «Ngày gửi» date decides (the guideline: "gửi về … trước ngày"), else the signature's (the last date line
 * under the table). A late list names its on-time date (REGISTRATION_LATE); an on-time one whose other date is late is
 * an INVALID_DATE naming both. Near misses: one date line, two equal dates, two dates on one side, a cited document's
 * date.
 */
import type { WorkbookGrid } from '../../../src/domain/grid';
import { Book, checkBooks, oneSheet, wordList } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const units = (): Book =>
  oneSheet('don-vi.xlsx', [['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'], ['X01', 'Đảng bộ xã An Bình', 'Đảng bộ xã'], ['DT', 'Huyện đoàn', 'Đoàn thể huyện']], 'Đơn vị');

const TITLE = ['ĐẢNG ỦY XÃ AN BÌNH', 'DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'];
const HEAD: Row = ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'];
const ROWS: Row[] = [
  [1, 'Nguyễn Văn An', 1970, 'Trưởng ấp 1'],
  [2, 'Lê Văn Bình', 1971, 'Trưởng ấp 2'],
];
const line = (d: number) => `An Bình, ngày ${d} tháng 02 năm 2023`;

/** An Bình's list: `above` under its title, `below` under the table (column D), with the signature. */
const sheet = (above: string[], below: string[]): Book =>
  oneSheet('an-binh.xlsx', [...[...TITLE, ...above].map((t): Row => [t]), HEAD, ...ROWS, [], ...below.map((t): Row => ['', '', '', t]), ['', '', '', 'T/M ĐẢNG ỦY']], 'DS');
const word = (above: string[], below: string[]): Promise<WorkbookGrid> => wordList('an-binh.docx', [...TITLE, ...above], [HEAD, ...ROWS], [...below, 'T/M ĐẢNG ỦY', 'BÍ THƯ']);

async function mine(list: Book | WorkbookGrid) {
  const { report } = await checkBooks([units(), list]);
  return report.findings.filter((f) => f.unit === 'Đảng bộ xã An Bình' && f.code !== 'QUOTA_SHORT');
}

describe.each([
  ['workbook', sheet],
  ['Word', word],
] as const)('%s: several dates on one list', (_, make) => {
  const resolve = async (x: Book | Promise<WorkbookGrid>) => mine(await x);

  it('a draft line above the signed one: the signature (last) decides, late, and names the draft', async () => {
    const got = await resolve(make([], [line(10), line(27)]));
    expect(got.map((f) => f.code)).toEqual(['REGISTRATION_LATE']);
    expect(got[0]?.message).toContain('ngày 27/02/2023, trễ hạn 2 ngày');
    expect(got[0]?.message).toContain('còn ghi ngày 10/02/2023 («An Bình, ngày 10 tháng 02 năm 2023»)');
    expect(got[0]?.message).toContain('dòng ngày tháng ký cuối danh sách');
  });

  it('the lines the other way round: the signature is on time, the late line is named (INVALID_DATE)', async () => {
    const got = await resolve(make([], [line(27), line(10)]));
    expect(got.map((f) => f.code)).toEqual(['INVALID_DATE']);
    expect(got[0]?.message).toContain('ngày 10/02/2023');
    expect(got[0]?.message).toContain('ngày 27/02/2023 («An Bình, ngày 27 tháng 02 năm 2023»), đã là trễ hạn');
  });

  it('«Ngày gửi» under the title decides over the signature: late, the signature’s date named', async () => {
    const got = await resolve(make(['Ngày gửi: 27/02/2023'], [line(20)]));
    expect(got.map((f) => f.code)).toEqual(['REGISTRATION_LATE']);
    expect(got[0]?.message).toContain('ngày 27/02/2023, trễ hạn 2 ngày');
    expect(got[0]?.message).toContain('còn ghi ngày 20/02/2023');
    expect(got[0]?.message).toContain('ngày gửi ghi trên danh sách «Ngày gửi: 27/02/2023»');
  });

  it('sent on time, signed after: INVALID_DATE naming both, not silently on time', async () => {
    const got = await resolve(make(['Ngày gửi: 20/02/2023'], [line(27)]));
    expect(got.map((f) => f.code)).toEqual(['INVALID_DATE']);
    expect(got[0]?.message).toContain('ngày 20/02/2023');
    expect(got[0]?.message).toContain('ngày 27/02/2023');
    expect(got[0]?.message).toContain('không thể ký sau ngày gửi');
  });

  it.each([
    ['one date line, late', [], [line(27)], ['REGISTRATION_LATE']],
    ['one date line, on time', [], [line(20)], []],
    ['two equal dates', ['Ngày gửi: 27/02/2023'], [line(27)], ['REGISTRATION_LATE']],
    ['two dates both late', [], [line(26), line(27)], ['REGISTRATION_LATE']],
    ['two dates both on time', [], [line(10), line(20)], []],
    ['a cited document’s date above, late signature', ['Thực hiện Kế hoạch số 39-KH/HU, ngày 20/12/2021 của Ban Thường vụ Huyện ủy'], [line(27)], ['REGISTRATION_LATE']],
  ] as [string, string[], string[], string[]][])('near miss: %s', async (__, above, below, codes) => {
    const got = await resolve(make(above, below));
    expect(got.map((f) => f.code)).toEqual(codes);
    for (const f of got) expect(f.message).not.toContain('còn ghi');
  });
});
