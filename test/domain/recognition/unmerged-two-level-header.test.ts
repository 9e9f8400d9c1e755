/**
 * Trial 9 #05: a two-level header typed without merging its parent label — «Kế hoạch bồi dưỡng» followed by empty
 * cells over «Số, ngày | Lãnh đạo | Phân công | …», «Năm sinh» over «Nam | Nữ» — is read as the merged one is. Near
 * misses: a header over its first data row, a data row under an unlabelled column, and a row whose author merges.
 */
import type { Row } from '../../fixtures/workbooks';
import { checkBooks, codes, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';

const UNITS = unitsBook([
  ['STT', 'Tên đơn vị', 'Loại đơn vị'],
  [1, 'Đảng bộ xã An Bình', 'Đảng bộ xã'],
  [2, 'Đảng bộ xã Tân Lập', 'Đảng bộ xã'],
  [3, 'Huyện đoàn', 'Đoàn thể huyện'],
]);
const REGISTRATIONS: Row[] = [
  ['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh'],
  [1, 'Đảng bộ xã An Bình', 'Nguyễn Văn An', 1970],
  [2, 'Đảng bộ xã An Bình', 'Trần Thị Bé', 1980],
  [3, 'Đảng bộ xã Tân Lập', 'Lê Văn Cường', 1975],
  [4, 'Đảng bộ xã Tân Lập', 'Phạm Văn Dũng', 1977],
  [5, 'Huyện đoàn', 'Đoàn Văn Thanh', 1995],
];

async function planSheet(rows: Row[], merge?: string[]) {
  const { report } = await checkBooks([
    UNITS,
    {
      fileName: 'tong-hop.xlsx',
      sheets: [
        { name: 'Đăng ký', rows: REGISTRATIONS },
        { name: 'KH bồi dưỡng', rows, ...(merge ? { edit: (ws) => merge.forEach((m) => ws.mergeCells(m)) } : {}) },
      ],
    },
  ]);
  return report.findings.filter((f) => f.code.startsWith('NURTURE')).map((f) => [f.code, f.unit]);
}

const PLAN_ROWS: Row[] = [
  [1, 'Đảng bộ xã An Bình', '15-KH/ĐU ngày 10/3/2023', 'x', 'x', 'x', 'x', 'x', 'x'],
  [2, 'Đảng bộ xã Tân Lập', '08-KH/ĐU ngày 12/3/2023', 'x', 'x', 'x', 'x', 'x', ''],
  [3, 'Huyện đoàn', '', '', '', '', '', '', ''],
];
const EXPECTED = [
  ['NURTURE_PLAN_INCOMPLETE', 'Đảng bộ xã Tân Lập'],
  ['NURTURE_PLAN_MISSING', 'Huyện đoàn'],
];

describe('a plan sheet whose contents sit under one parent label', () => {
  it.each([
    ['typed without merges', undefined],
    ['merged', ['C1:I1', 'A1:A2', 'B1:B2']],
  ])('%s: each unit’s plan is judged', async (_, merge) => {
    const rows: Row[] = [
      ['STT', 'Đơn vị', 'Kế hoạch bồi dưỡng', '', '', '', '', '', ''],
      ['', '', 'Số, ngày', 'Lãnh đạo', 'Phân công', 'Bồi dưỡng', 'Tuyên truyền', 'Khen thưởng', 'Báo cáo'],
      ...PLAN_ROWS,
    ];
    expect(await planSheet(rows, merge)).toEqual(EXPECTED);
  });

  it('typed without merges, the parent in the middle of two single-level columns', async () => {
    const rows: Row[] = [
      ['STT', 'Đơn vị', 'Nội dung kế hoạch', '', '', '', '', '', 'Ghi chú'],
      ['', '', 'Lãnh đạo', 'Phân công', 'Bồi dưỡng', 'Tuyên truyền', 'Khen thưởng', 'Báo cáo', ''],
      ...PLAN_ROWS.map((r): Row => [r[0] ?? '', r[1] ?? '', ...r.slice(3), '']),
    ];
    expect(await planSheet(rows)).toEqual(EXPECTED);
  });
});

describe('a registration list with «Năm sinh» over «Nam | Nữ», typed without merges', () => {
  it('the year under «Nam» or «Nữ» is the birth year and says the gender', async () => {
    const { read, report } = await checkBooks([
      UNITS,
      {
        fileName: 'an-binh.xlsx',
        sheets: [
          {
            name: 'DS',
            rows: [
              ['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh', '', 'Chức vụ'],
              ['', '', '', 'Nam', 'Nữ', ''],
              [1, 'Đảng bộ xã An Bình', 'Nguyễn Văn An', 1970, '', 'Nông dân'],
              [2, 'Đảng bộ xã An Bình', 'Trần Thị Bé', '', 1980, 'Hội viên'],
            ],
          },
        ],
      },
    ]);
    expect(read.registrations.map((r) => [r.name, r.birthYear, r.gender])).toEqual([
      ['Nguyễn Văn An', 1970, 'male'],
      ['Trần Thị Bé', 1980, 'female'],
    ]);
    expect(codes(report, 'MISSING_VALUE')).toEqual([]);
  });
});

describe('near misses: no sub-header', () => {
  async function namesOf(rows: Row[]) {
    const { read } = await checkBooks([UNITS, { fileName: 'an-binh.xlsx', sheets: [{ name: 'DS', rows }] }]);
    return read.registrations.map((r) => [r.name, r.birthYear ?? null]);
  }

  it('a header over its first data row, an unlabelled column filled in it', async () => {
    expect(
      await namesOf([
        ['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh', ''],
        [1, 'Đảng bộ xã An Bình', 'Nguyễn Văn An', 1970, 'x'],
        [2, 'Đảng bộ xã An Bình', 'Trần Thị Bé', 1980, ''],
      ]),
    ).toEqual([
      ['Nguyễn Văn An', 1970],
      ['Trần Thị Bé', 1980],
    ]);
  });

  it('a first data row without a number, its year empty and a mark under an unlabelled column', async () => {
    expect(
      await namesOf([
        ['Đơn vị đề xuất', 'Họ và tên', 'Năm sinh', 'Chức vụ', ''],
        ['Đảng bộ xã An Bình', 'Nguyễn Văn An', '', 'Nông dân', 'x'],
        ['Đảng bộ xã An Bình', 'Trần Thị Bé', 1980, 'Hội viên', ''],
      ]),
    ).toEqual([
      ['Nguyễn Văn An', null],
      ['Trần Thị Bé', 1980],
    ]);
  });

  it('a first data row without its number and unit (a ditto under a header)', async () => {
    expect(
      await namesOf([
        ['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh', ''],
        ['', '', 'Nguyễn Văn An', 1970, ''],
        [2, 'Đảng bộ xã An Bình', 'Trần Thị Bé', 1980, ''],
      ]).then((rows) => rows.map(([name]) => name)),
    ).toEqual(['Nguyễn Văn An', 'Trần Thị Bé']);
  });
});
