/**
 * Review 27: a body typed all in capitals is printed as bodies are written, and a short form inside a body's
 * beginning stays in capitals («ĐOÀN TNCS HỒ CHÍ MINH XÃ AN BÌNH» → «Đoàn TNCS Hồ Chí Minh xã An Bình», never «tncs»).
 * Near misses: bodies in mixed case are printed as typed; «CHI ĐOÀN TNCS …», «TRƯỜNG THCS …» keep their short forms.
 */
import { bodyNameWriter } from '../../../src/domain/ceremony/name-case';

const write = bodyNameWriter(undefined);

describe('short forms within a body typed in capitals', () => {
  it.each([
    ['ĐOÀN TNCS HỒ CHÍ MINH XÃ AN BÌNH', 'Đoàn TNCS Hồ Chí Minh xã An Bình'],
    ['ĐOÀN TNCS HCM XÃ AN BÌNH', 'Đoàn TNCS HCM xã An Bình'],
    ['CHI ĐOÀN TNCS HỒ CHÍ MINH ẤP 3', 'Chi đoàn TNCS Hồ Chí Minh ấp 3'],
    ['TRƯỜNG THCS LÊ QUÝ ĐÔN', 'Trường THCS Lê Quý Đôn'],
    ['TỔ DÂN PHỐ 5', 'Tổ dân phố 5'],
  ])('%s → %s', (typed, printed) => {
    expect(write(typed)).toBe(printed);
  });

  it('near miss: a body in mixed case is printed as typed', () => {
    expect(write('Đoàn TNCS Hồ Chí Minh xã An Bình')).toBe('Đoàn TNCS Hồ Chí Minh xã An Bình');
  });
});
