/**
 * Trial 16, then trial 21a #2: the task pane's picked files. A second «danh-sach.xlsx» picked later (another unit's,
 * from another folder) took the first one's place, and that unit's whole list was lost. Now only the same file picked
 * again (its bytes identical) takes its old place; a file of other content under a name already chosen is kept beside
 * it under a copy number, as two of one name in one pick are, and the list says so (a corrected list is removed by hand).
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
  it('another file of a name already chosen is kept beside it under a copy number, and the list says so', async () => {
    const s = fileSources(localEngine());
    await s.add([file(await list('Đảng ủy xã An Bình', 'Trần Thị Lan'), 'danh-sach.xlsx')], quiet);
    expect(s.list()).toEqual([{ name: 'danh-sach.xlsx' }]);
    await s.add([file(await list('Đảng ủy xã Phước Hưng', 'Lê Văn Tám'), 'danh-sach.xlsx')], quiet);
    expect(s.list()).toEqual([{ name: 'danh-sach.xlsx' }, { name: 'danh-sach (2).xlsx', pickedAs: 'danh-sach.xlsx' }]);
    expect(namesIn(s)).toEqual(['danh-sach.xlsx: Trần Thị Lan', 'danh-sach (2).xlsx: Lê Văn Tám']);
    // A third, in a pick of its own, and a name differing only in case (as Windows sees names).
    await s.add([file(await list('Chi bộ Bưu điện huyện', 'Phạm Văn Bưu'), 'Danh-Sach.xlsx')], quiet);
    expect(s.list().map((f) => f.name)).toEqual(['danh-sach.xlsx', 'danh-sach (2).xlsx', 'Danh-Sach (3).xlsx']);
  });

  it('a corrected list under its name is kept beside the old one, not silently over it', async () => {
    const s = fileSources(localEngine());
    await s.add([file(await list('Đảng ủy xã An Bình', 'Trần Thị Lan'), 'danh-sach.xlsx')], quiet);
    await s.add([file(await list('Đảng ủy xã An Bình', 'Trần Thị Lan Anh'), 'danh-sach.xlsx')], quiet);
    expect(namesIn(s)).toEqual(['danh-sach.xlsx: Trần Thị Lan', 'danh-sach (2).xlsx: Trần Thị Lan Anh']);
    s.remove('danh-sach.xlsx');
    expect(namesIn(s)).toEqual(['danh-sach (2).xlsx: Trần Thị Lan Anh']);
  });

  it('near miss: the same file picked again takes its old place, nothing said', async () => {
    const s = fileSources(localEngine());
    const a = await list('Đảng ủy xã An Bình', 'Trần Thị Lan');
    const b = await list('Đảng ủy xã Phước Hưng', 'Lê Văn Tám');
    await s.add([file(a, 'danh-sach.xlsx')], quiet);
    await s.add([file(b, 'danh-sach.xlsx')], quiet);
    await s.add([file(a, 'danh-sach.xlsx'), file(b, 'danh-sach.xlsx')], quiet);
    expect(s.list()).toEqual([{ name: 'danh-sach.xlsx' }, { name: 'danh-sach (2).xlsx', pickedAs: 'danh-sach.xlsx' }]);
    expect(namesIn(s)).toEqual(['danh-sach.xlsx: Trần Thị Lan', 'danh-sach (2).xlsx: Lê Văn Tám']);
    // The first alone picked again stays first.
    await s.add([file(a, 'danh-sach.xlsx')], quiet);
    expect(namesIn(s)).toEqual(['danh-sach.xlsx: Trần Thị Lan', 'danh-sach (2).xlsx: Lê Văn Tám']);
  });

  it('two of one name in one pick are both kept', async () => {
    const s = fileSources(localEngine());
    await s.add([file(await list('Đảng ủy xã An Bình', 'Trần Thị Lan'), 'ds.xlsx'), file(await list('Đảng ủy xã Phú Hữu', 'Lê Văn Tám'), 'ds.xlsx')], quiet);
    expect(namesIn(s)).toEqual(['ds.xlsx: Trần Thị Lan', 'ds (2).xlsx: Lê Văn Tám']);
    expect(s.list()).toEqual([{ name: 'ds.xlsx' }, { name: 'ds (2).xlsx', pickedAs: 'ds.xlsx' }]);
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
