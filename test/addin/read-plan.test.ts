/** Chunking of reads and the cell conversions of the Office adapter. */
import { toGridCell } from '../../src/workbook/office/cell-convert';
import { isDateFormat } from '../../src/workbook/number-format';
import { chunksOf, halve, isPayloadError, syncGroups } from '../../src/workbook/office/read-plan';

describe('read plan', () => {
  it('cuts sheets into row chunks under the cell limit and groups them under the sync budget', () => {
    const chunks = chunksOf([{ sheet: 0, row: 2, col: 1, rows: 1000, cols: 10 }, { sheet: 1, row: 0, col: 0, rows: 5, cols: 3 }], 2500);
    expect(chunks.filter((c) => c.sheet === 0).map((c) => c.rows)).toEqual([250, 250, 250, 250]);
    expect(chunks[1]?.row).toBe(252);
    expect(chunks.every((c) => c.rows * c.cols <= 2500)).toBe(true);
    const groups = syncGroups(chunks, 5000);
    expect(groups.map((g) => g.length)).toEqual([2, 2, 1]);
    expect(halve({ chunkCells: 1000, syncCells: 3000 })).toEqual({ chunkCells: 500, syncCells: 1500 });
  });

  it('recognises Office payload errors', () => {
    expect(isPayloadError({ code: 'RequestPayloadSizeLimitExceeded' })).toBe(true);
    expect(isPayloadError({ code: 'ResponsePayloadSizeLimitExceeded' })).toBe(true);
    expect(isPayloadError({ code: 'InvalidArgument' })).toBe(false);
  });
});

describe('cell conversion', () => {
  it('tells date formats from number formats', () => {
    for (const f of ['dd/mm/yyyy', 'm/d/yyyy', 'mm-dd-yy', '[$-42A]dd/mm/yyyy', 'd-mmm-yy', 'dd/mm/yyyy hh:mm', 'yyyy']) expect(isDateFormat(f)).toBe(true);
    for (const f of ['General', '0', '#,##0.00', '@', '0%', 'hh:mm:ss', '[h]:mm', '"Năm" 0', '0.00_);[Red](0.00)']) expect(isDateFormat(f)).toBe(false);
  });

  it('turns Office values into the engine cells', () => {
    expect(toGridCell(44977, 'Double', 'dd/mm/yyyy', false)).toEqual({ t: 'd', v: { y: 2023, m: 2, d: 20 } });
    expect(toGridCell(43515, 'Double', 'dd/mm/yyyy', true)).toEqual({ t: 'd', v: { y: 2023, m: 2, d: 20 } });
    expect(toGridCell(1975, 'Double', 'General', false)).toEqual({ t: 'n', v: 1975 });
    expect(toGridCell('#N/A', 'Error', 'General', false)).toEqual({ t: 'e', v: '#N/A' });
    expect(toGridCell('#N/A', 'String', 'General', false)).toEqual({ t: 's', v: '#N/A' });
    expect(toGridCell('', 'Empty', 'General', false)).toBeNull();
    expect(toGridCell(true, 'Boolean', 'General', false)).toEqual({ t: 'b', v: true });
  });
});
