/**
 * Trial 16: the task pane's picked files. Picking a second «danh-sach.xlsx» (another unit's, from another folder)
 * replaced the first without a word, and that unit's list was lost. The same file picked again still takes its old
 * place; another file of that name is added beside it under a copy number.
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
  it('another file of that name is kept beside the first', async () => {
    const s = fileSources(localEngine());
    await s.add([file(await list('Đảng ủy xã An Bình', 'Trần Thị Lan'), 'danh-sach.xlsx')], quiet);
    await s.add([file(await list('Đảng ủy xã Phú Hữu', 'Lê Văn Tám'), 'danh-sach.xlsx')], quiet);
    await s.add([file(await list('Hội Nông dân huyện', 'Võ Công Danh'), 'Danh-Sach.xlsx')], quiet);
    expect(s.list().map((f) => f.name)).toEqual(['danh-sach.xlsx', 'danh-sach (2).xlsx', 'Danh-Sach (3).xlsx']);
    expect(namesIn(s)).toEqual(['danh-sach.xlsx: Trần Thị Lan', 'danh-sach (2).xlsx: Lê Văn Tám', 'Danh-Sach (3).xlsx: Võ Công Danh']);
  });

  it('two of one name in one pick are both kept', async () => {
    const s = fileSources(localEngine());
    await s.add([file(await list('Đảng ủy xã An Bình', 'Trần Thị Lan'), 'ds.xlsx'), file(await list('Đảng ủy xã Phú Hữu', 'Lê Văn Tám'), 'ds.xlsx')], quiet);
    expect(namesIn(s)).toEqual(['ds.xlsx: Trần Thị Lan', 'ds (2).xlsx: Lê Văn Tám']);
  });

  it('near miss: the same file picked again takes its old place', async () => {
    const s = fileSources(localEngine());
    const bytes = await list('Đảng ủy xã An Bình', 'Trần Thị Lan');
    await s.add([file(bytes, 'danh-sach.xlsx'), file(await list('Đảng ủy xã Phú Hữu', 'Lê Văn Tám'), 'phu-huu.xlsx')], quiet);
    await s.add([file(bytes, 'danh-sach.xlsx')], quiet);
    expect(s.list().map((f) => f.name).sort()).toEqual(['danh-sach.xlsx', 'phu-huu.xlsx']);
  });

  it('near miss: a removed name is free again', async () => {
    const s = fileSources(localEngine());
    await s.add([file(await list('Đảng ủy xã An Bình', 'Trần Thị Lan'), 'danh-sach.xlsx')], quiet);
    s.remove('danh-sach.xlsx');
    await s.add([file(await list('Đảng ủy xã Phú Hữu', 'Lê Văn Tám'), 'danh-sach.xlsx')], quiet);
    expect(namesIn(s)).toEqual(['danh-sach.xlsx: Lê Văn Tám']);
  });
});
