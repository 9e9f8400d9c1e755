/** Each file of a run under a name of its own: rows are known by file, sheet and row. */
import { distinctFileNames } from '../../../src/domain/reading/file-names';

describe('distinctFileNames', () => {
  it.each<[string, string[], string[]]>([
    ['names of their own stay bare', ['/in/Xa An Binh.xlsx', '/in/Hoi ND.docx'], ['Xa An Binh.xlsx', 'Hoi ND.docx']],
    ['one name in two folders: the folder tells them apart', ['/in/An Binh/DS.xlsx', '/in/Phu Huu/DS.xlsx', '/in/Tong hop.xlsx'], ['An Binh/DS.xlsx', 'Phu Huu/DS.xlsx', 'Tong hop.xlsx']],
    ['Windows paths', ['C:\\Hop thu\\An Binh\\DS.xlsx', 'C:\\Hop thu\\Phu Huu\\DS.xlsx'], ['An Binh/DS.xlsx', 'Phu Huu/DS.xlsx']],
    ['as deep as needed', ['/a/xa/DS.xlsx', '/b/xa/DS.xlsx', '/c/DS.xlsx'], ['a/xa/DS.xlsx', 'b/xa/DS.xlsx', 'c/DS.xlsx']],
    ['case aside, as Windows sees names', ['/a/ds.xlsx', '/b/DS.XLSX'], ['a/ds.xlsx', 'b/DS.XLSX']],
    ['no folders to tell: a copy number before the extension', ['DS.xlsx', 'DS.xlsx', 'DS.xlsx'], ['DS.xlsx', 'DS (2).xlsx', 'DS (3).xlsx']],
    ['a copy number already taken is skipped', ['DS.xlsx', 'DS (2).xlsx', 'DS.xlsx'], ['DS.xlsx', 'DS (2).xlsx', 'DS (3).xlsx']],
    ['a name without an extension', ['Danh sach', 'Danh sach'], ['Danh sach', 'Danh sach (2)']],
  ])('%s', (_, paths, names) => {
    expect(distinctFileNames(paths)).toEqual(names);
  });
});
