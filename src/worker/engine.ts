/**
 * The engine in-process: the domain behind the `Engine` calls. The Web Worker runs this; tests and the bench call
 * it directly. ExcelJS is imported only when a file is read or written, so checking the open workbook never loads it.
 */
import { consolidate } from '../domain/ceremony/consolidate';
import { CalendarDate, parseIsoDate } from '../domain/dates';
import { InputError } from '../domain/errors';
import { defaultProfile, profileFrom, ProfileError } from '../domain/profile';
import { ReadOptions, readWorkbookProfile, readWorkbooks } from '../domain/reading/read-workbooks';
import type { ReadResult } from '../domain/records';
import { unitsView } from '../domain/report/by-unit';
import { duplicateRowFacts } from '../domain/report/duplicate-rows';
import { buildReport } from '../domain/report/report';
import { feedbackBook, unitsWithFindings } from '../domain/feedback/feedback-sheet';
import { withFoundDistrict } from '../domain/units/district';
import { analyze as analyzeRead } from '../domain/analysis/analyze';
import { msg } from '../domain/findings/messages';
import { computeQuota } from '../domain/rules';
import { withDecisions } from './decisions';
import { workerText } from './messages';
import { AnalyzeRequest, AnalyzeResult, Engine, EngineError, FileInput, QuotaResult, ReadFilesResult } from './protocol';

/** Domain errors become messages for the user; anything else is unexpected and says nothing about cell contents. */
function asEngineError(e: unknown): EngineError {
  if (e instanceof EngineError) return e;
  if (e instanceof InputError || e instanceof ProfileError) return new EngineError(e.message, true);
  return new EngineError(msg.unexpectedCheckError(), false);
}

function profileOptions(req: AnalyzeRequest): ReadOptions {
  const override = req.profileOverride === undefined ? undefined : { data: req.profileOverride, source: msg.taskPaneProfileSource() };
  const profile = req.profileBase === undefined ? defaultProfile() : profileFrom(req.profileBase, msg.taskPaneProfileSource());
  return { profile, ...(override ? { override } : {}) };
}

function readRequest(req: AnalyzeRequest): { read: ReadResult; asOf: CalendarDate } {
  const asOf = parseIsoDate(req.asOf);
  if (!asOf) throw new EngineError(msg.invalidAsOf(req.asOf), true);
  const grids = withDecisions(req.grids, req.decisions ?? []);
  const unreadable = req.unreadable?.length ? { unreadable: req.unreadable } : {};
  return { read: readWorkbooks(grids, { ...profileOptions(req), ...unreadable, asOf }), asOf };
}

/** The quota table only: CHECKQUOTA needs no other rule, and the duplicate matcher is the costly one. */
export function quota(req: AnalyzeRequest): QuotaResult {
  const date1904 = req.grids.some((g) => g.date1904);
  try {
    const { read, asOf } = readRequest(req);
    const setBy = read.profileSetBy ?? [];
    return { quota: computeQuota(analyzeRead(read, asOf)), profile: read.profile, date1904, ...(setBy.length ? { profileSetBy: setBy } : {}) };
  } catch (e) {
    // A workbook without a table still has its settings, which the other functions judge by (a bad one is its error).
    if (!(e instanceof InputError)) throw e;
    const { profile, setBy } = readWorkbookProfile(req.grids, profileOptions(req));
    return { quota: [], profile, date1904, unusable: e.message, ...(setBy.length ? { profileSetBy: setBy } : {}) };
  }
}

export function analyze(req: AnalyzeRequest): AnalyzeResult {
  const { read, asOf } = readRequest(req);
  const report = buildReport(read, asOf, req.grids.length + (req.unreadable?.length ?? 0));
  const view = unitsView(read, report, asOf);
  const result: AnalyzeResult = {
    report,
    profile: read.profile,
    tables: read.tables,
    dateLines: read.dateLines ?? [],
    view,
    duplicateRows: duplicateRowFacts(read, report.findings),
  };
  if (req.feedback) result.feedback = feedbackBook(withFoundDistrict(read.profile, read.titles ?? []).profile, asOf, unitsWithFindings(view, report.findings, read));
  if (req.ceremony) {
    const book = consolidate(read, report, req.ceremony.id, req.ceremony.taken);
    const s = book.selection;
    result.book = {
      sheets: book.sheets,
      document: book.document,
      notices: book.notices,
      collectives: s.collectives.length,
      individuals: s.individuals.length,
      excluded: s.excluded.length,
    };
  }
  return result;
}

/** Every file the user picked, whatever its kind: each one is a grid or an error, never silently dropped. */
export async function readFiles(files: FileInput[]): Promise<ReadFilesResult> {
  const { readInputBytes } = await import(/* webpackChunkName: "read-input" */ '../workbook/read-input');
  const readXlsx = async (bytes: Uint8Array, name: string) => {
    const [{ readWorkbookBytes }, { webInflate }] = await Promise.all([
      import(/* webpackChunkName: "xlsx-read" */ '../workbook/xlsx/read-workbook'),
      import(/* webpackChunkName: "xlsx-read" */ '../workbook/xlsx/inflate'),
    ]);
    return readWorkbookBytes(bytes, name, webInflate);
  };
  const out: ReadFilesResult = { grids: [], errors: [] };
  for (const f of files) {
    try {
      out.grids.push(await readInputBytes(new Uint8Array(f.bytes), f.name, readXlsx));
    } catch (e) {
      out.errors.push({ file: f.name, message: asEngineError(e).message });
    }
  }
  return out;
}

/** The engine as plain function calls, with the same error contract as the worker. */
export function localEngine(): Engine {
  const guard = async <T>(run: () => T | Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (e) {
      throw asEngineError(e);
    }
  };
  return {
    analyze: (req) => guard(() => analyze(req)),
    quota: (req) => guard(() => quota(req)),
    readFiles: (files) => guard(() => readFiles(files)),
    writeXlsx: (sheets) =>
      guard(async () => {
        const { writeXlsx } = await import(/* webpackChunkName: "exceljs-write" */ '../workbook/exceljs/write-xlsx');
        const bytes = await writeXlsx(sheets);
        return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      }),
    writeDocx: (document) =>
      guard(async () => {
        const { writeDocx } = await import(/* webpackChunkName: "docx-write" */ '../workbook/docx/write-docx');
        const bytes = await writeDocx(document);
        return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      }),
    validateProfile: (override) => guard(() => profileFrom(override, workerText.profileSource)),
  };
}
