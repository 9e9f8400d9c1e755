/**
 * The proposal in two columns, and a column of awards already received (trial 9 #26, #01). A yes/no column beside
 * the form («Đề nghị biểu dương | Hình thức»: «Có | Thư biểu dương») selects the 2025 list and gives the form; a
 * «Hình thức khen thưởng» column naming awards of past years («Giấy khen UBND xã năm 2022»), or headed «… đã đạt»,
 * is the rows' record (R7), no proposal. Near misses: one proposal column as before, a proposal naming this year.
 */
import { checkShape, withUnits } from '../../fixtures/column-shapes';
import type { Row } from '../../fixtures/workbooks';

const NAMES = ['Trần Văn An', 'Trần Văn Bình', 'Trần Văn Cường', 'Trần Văn Dũng', 'Trần Văn Giang'];

/** A master of phase-1 rows with the given extra columns: one row per line of cells. */
const table = (headers: string[], cells: (string | undefined)[][]): Row[] => [
  ['STT', 'Đơn vị', 'Đối tượng', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Giai đoạn', ...headers],
  ...cells.map((c, i): Row => [i + 1, 'X01', 'Cá nhân', NAMES[i], 1970 + i, 1, ...c]),
];

/** The 2025 list: each name with the form printed (undefined: the ceremony's default form). */
async function list2025(rows: Row[]): Promise<(string | undefined)[][]> {
  const { lists } = await checkShape(withUnits(rows));
  return (lists['2025']?.individuals ?? []).map((e) => [e.name, e.award]);
}

describe('a yes/no column beside the form', () => {
  const CELLS = [
    ['Có', 'Giấy khen'],
    ['Không', 'Giấy khen'],
    ['Có', 'Thư biểu dương'],
    ['Không', undefined],
    ['x', undefined],
  ];
  // «Giấy khen» is printed as the ceremony's own.
  const EXPECTED = [
    ['Trần Văn An', 'Giấy khen của Ban Thường vụ Huyện ủy'],
    ['Trần Văn Cường', 'Thư biểu dương'],
    ['Trần Văn Giang', undefined],
  ];

  it.each([
    ['Đề nghị biểu dương', 'Hình thức'],
    ['Đề nghị khen thưởng (Có/Không)', 'Hình thức'],
    ['Có đề nghị', 'Hình thức'],
    ['Đề nghị', 'Hình thức khen thưởng'],
    ['Có đề xuất', 'Hình thức đề xuất'],
  ])('«%s» | «%s»: the yes/no selects, the form column gives the form', async (yesNo, form) => {
    expect(await list2025(table([yesNo, form], CELLS))).toEqual(EXPECTED);
  });

  it('the form first, the yes/no column after it: the same list', async () => {
    const swapped = CELLS.map(([a, b]) => [b, a]);
    expect(await list2025(table(['Hình thức', 'Đề nghị biểu dương'], swapped))).toEqual(EXPECTED);
  });

  it('«Chưa» in the yes/no column leaves the row off as before; a form with the yes/no left blank proposes it', async () => {
    expect(await list2025(table(['Đề nghị', 'Hình thức'], [['Chưa', 'Giấy khen'], [undefined, 'Thư biểu dương']]))).toEqual([['Trần Văn Bình', 'Thư biểu dương']]);
  });

  it('near miss: one proposal column reads as it always did', async () => {
    expect(await list2025(table(['Hình thức đề nghị'], [['Giấy khen'], ['Không'], ['Thư biểu dương'], [undefined], ['x']]))).toEqual(EXPECTED);
  });
});

describe('a column of awards already received is no proposal', () => {
  const PAST = [['Giấy khen UBND xã năm 2022'], ['Chưa'], [undefined], ['Bằng khen Tỉnh đoàn 2021'], ['Giấy khen Huyện đoàn (2020)']];

  it.each(['Hình thức khen thưởng', 'Hình thức', 'Hình thức khen thưởng (2021-2023)'])(
    '«%s» naming years before the first ceremony: every row on the 2025 list with the default form',
    async (header) => {
      const { read, lists } = await checkShape(withUnits(table([header], PAST)));
      expect(read.registrations.map((r) => r.proposed)).toEqual([undefined, undefined, undefined, undefined, undefined]);
      expect(lists['2025']?.individuals.map((e) => [e.name, e.award])).toEqual(NAMES.map((n) => [n, undefined]));
      // Nor does a past award print on the 2023 list.
      expect(lists['2023']?.individuals.map((e) => e.award)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    },
  );

  it.each(['Hình thức khen thưởng đã đạt', 'Hình thức khen thưởng đã được nhận', 'Khen thưởng đã có'])('«%s» says so in its header, whatever its cells', async (header) => {
    const { read } = await checkShape(withUnits(table([header], [['Giấy khen'], ['Chưa'], ['Thư biểu dương']])));
    expect(read.tables[1]?.fields).not.toContain('proposal');
    expect(read.registrations.map((r) => r.proposal)).toEqual([undefined, undefined, undefined]);
  });

  it('beside a proposal column, the past awards are left and the proposal column selects', async () => {
    const rows = table(['Hình thức khen thưởng', 'Hình thức đề nghị'], [['Giấy khen UBND xã năm 2022', 'Thư biểu dương'], ['Bằng khen Tỉnh đoàn 2021', 'Không']]);
    expect(await list2025(rows)).toEqual([['Trần Văn An', 'Thư biểu dương']]);
  });

  it.each<[string, string[][]]>([
    ['forms without a year', [['Giấy khen'], ['Không'], ['Thư biểu dương']]],
    ['a proposal naming the ceremony\'s year', [['Giấy khen BTV Huyện ủy năm 2025'], ['Không'], ['Thư biểu dương 2025']]],
    ['one past year among more proposals', [['Giấy khen'], ['Thư biểu dương'], ['Giấy khen (đã có BK 2021)'], ['Không']]],
    ['a header that says it proposes, whatever years its cells name', [['Giấy khen năm 2022'], ['Không'], ['Thư biểu dương 2021']]],
  ])('near miss: %s stays the proposal column', async (label, cells) => {
    const header = label.startsWith('a header') ? 'Hình thức đề nghị' : 'Hình thức khen thưởng';
    const { read } = await checkShape(withUnits(table([header], cells)));
    expect(read.registrations.map((r) => r.proposed)).toEqual(cells.map(([c]) => (c === 'Không' ? false : true)));
  });
});
