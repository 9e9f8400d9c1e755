/**
 * Trial 11, items 1–3: CHECKQUOTA finds and counts a unit written as staff write units («ĐU xã Tân Lập», «Xã Tân
 * Lập», «Hội CCB huyện», in TCVN3), as the check of the workbook does, and types a commune's party committee typed
 * «Đảng bộ cơ sở» with the commune's quota. Near misses: another unit, a commune's body, a unit of a longer name.
 */
import * as fns from '../../src/functions/functions';
import { unitStatusFromRange } from '../../src/functions/quota';
import { defaultProfile } from '../../src/domain/profile';
import { encodeLegacy } from '../../src/domain/text/legacy';
import { canonicalMaster } from '../fixtures/layouts';
import { startFunctions } from './function-host';

const profile = defaultProfile();
const status = (unit: string, cells: string[], type?: string) => unitStatusFromRange(profile, unit, cells.map((c) => [c]), type);

describe('CHECKQUOTA(unit, range): the range’s cells name the unit however written', () => {
  it.each<[string, string, string[], string]>([
    ['its commune alone and «ĐU»', 'Đảng bộ xã Tân Lập', ['Xã Tân Lập', 'ĐU xã Tân Lập'], 'Đạt (2/2)'],
    ['«Đảng ủy» and TCVN3', 'Đảng bộ xã Tân Lập', ['Đảng ủy xã Tân Lập', encodeLegacy('Đảng ủy xã Tân Lập', 'tcvn3')], 'Đạt (2/2)'],
    ['an abbreviation, with and without «huyện»', 'Hội Cựu chiến binh huyện', ['Hội CCB huyện', 'Hội CCB'], 'Đạt (2/1)'],
    ['capitals and spaces', 'Đảng bộ xã Tân Lập', ['  ĐẢNG BỘ XÃ  TÂN LẬP ', ''], 'Thiếu 1 (1/2)'],
  ])('%s', (_, unit, cells, expected) => {
    expect(status(unit, cells)).toBe(expected);
  });

  it('near misses: another commune, a commune’s body, a longer name are not the unit', () => {
    expect(status('Đảng bộ xã Tân Lập', ['Đảng bộ xã An Bình', 'Hội Nông dân xã Tân Lập', 'Đảng bộ xã Tân Lập A', 'Xã Tân Lập Đông'])).toBe('Thiếu 2 (0/2)');
  });

  it('a code is still counted as written', () => {
    expect(status('X01', ['X01', 'X02', 'x01'], 'Đảng bộ xã')).toBe('Đạt (2/2)');
  });

  it('a commune’s party committee typed «Đảng bộ cơ sở» keeps the commune’s quota (02); a school’s chi bộ keeps 01', () => {
    expect(status('Đảng bộ xã Tân Lập', ['Đảng bộ xã Tân Lập'], 'Đảng bộ cơ sở')).toBe('Thiếu 1 (1/2)');
    expect(status('Chi bộ Trường THPT An Phú', ['Chi bộ Trường THPT An Phú'], 'Chi bộ cơ sở')).toBe('Đạt (1/1)');
  });

  it('a type that is no type is still refused', () => {
    expect(() => status('Đảng bộ xã Tân Lập', [], 'Loại gì đó')).toThrow();
  });
});

describe('CHECKQUOTA(unit) over the workbook: the unit found however written', () => {
  const start = () => startFunctions(canonicalMaster());
  async function answer(unit: string, type: string | null = null): Promise<unknown> {
    const results: unknown[] = [];
    const inv = { setResult: (v: unknown) => results.push(v), onCanceled: undefined as undefined | (() => void) };
    fns.checkQuota(unit, null as unknown as unknown[][], type, inv as unknown as CustomFunctions.StreamingInvocation<unknown[][]>);
    const t0 = Date.now();
    while (!results.length && Date.now() - t0 < 5000) await new Promise((r) => setTimeout(r, 10));
    inv.onCanceled?.();
    return results[0];
  }

  it.each(['Đảng ủy xã Tân Lập', 'ĐU xã Tân Lập', 'Xã Tân Lập', 'đảng bộ xã tân lập'])('%s', async (unit) => {
    start();
    expect(await answer(unit)).toEqual([['Đạt (2/2)']]);
  });

  it('a type given beside the unit sets its quota, as the engine types a unit (trial 11, item 11)', async () => {
    start();
    // A commune's party committee keeps the commune's quota whatever the type given (trial17b #10), «Đảng bộ cơ sở»
    // or «Đoàn thể huyện», as the check types it.
    expect(await answer('Đảng bộ xã Tân Lập', 'Đoàn thể huyện')).toEqual([['Đạt (2/2)']]);
    expect(await answer('Đảng bộ xã Tân Lập', 'Đảng bộ cơ sở')).toEqual([['Đạt (2/2)']]);
    expect(await answer('Đảng bộ xã Tân Lập', 'Loại gì đó')).toMatchObject({ code: '#VALUE!' });
  });

  it('near miss: a unit of a longer name is not found', async () => {
    start();
    expect(await answer('Đảng bộ xã Tân Lập Đông')).toMatchObject({ code: '#N/A' });
  });
});
