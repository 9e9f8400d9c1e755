/** A units-list name cell carrying the list's number or the unit's code (trial5 #16), and quota cells (#7). */
import { readListQuota } from '../../../src/domain/units/list-quota';
import { splitUnitNameCode } from '../../../src/domain/units/name-code';

describe('a name cell with a code or a number', () => {
  it.each([
    ['Đảng bộ xã An Bình (ĐB01)', 'Đảng bộ xã An Bình', 'ĐB01'],
    ['Hội Nông dân huyện (HND)', 'Hội Nông dân huyện', 'HND'],
    ['Huyện đoàn [HĐ-01]', 'Huyện đoàn', 'HĐ-01'],
    ['ĐB04 - Đảng bộ thị trấn Long Điền', 'Đảng bộ thị trấn Long Điền', 'ĐB04'],
    ['ĐB01. Đảng bộ xã An Bình', 'Đảng bộ xã An Bình', 'ĐB01'],
    ['X-01: Huyện đoàn', 'Huyện đoàn', 'X-01'],
    ['[ĐB01] Đảng bộ xã An Bình', 'Đảng bộ xã An Bình', 'ĐB01'],
    ['Đảng bộ xã An Bình – X01', 'Đảng bộ xã An Bình', 'X01'],
    ['02. Đảng bộ xã Phú Hữu', 'Đảng bộ xã Phú Hữu', undefined],
    ['2) Huyện đoàn', 'Huyện đoàn', undefined],
    ['02 - Hội Nông dân huyện', 'Hội Nông dân huyện', undefined],
    ['3. ĐB03 - Đảng bộ xã Tân Lập', 'Đảng bộ xã Tân Lập', 'ĐB03'],
  ])('%s', (text, name, code) => {
    expect(splitUnitNameCode(text)).toEqual(code ? { name, code } : { name });
  });

  it.each([
    'Đảng bộ xã An Bình',
    'Chi bộ Trường THCS (cũ)',
    'Chi bộ Khu phố 1 - 2',
    'Chi bộ Trường TH An Bình (2)',
    'Chi bộ Trường TH An Bình (II)',
    'Chi bộ ấp 1',
    'X. An Bình',
    'Đội Thuế liên xã An Bình - Phú Hữu',
    'Công ty 30-4',
    'UBND - Huyện',
    'Chi bộ Trường THCS 19/5',
    'Chi bộ Trường THPT An Phú (Chi bộ 2)',
    'Đảng bộ xã An Bình (An Phú)',
    'HND',
  ])('near miss: %s stays whole', (text) => {
    expect(splitUnitNameCode(text)).toEqual({ name: text });
  });
});

describe('a units list quota cell', () => {
  it.each([
    ['03', { total: 3 }],
    ['2', { total: 2 }],
    ['02 (01 TT, 01 CN)', { total: 2, collective: 1, individual: 1 }],
    ['Ít nhất 02', { total: 2 }],
    ['tối thiểu 3', { total: 3 }],
    ['01 tập thể, 01 cá nhân', { total: 2, collective: 1, individual: 1 }],
    ['03 (trong đó 01 tập thể)', { total: 3, collective: 1 }],
    ['02 cá nhân', { total: 2, individual: 2 }],
    ['02 điển hình', { total: 2 }],
  ])('%s → %j', (text, q) => expect(readListQuota(text)).toEqual(q));

  it.each(['', 'Không giao', 'x', 'theo hướng dẫn'])('near miss: %j gives none', (text) => expect(readListQuota(text)).toBeUndefined());
});
