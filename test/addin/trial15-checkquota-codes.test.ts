/**
 * Trial 15, class 9: CHECKQUOTA(unit, range) reads the unit codes the check counts. Where the open workbook's units
 * list gives codes, a range cell «DBX02» counts for the unit of that code, and the unit itself may be given by its
 * code, as the check resolves a unit cell (workbook.md: the unit column holds «a code or a name»). Near misses: a code
 * of another unit, a code no unit has, a workbook without a units list (the range alone, as before).
 */
import { checkQuotaOver, checkSays, CODED_UNITS, column } from '../fixtures/trial15-fix15-fn';

describe('CHECKQUOTA(unit, range) counts the codes of the workbook’s units list', () => {
  it.each<[string, string, (string | number)[], string]>([
    ['codes and a name', 'Đảng bộ xã Tân Lập', ['DBX02', 'DBX02', 'Đảng bộ xã Tân Lập'], 'Đạt (3/2)'],
    ['the unit by its code', 'DBX02', ['DBX02', 'Đảng ủy xã Tân Lập'], 'Đạt (2/2)'],
    ['a code in lower case and with spaces', 'Đảng bộ xã Tân Lập', ['dbx02', ' DBX02 '], 'Đạt (2/2)'],
    ['a chi bộ by its code', 'Chi bộ Trung tâm Y tế huyện', ['CB03'], 'Đạt (1/1)'],
    ['a number code typed as a number', 'Hội Nông dân huyện', [4], 'Đạt (1/1)'],
    ['a number code given as the unit, its leading zero dropped', '4', ['04'], 'Đạt (1/1)'],
  ])('%s', async (_, unit, cells, expected) => {
    await expect(checkQuotaOver(CODED_UNITS, cells, unit, column(cells))).resolves.toBe(expected);
  });

  it('both doors count the same rows for the unit', async () => {
    const cells = ['DBX02', 'Đảng bộ xã Tân Lập', 'DBX01', 'CB03', 'Xã Tân Lập'];
    for (const [unit, byCode] of [['Đảng bộ xã Tân Lập', 'DBX02'], ['Đảng bộ xã An Bình', 'DBX01'], ['Chi bộ Trung tâm Y tế huyện', 'CB03']] as const) {
      const check = await checkSays(CODED_UNITS, cells, unit);
      const expected = `${(check.registered ?? 0) >= (check.required ?? 0) ? 'Đạt' : `Thiếu ${(check.required ?? 0) - (check.registered ?? 0)}`} (${check.registered}/${check.required})`;
      await expect(checkQuotaOver(CODED_UNITS, cells, unit, column(cells))).resolves.toBe(expected);
      await expect(checkQuotaOver(CODED_UNITS, cells, byCode, column(cells))).resolves.toBe(expected);
    }
  });

  it('near misses: another unit’s code is not the unit’s', async () => {
    await expect(checkQuotaOver(CODED_UNITS, ['DBX01', 'CB03'], 'Đảng bộ xã Tân Lập', column(['DBX01', 'CB03']))).resolves.toBe('Thiếu 2 (0/2)');
  });

  it('near miss: a code no unit of the list has is still no unit (#VALUE! for the unit, not counted in the range)', async () => {
    expect(await checkQuotaOver(CODED_UNITS, [], 'DBX09', column(['DBX09']))).toMatchObject({ code: '#VALUE!' });
    await expect(checkQuotaOver(CODED_UNITS, [], 'Đảng bộ xã Tân Lập', column(['DBX09']))).resolves.toMatch(/^Thiếu 2 \(0\/2\)/);
  });

  it('near miss: without a units list, the range alone is read as before (a code counted as written)', async () => {
    await expect(checkQuotaOver(undefined, ['X01'], 'X01', column(['X01', 'X02', 'x01']), 'Đảng bộ xã')).resolves.toBe('Đạt (2/2)');
    await expect(checkQuotaOver(undefined, ['X01'], 'Đảng bộ xã Tân Lập', column(['DBX02', 'Đảng bộ xã Tân Lập']))).resolves.toBe('Thiếu 1 (1/2)');
  });
});
