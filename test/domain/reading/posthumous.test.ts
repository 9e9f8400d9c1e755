/**
 * Trial 9, item 27: posthumous exemplars as staff write them. The birth year is read beside a death («SN 1955, mất
 * 2024», «1948 - 2024», «1950 (đã từ trần)»), and the mark («đã mất», «truy tặng», «liệt sĩ») goes to the note, never
 * into the position; the signed list shows it. Near misses: a living person's year and position stay as they are.
 */
import { checkBooks, oneSheet, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';

async function row(name: string, year: string | number, note = '') {
  const { read } = await checkBooks([
    unitsBook(),
    oneSheet('tong hop.xlsx', [
      ['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Ghi chú'],
      [1, 'Đảng bộ xã An Bình', name, year, 'Ấp 2', note],
    ]),
  ]);
  const r = read.registrations[0];
  return { name: r?.name, year: r?.birthYear, position: r?.position, note: r?.note };
}

describe('a posthumous exemplar', () => {
  it.each<[string, string | number, number, string]>([
    ['Lê Văn Ba', 'SN 1955, mất 2024', 1955, 'mất 2024'],
    ['Lê Văn Ba', '1955 (từ trần năm 2024)', 1955, 'từ trần năm 2024'],
    ['Trần Văn Hai', '1948 - 2024', 1948, 'mất năm 2024'],
    ['Võ Văn Năm', '1950 (đã từ trần)', 1950, 'đã từ trần'],
    ['Nguyễn Văn Bé (đã mất)', 1960, 1960, 'đã mất'],
    ['Lê Văn Tư (truy tặng)', 1962, 1962, 'truy tặng'],
    ['Đỗ Văn Sáu, liệt sĩ', 1945, 1945, 'liệt sĩ'],
  ])('%s | %s', async (name, year, y, note) => {
    const r = await row(name, year);
    expect(r.year).toBe(y);
    expect(r.note).toBe(note);
    expect(r.position).toBe('Ấp 2');
    expect(r.name).toMatch(/^\S+ Văn \S+$/);
  });

  it('a note that already says it is not said twice; one that says more keeps both', async () => {
    expect((await row('Nguyễn Văn Bé (đã mất)', 1960, 'Đã mất năm 2023')).note).toBe('Đã mất năm 2023');
    expect((await row('Nguyễn Văn Bé (đã mất)', 1960, 'Gia đình nhận thay')).note).toBe('Gia đình nhận thay; đã mất');
  });
});

describe('near misses', () => {
  it.each<[string, string | number]>([
    ['Nguyễn Văn Hùng', 1970],
    ['Nguyễn Văn Hùng (Bí thư Chi bộ)', '1970'],
    ['Nguyễn Văn Hùng', 'SN 1970'],
  ])('%s | %s: no note', async (name, year) => {
    const r = await row(name, year);
    expect(r.year).toBe(1970);
    expect(r.note).toBeUndefined();
  });
});
