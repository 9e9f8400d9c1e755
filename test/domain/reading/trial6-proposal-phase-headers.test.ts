/**
 * trial6 #4, #5: the proposal and phase columns under the headers units use. A proposal column selects the 2025
 * list (a row marked «Không» is not proposed); a phase column, or the year a row was registered in, says the phase
 * (R9: phase-2 additions never count for phase 1). Near misses: headers that only begin like one stay other columns.
 */
import { defaultProfile } from '../../../src/domain/profile';
import { fieldIndexes, matchField } from '../../../src/domain/recognition/fields';
import { byName, checkBooks, codes } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';
import { readProposal } from '../../../src/domain/reading/proposal';

const UNITS: Row[] = [
  ['STT', 'Tên đơn vị'],
  [1, 'Đảng bộ xã An Bình'],
];

async function twoRows(header: string, first: Row[number], second: Row[number]) {
  const reg: Row[] = [
    ['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh', 'Chức vụ', header],
    [1, 'Đảng bộ xã An Bình', 'Nguyễn Văn Tâm', 1968, 'Bí thư Chi bộ ấp 1', first],
    [2, 'Đảng bộ xã An Bình', 'Đỗ Thị Lan', 1970, 'Nông dân', second],
  ];
  return checkBooks([{ fileName: 'tong-hop.xlsx', sheets: [{ name: 'Đơn vị', rows: UNITS }, { name: 'Đăng ký', rows: reg }] }]);
}

const registrations = fieldIndexes(defaultProfile()).registrations;

describe('proposal column headers (trial6 #4)', () => {
  it.each([
    'Đề xuất khen thưởng',
    'Mức khen đề nghị',
    'Khen thưởng đề nghị',
    'Mức khen thưởng đề nghị',
    'Đề xuất hình thức khen thưởng',
    'Hình thức đề xuất',
    'Đề xuất',
    'Mức khen',
    'Khen thưởng đề xuất',
    'Mức khen đề nghị (ghi rõ)',
  ])('«%s»: «Không» is not proposed, a form is', async (header) => {
    const { read } = await twoRows(header, 'Giấy khen', 'Không');
    expect(byName(read, 'Đỗ Thị Lan')?.proposed).toBe(false);
    expect(byName(read, 'Nguyễn Văn Tâm')?.proposed).toBe(true);
  });

  it.each(['Mức khen đã đạt', 'Khen thưởng', 'Đề xuất của chi bộ', 'Khen thưởng đã nhận'])('near miss «%s» is no proposal column', async (header) => {
    expect(matchField(registrations, header)).not.toBe('proposal');
    const { read } = await twoRows(header, 'Giấy khen', 'Không');
    expect(byName(read, 'Đỗ Thị Lan')?.proposed).toBeUndefined();
  });

  it('near miss: "Đơn vị đề xuất" stays the unit column', () => {
    expect(matchField(registrations, 'Đơn vị đề xuất')).toBe('unit');
  });
});

describe('phase column headers (trial6 #5)', () => {
  it.each<[string, Row[number], Row[number]]>([
    ['Đợt đăng ký', '1', '2'],
    ['Đợt đăng ký', 'Đợt 1', 'Bổ sung'],
    ['GĐ', 'I', 'II'],
    ['Năm đăng ký', 2022, 2024],
    ['Năm đăng ký', '2022', '2025'],
    ['Năm ĐK', 2021, 2024],
    ['Thời điểm đăng ký', 'Năm 2022', 'Năm 2024'],
    ['Thời điểm đăng ký', '20/02/2023', '15/06/2024'],
    ['Thời điểm đăng ký', 'Tháng 02/2023', 'Tháng 6/2024'],
    ['Năm đăng ký', '2023', 'Bổ sung'],
  ])('«%s»: «%s» is phase 1, «%s» phase 2', async (header, first, second) => {
    const { read, report } = await twoRows(header, first, second);
    expect(byName(read, 'Nguyễn Văn Tâm')?.phase).toBe(1);
    expect(byName(read, 'Đỗ Thị Lan')?.phase).toBe(2);
    expect(codes(report, 'PHASE_UNREADABLE')).toEqual([]);
  });

  it('a registration year outside the period is unreadable, as a phase is', async () => {
    const { read, report } = await twoRows('Năm đăng ký', 2022, 2027);
    expect(byName(read, 'Đỗ Thị Lan')?.phase).toBeUndefined();
    expect(codes(report, 'PHASE_UNREADABLE')).toEqual(['PHASE_UNREADABLE']);
  });

  it('a phase column beside a registration year wins', async () => {
    const reg: Row[] = [
      ['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh', 'Giai đoạn', 'Năm đăng ký'],
      [1, 'Đảng bộ xã An Bình', 'Nguyễn Văn Tâm', 1968, '2', 2022],
    ];
    const { read } = await checkBooks([{ fileName: 'a.xlsx', sheets: [{ name: 'Đơn vị', rows: UNITS }, { name: 'Đăng ký', rows: reg }] }]);
    expect(byName(read, 'Nguyễn Văn Tâm')?.phase).toBe(2);
  });

  it.each<[string, string]>([
    ['Năm sinh', 'birthYear'],
    ['Ngày đăng ký', 'date'],
    ['Giai đoạn', 'phase'],
    ['Gia đình', ''],
  ])('near miss «%s» keeps its field', (header, field) => {
    expect(matchField(registrations, header) ?? '').toBe(field);
  });
});

describe('a proposal cell that agrees without naming a form', () => {
  it.each(['Đồng ý', 'Nhất trí', 'Đề nghị: đồng ý', 'Có'])('«%s» proposes the row with the ceremony’s own form', (t) =>
    expect(readProposal(t)).toEqual({ proposed: true }),
  );
  it.each(['Giấy khen của BTV Huyện ủy', 'Thư biểu dương', 'Bằng khen UBND tỉnh', 'GK BTV HU', 'Đề nghị tặng Giấy khen', 'TBD', 'TBD BTV HU', 'Đề nghị BD'])(
    'near miss: «%s» names its form',
    (t) => expect(readProposal(t)).toEqual({ proposed: true, form: expect.any(String) }),
  );
});
