/**
 * Trial 18b #7: a Word document of many small tables was slow in the table count (800 tables: 13 s): each table
 * takes every paragraph above it as its title block, and each line of it was read again (a unit? a body of a type? a
 * commune named as a place?) for every table below it. A reading's title lines are now read once per text
 * (titleReading), with the same units found. Variants: a letterhead over 120 tables, a second letterhead half way
 * down, a heading naming a body the list lacks. Near miss: one table under its letterhead.
 */
import { p, read, table, wordGrid, type Block } from '../../fixtures/trial12-fix12-word';

const HEADER = ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ, đơn vị công tác', 'Tóm tắt thành tích'];
const SUR = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng'];

/** `n` tables of two people, each under its heading; `at` puts lines above the table of that index. */
async function document(n: number, at: Record<number, string[]> = {}) {
  const blocks: Block[] = ['ĐẢNG BỘ HUYỆN PHÚ TÂN', 'ĐẢNG ỦY XÃ AN BÌNH', '*', 'DANH SÁCH', 'Đăng ký điển hình tiên tiến giai đoạn 2021 - 2023'].map(p);
  for (let t = 0; t < n; t++) {
    for (const line of at[t] ?? []) blocks.push(p(line));
    blocks.push(p(`${t + 1}. Chi bộ ấp số ${t + 1}`));
    const rows = [0, 1].map((k) => [String(k + 1), `${SUR[(t * 2 + k) % 5]} Văn Tâm ${t}`, String(1960 + k), `Đảng viên chi bộ ấp số ${t + 1}`, 'Thành tích']);
    blocks.push(table([HEADER, ...rows]));
  }
  blocks.push(p('An Bình, ngày 20 tháng 02 năm 2023'));
  const r = await read(await wordGrid(blocks, 'ds.docx'));
  const code = (id: string | undefined) => r.units.find((u) => u.id === id)?.code ?? '-';
  return r.registrations.map((x) => `${code(x.unitId)} ${x.unitText ?? ''}`.trim());
}

describe('a Word document of many tables', () => {
  it('120 tables under one letterhead: every row the letterhead unit', async () => {
    const units = await document(120);
    expect(units).toHaveLength(240);
    expect(new Set(units)).toEqual(new Set([units[0]]));
    expect(units[0]).toMatch(/^X01/);
  }, 60000);

  it('a second letterhead half way down: the tables under it are its unit', async () => {
    const units = await document(40, { 20: ['ĐẢNG ỦY XÃ TÂN LẬP'] });
    expect(units.slice(0, 40).every((u) => u.startsWith('X01'))).toBe(true);
    expect(units.slice(40).every((u) => u.startsWith('X02'))).toBe(true);
  }, 60000);

  it('a heading naming a body the list lacks half way down: as before, for each table', async () => {
    const units = await document(40, { 20: ['HỘI NÔNG DÂN XÃ PHÚ LÂM'] });
    expect(units).toHaveLength(80);
    expect(units.slice(0, 40).every((u) => u.startsWith('X01'))).toBe(true);
    expect(units.slice(40)).toEqual(Array(40).fill(units[40]));
  }, 60000);
});

describe('near miss', () => {
  it('one table under its letterhead', async () => {
    expect(await document(1)).toEqual([expect.stringMatching(/^X01/), expect.stringMatching(/^X01/)]);
  });
});
