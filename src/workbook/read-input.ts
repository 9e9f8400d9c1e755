/**
 * Any input file's bytes → WorkbookGrid, by what the bytes are: .xlsx/.xlsm through the given workbook reader (the
 * fast one on the command line, ExcelJS's in the browser), .docx through the Word adapter, .xls/.xlsb/.ods through
 * SheetJS.
 * The readers of the other kinds are loaded only when such a file comes.
 */
import type { WorkbookGrid } from '../domain/grid';
import { inputKind } from './exceljs/file-kind';

export type XlsxReader = (bytes: Uint8Array, fileName: string) => Promise<WorkbookGrid>;

export async function readInputBytes(bytes: Uint8Array, fileName: string, readXlsx: XlsxReader): Promise<WorkbookGrid> {
  switch (inputKind(bytes, fileName)) {
    case 'xlsx':
      return readXlsx(bytes, fileName);
    case 'docx': {
      const { readDocx } = await import(/* webpackChunkName: "docx-read" */ './docx/read-docx');
      // A list pasted into the document as an Excel object is read from the workbook it embeds.
      return readDocx(bytes, fileName, (embedded, name) => readInputBytes(embedded, name, readXlsx));
    }
    case 'xls':
    case 'xlsb':
    case 'ods': {
      const { readXls } = await import(/* webpackChunkName: "sheetjs-read" */ './sheetjs/read-xls');
      return readXls(bytes, fileName);
    }
  }
}
