/**
 * Trial 18b #8: a list typed as numbered paragraphs stopped at item 999, silently (1,000 items → 999 registrations,
 * 4,000 → 999): an item's number had at most three digits. It may now have any number. Near misses: a document
 * number or a year starting a line («1234/QĐ-UBND …», «2023. …») names no exemplar and adds no registration; a short
 * list reads as before.
 */
import { p, read, wordGrid } from '../../fixtures/trial12-fix12-word';

const SUR = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng'];
const GIV = ['Hùng', 'Dũng', 'Sơn', 'Tài', 'Lực', 'Khải', 'Phúc', 'Thắng'];
const nameOf = (k: number) => `${SUR[k % 5]} Văn ${GIV[Math.floor(k / 5) % 8]}`;

async function list(n: number, first = 1, extra: string[] = []) {
  const lines = ['ĐẢNG BỘ HUYỆN PHÚ TÂN', 'ĐẢNG ỦY XÃ AN BÌNH', '*', 'DANH SÁCH', 'Đăng ký điển hình tiên tiến giai đoạn 2021 - 2023', ...extra, 'II. CÁ NHÂN'];
  for (let i = 0; i < n; i++) {
    const k = first + i;
    lines.push(`${k}. Ông ${nameOf(k)}, sinh năm ${1950 + (k % 40)}, Trưởng ấp số ${k}, xã An Bình`);
    lines.push('- Thành tích: vận động nhân dân hiến đất làm đường');
  }
  lines.push('An Bình, ngày 20 tháng 02 năm 2023', 'T/M ĐẢNG ỦY');
  const r = await read(await wordGrid(lines.map(p), 'an-binh.docx'));
  return r.registrations;
}

describe('a paragraph list of a thousand items or more', () => {
  it.each([1000, 1005, 2500])('%p items: as many registrations, the last one among them', async (n) => {
    const regs = await list(n);
    expect(regs).toHaveLength(n);
    expect(regs[n - 1]).toMatchObject({ name: nameOf(n), birthYear: 1950 + (n % 40), position: `Trưởng ấp số ${n}, xã An Bình` });
  }, 60000);

  it('items numbered from 998 on (a list going on from another)', async () => {
    const regs = await list(5, 998);
    expect(regs.map((r) => [r.name, r.birthYear])).toEqual([998, 999, 1000, 1001, 1002].map((k) => [nameOf(k), 1950 + (k % 40)]));
  });
});

describe('near misses', () => {
  it('a document number or a year starting a line above the list is no exemplar', async () => {
    const regs = await list(3, 1, ['1234/QĐ-UBND ngày 05/01/2023 của Ủy ban nhân dân xã', '2023. Năm thi đua']);
    expect(regs.map((r) => r.name)).toEqual([1, 2, 3].map(nameOf));
  });
  it('a short list reads as before', async () => {
    const regs = await list(3);
    expect(regs.map((r) => [r.name, r.birthYear, r.position, r.achievements])).toEqual(
      [1, 2, 3].map((k) => [nameOf(k), 1950 + k, `Trưởng ấp số ${k}, xã An Bình`, '- Thành tích: vận động nhân dân hiến đất làm đường']),
    );
  });
});
