/**
 * The workbook port. Reading gives the engine a `WorkbookGrid` (plain cells); writing takes a sheet built as data
 * by the domain. Two adapters: ExcelJS (files: command line and browser) and Office.js (the open workbook).
 */
export type { Cell, Merge, SheetGrid, TextRun, WorkbookGrid } from '../domain/grid';
