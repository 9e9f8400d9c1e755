/**
 * One exemplar proposed by two units, merged into one entry of the list to be signed: one form of commendation is
 * printed (the first unit's in the list's order); another unit's other form is noted for the district to decide, on
 * the notes sheet (not on the list to be signed).
 * Near misses: the same form written twice, and a unit that proposes none.
 */
import { consolidate } from '../../../src/domain/ceremony/consolidate';
import { CeremonyEntry, checksFor } from '../../../src/domain/ceremony/select-entries';
import { checkBooks } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const UNITS: Row[] = [
  ['STT', 'Tên đơn vị'],
  [1, 'Hội Nông dân huyện'],
  [2, 'Huyện đoàn'],
];

async function entry(first: string, second: string, ceremony: '2023' | '2025') {
  const reg: Row[] = [
    ['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh', 'Chức vụ, đơn vị công tác', 'Hình thức đề nghị'],
    [1, 'Hội Nông dân huyện', 'Lê Thị Hoa', '1975', 'Nông dân ấp 2, xã An Bình', first],
    [2, 'Huyện đoàn', 'Lê Thị Hoa', '1975', 'Nông dân ấp 2, xã An Bình', second],
  ];
  const { read, report } = await checkBooks([{ fileName: 'tong-hop.xlsx', sheets: [{ name: 'Đơn vị', rows: UNITS }, { name: 'Đăng ký', rows: reg }] }]);
  const { selection } = consolidate(read, report, ceremony);
  expect(selection.individuals).toHaveLength(1);
  const e = selection.individuals[0] as CeremonyEntry;
  return { ...e, checks: checksFor(selection, e) };
}

describe('a merged entry proposed with two forms', () => {
  it.each(['2023', '2025'] as const)('%s: prints the first unit’s form, and notes the other for the district', async (ceremony) => {
    const e = await entry('Thư biểu dương', 'Giấy khen của BTV Huyện ủy', ceremony);
    expect(e?.award).toBe('Thư biểu dương');
    expect(e?.note).toBeUndefined();
    expect(e?.checks).toEqual(['Huyện đoàn đề nghị hình thức «Giấy khen của Ban Thường vụ Huyện ủy».']);
    expect(e?.units).toEqual(['Hội Nông dân huyện', 'Huyện đoàn']);
  });

  it('near miss: the same form written twice is one form, with no note', async () => {
    const e = await entry('Giấy khen của BTV Huyện ủy', 'giấy khen của BTV Huyện ủy', '2025');
    expect(e?.award).toBe('Giấy khen của Ban Thường vụ Huyện ủy');
    expect(e?.note).toBeUndefined();
    expect(e?.checks).toEqual([]);
  });

  it.each([
    ['GK BTV HU', 'Giấy khen của Ban Thường vụ Huyện ủy'],
    ['Đề nghị tặng Giấy khen', 'Giấy khen của BTV HU'],
    ['Giấy khen', 'giấy khen của Ban Thường vụ Huyện ủy'],
  ])('near miss: %p and %p are one form as the list prints them, with no note', async (first, second) => {
    const e = await entry(first, second, '2025');
    expect(e?.award).toBe('Giấy khen của Ban Thường vụ Huyện ủy');
    expect(e?.note).toBeUndefined();
    expect(e?.checks).toEqual([]);
  });

  it('near miss: a unit that proposes no form leaves the other’s', async () => {
    const e = await entry('', 'Thư biểu dương', '2023');
    expect(e?.award).toBe('Thư biểu dương');
    expect(e?.note).toBeUndefined();
    expect(e?.checks).toEqual([]);
  });
});
