/**
 * The notice that the district was taken from the files' title blocks names a few files and counts the rest: with an
 * inbox of 800 files it was one 10 KB line (trial 18b #12). Near miss: up to three files are all named.
 */
import { ceremonyText } from '../../../src/domain/ceremony/ceremony-texts';

const files = (n: number) => Array.from({ length: n }, (_, i) => `u${String(i).padStart(4, '0')}.xlsx`);

describe('the district found in title blocks, said briefly', () => {
  it.each([
    [1, 'tệp u0000.xlsx;'],
    [2, '2 tệp (u0000.xlsx, u0001.xlsx);'],
    [3, '3 tệp (u0000.xlsx, u0001.xlsx, u0002.xlsx);'],
    [4, '4 tệp (u0000.xlsx, u0001.xlsx, u0002.xlsx và 1 tệp khác);'],
    [800, '800 tệp (u0000.xlsx, u0001.xlsx, u0002.xlsx và 797 tệp khác);'],
  ])('%d files', (n, said) => {
    const message = ceremonyText.noticeDistrictFound('An Phú', files(n));
    expect(message).toContain(`Tên huyện «An Phú» lấy từ tiêu đề của ${said}`);
    expect(message.length).toBeLessThan(250);
  });
});
