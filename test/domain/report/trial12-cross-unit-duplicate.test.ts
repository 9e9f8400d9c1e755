/**
 * Trial 12 #19: an exemplar two units propose (a DUPLICATE across units) concerns each of them: the text report's
 * per-unit section of every proposing unit shows it and counts it, as each unit's phiếu does; the JSON finding keeps
 * `unit` (the first proposer, as before) and names them all in `units`. Near miss: a unit's own repeated row has no
 * `units` and shows in that unit's section only.
 */
import { renderText } from '../../../src/domain/report/render-text';
import { unitsView } from '../../../src/domain/report/by-unit';
import { checkBooks, oneSheet, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';
import { anBinh, check, hnd, TITLE } from '../../fixtures/trial12-fix12-lists';
import type { Row } from '../../fixtures/workbooks';

const LOI_AB: Row = [2, 'Lâm Văn Lợi', 1966, 'Nông dân ấp Phú Lợi', 'SXKD'];
const LOI_HND: Row = [1, 'Lâm Văn Lợi', 1966, 'Nông dân ấp Phú Lợi, xã An Bình', 'SXKD'];
const TAM: Row = [1, 'Nguyễn Văn Tâm', 1968, 'Bí thư Chi bộ ấp 1', 'NTM'];
const ab = anBinh('An Binh.xlsx', TITLE, [TAM, LOI_AB]);

/** Each section's head line of the text report. */
const sections = (text: string) => text.split('\n').filter((l) => l.startsWith('■'));

describe('a duplicate across units shows under every unit proposing it', () => {
  it.each([
    ['An Bình first', [ab, hnd([LOI_HND])], ['Đảng bộ xã An Bình', 'Hội Nông dân huyện']],
    ['HND first', [hnd([LOI_HND]), ab], ['Hội Nông dân huyện', 'Đảng bộ xã An Bình']],
  ] as const)('%s', async (_, books, units) => {
    const { read, report } = await check([...books]);
    const dup = report.findings.filter((f) => f.code === 'DUPLICATE');
    expect(dup.map((f) => [f.unit, f.units])).toEqual([[units[0], units]]);
    expect(sections(renderText(report)).sort()).toEqual(['■ Hội Nông dân huyện — 0 lỗi, 1 cảnh báo', '■ Đảng bộ xã An Bình — 0 lỗi, 1 cảnh báo']);
    const view = unitsView(read, report, { y: 2023, m: 3, d: 1 });
    expect(view.units.map((u) => [u.name, u.warnings]).sort()).toEqual([['Hội Nông dân huyện', 1], ['Đảng bộ xã An Bình', 1]]);
  });

  it('three units: each section has it; units with codes keep their own section', async () => {
    const units: Row[] = [
      ['STT', 'Mã', 'Tên đơn vị', 'Loại đơn vị'],
      [1, 'AB', 'Đảng bộ xã An Bình', 'Đảng bộ xã'],
      [2, 'HND', 'Hội Nông dân huyện', 'Đoàn thể huyện'],
      [3, 'HĐ', 'Huyện đoàn', 'Đoàn thể huyện'],
    ];
    const hd = oneSheet('HD.xlsx', [['BCH HUYỆN ĐOÀN AN PHÚ'], [TITLE], ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ, đơn vị công tác', 'Tóm tắt thành tích'], LOI_HND, [2, 'Trần Văn Út, Lê Văn Chín', 1990, 'Đoàn viên', 'X']]);
    const { report } = await checkBooks([unitsBook(units), ab, hnd([LOI_HND]), hd]);
    const dup = report.findings.find((f) => f.code === 'DUPLICATE');
    expect(dup?.units).toEqual(['Đảng bộ xã An Bình', 'Hội Nông dân huyện', 'Huyện đoàn']);
    expect(sections(renderText(report)).sort()).toEqual([
      '■ Huyện đoàn (HĐ) — 1 lỗi, 1 cảnh báo',
      '■ Hội Nông dân huyện (HND) — 0 lỗi, 1 cảnh báo',
      '■ Đảng bộ xã An Bình (AB) — 0 lỗi, 1 cảnh báo',
    ]);
    // Counted once in the report's totals.
    expect(report.summary.warnings).toBe(1);
  });

  it('near miss: one unit listing a person twice has no `units`, and one section', async () => {
    const twice = anBinh('An Binh.xlsx', TITLE, [TAM, LOI_AB, [3, 'Lâm Văn Lợi', 1966, 'Nông dân ấp Phú Lợi', 'SXKD']]);
    const { report } = await check([twice, hnd([[1, 'Phạm Văn Mười', 1980, 'Nông dân', 'X']])]);
    const dup = report.findings.filter((f) => f.code === 'DUPLICATE');
    expect(dup.map((f) => [f.unit, 'units' in f])).toEqual([['Đảng bộ xã An Bình', false]]);
    expect(sections(renderText(report))).toEqual(['■ Đảng bộ xã An Bình — 0 lỗi, 1 cảnh báo']);
  });
});
