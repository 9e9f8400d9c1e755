// ExcelJS's own part parsers ("xforms"), which `Workbook.xlsx.load` uses internally and the package does not type.
// Only what read-xlsx-parts.ts calls is declared. exceljs is pinned by package-lock.json; the equivalence tests
// (every test workbook is read both ways) catch any change of behaviour.

declare module 'exceljs/lib/xlsx/xform/strings/shared-strings-xform' {
  class SharedStringsXform {
    parseStream(chunks: Iterable<string>): Promise<unknown>;
    getString(index: number): unknown;
  }
  export = SharedStringsXform;
}

declare module 'exceljs/lib/xlsx/xform/style/styles-xform' {
  class StylesXform {
    parseStream(chunks: Iterable<string>): Promise<unknown>;
    getStyleModel(id: number): { font?: { name?: string }; numFmt?: string } | null;
  }
  export = StylesXform;
}

declare module 'exceljs/lib/xlsx/xform/book/workbook-xform' {
  class WorkbookXform {
    parseStream(chunks: Iterable<string>): Promise<unknown>;
  }
  export = WorkbookXform;
}

declare module 'exceljs/lib/xlsx/xform/core/relationships-xform' {
  class RelationshipsXform {
    parseStream(chunks: Iterable<string>): Promise<unknown>;
  }
  export = RelationshipsXform;
}

declare module 'exceljs/lib/utils/col-cache' {
  const colCache: {
    decode(range: string): { top: number; left: number; bottom: number; right: number } | { row: number; col: number };
  };
  export = colCache;
}

declare module 'exceljs/lib/utils/utils' {
  const utils: {
    isDateFmt(fmt: string | undefined): boolean;
    excelToDate(serial: number, date1904: boolean): Date;
    xmlDecode(text: string): string;
  };
  export = utils;
}

declare module 'unzipper' {
  interface ZipEntry {
    path: string;
    type: 'File' | 'Directory';
    uncompressedSize: number;
    compressedSize: number;
    compressionMethod: number;
    flags: number;
    offsetToLocalFileHeader: number;
    buffer(): Promise<Buffer>;
  }
  export const Open: {
    buffer(data: Buffer): Promise<{ files: ZipEntry[] }>;
  };
}
