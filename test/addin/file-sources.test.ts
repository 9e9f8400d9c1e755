/**
 * Trial 16: the task pane's picked files. Picking a second «danh-sach.xlsx» (another unit's, from another folder)
 * replaced the first without a word, and that unit's list was lost. Picking a file again under its name is also how a
 * corrected list comes back (review 23), so it still takes the old one's place, and the list now says so.
 */
import ExcelJS from 'exceljs';
import { fileSources } from '../../src/taskpane/file-sources';
import { localEngine } from '../../src/worker/engine';
import { sheetWith, toBytes } from '../fixtures/workbooks';

async function list(unit: string, name: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  sheetWith(wb, 'DS', [[unit.toUpperCase()], [], ['STT', 'Họ và tên', 'Năm sinh'], [1, name, 1970]]);
  return toBytes(wb);
}

const file = (bytes: Uint8Array, name: string) => new File([new Uint8Array(bytes)], name);
const quiet = () => undefined;
const namesIn = (s: ReturnType<typeof fileSources>) =>
  s.grids().map((g) => `${g.fileName}: ${String(g.sheets[0]?.rows[3]?.[1]?.v ?? '')}`);

describe('picked files of one name', () => {
  it('a file picked again under its name takes its old place, and the list says so (it may be another unit\'s)', async () => {
    const s = fileSources(localEngine());
    await s.add([file(await list('Đảng ủy xã An Bình', 'Trần Thị Lan'), 'danh-sach.xlsx')], quiet);
    expect(s.list()).toEqual([{ name: 'danh-sach.xlsx' }]);
    await s.add([file(await list('Đảng ủy xã An Bình', 'Trần Thị Lan Anh'), 'danh-sach.xlsx')], quiet);
    expect(s.list()).toEqual([{ name: 'danh-sach.xlsx', replaced: true }]);
    expect(namesIn(s)).toEqual(['danh-sach.xlsx: Trần Thị Lan Anh']);
  });

  it('two of one name in one pick are both kept', async () => {
    const s = fileSources(localEngine());
    await s.add([file(await list('Đảng ủy xã An Bình', 'Trần Thị Lan'), 'ds.xlsx'), file(await list('Đảng ủy xã Phú Hữu', 'Lê Văn Tám'), 'ds.xlsx')], quiet);
    expect(namesIn(s)).toEqual(['ds.xlsx: Trần Thị Lan', 'ds (2).xlsx: Lê Văn Tám']);
    expect(s.list().some((f) => f.replaced)).toBe(false);
  });

  it('near miss: files of other names are added, nothing said', async () => {
    const s = fileSources(localEngine());
    await s.add([file(await list('Đảng ủy xã An Bình', 'Trần Thị Lan'), 'an-binh.xlsx')], quiet);
    await s.add([file(await list('Đảng ủy xã Phú Hữu', 'Lê Văn Tám'), 'phu-huu.xlsx')], quiet);
    expect(s.list()).toEqual([{ name: 'an-binh.xlsx' }, { name: 'phu-huu.xlsx' }]);
  });

  it('near miss: a removed name is free again, nothing said', async () => {
    const s = fileSources(localEngine());
    await s.add([file(await list('Đảng ủy xã An Bình', 'Trần Thị Lan'), 'danh-sach.xlsx')], quiet);
    s.remove('danh-sach.xlsx');
    await s.add([file(await list('Đảng ủy xã Phú Hữu', 'Lê Văn Tám'), 'danh-sach.xlsx')], quiet);
    expect(s.list()).toEqual([{ name: 'danh-sach.xlsx' }]);
  });
});
