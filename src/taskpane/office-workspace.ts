/**
 * The task pane inside Excel: the open workbook read through Office.js, checked by the engine (in its worker), the
 * ceremony sheets written back as new sheets. Unit files picked in "Gộp file" are read like in the browser and
 * checked and consolidated together with the workbook.
 */
import { parseIsoDate } from '../domain/dates';
import type { Finding } from '../domain/findings/finding';
import { bookSummary, checkOutcome, unreadableFound } from './check-outcome';
import { fileSources } from './file-sources';
import { hiddenRowsNotes } from './hidden-rows-note';
import { ui } from './ui/texts';
import { CheckOutcome, UserError, Workspace } from './workspace';
import { feed } from '../functions/runtime';
import { decisionCells } from '../worker/decisions';
import { EngineError, type AnalyzeResult, type Engine } from '../worker/protocol';
import { appendDecision } from '../workbook/office/decisions-sheet';
import { clearHighlights, highlightSpots, highlightsSupported } from '../workbook/office/highlights';
import { liveMadeSheets, madeSheets, MadeRole, outputSheetIds, saveMadeSheets } from '../workbook/office/made-sheets';
import { explainOfficeError } from '../workbook/office/office-errors';
import { storedProfileOverride, storeProfileOverride } from '../workbook/office/profile-store';
import { readOpenWorkbook } from '../workbook/office/read-workbook';
import { writeProfileSheet } from '../workbook/office/profile-sheet';
import { mergeProfile } from '../domain/profile/load-profile';
import { settingChanges } from '../domain/profile/profile-edits';
import { sheetSettings } from '../domain/profile/sheet-profile';
import type { Profile } from '../domain/profile/schema';
import { canOpenNewWorkbook, openNewWorkbook } from '../workbook/office/new-workbook';
import { recalculateAll } from '../workbook/office/recalculate';
import { selectPlace } from '../workbook/office/select';
import { watchWorkbook } from '../workbook/office/changes';
import { writeSheetModels } from '../workbook/office/write-sheets';

const ROLES: MadeRole[] = ['ceremony', 'excluded', 'quota'];
const quiet = () => undefined;

/** Office failures become Vietnamese sentences; engine and user errors pass through. */
async function office<T>(doing: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof UserError || e instanceof EngineError) throw e;
    throw new UserError(explainOfficeError(e, doing));
  }
}

export function officeWorkspace(engine: Engine, today: () => string): Workspace {
  const sources = fileSources(engine);
  // Findings in merged unit files have no cell in this workbook to select or highlight.
  let openName: string | undefined;
  const read = async (progress: (s: string, f?: number) => void) => {
    progress(ui.working.readingWorkbook, 0.1);
    const r = await readOpenWorkbook({ skipSheetIds: outputSheetIds() });
    openName = r.grid.fileName;
    return r;
  };
  const override = () => storedProfileOverride();
  const withOverride = () => {
    const o = override();
    // Picked files that could not be read are reported with the rest (FILE_UNREADABLE), never dropped.
    return { unreadable: sources.unreadable(), ...(o ? { profileOverride: o } : {}) };
  };

  const outcome = (r: AnalyzeResult, names: string[]): CheckOutcome => checkOutcome(r, names, sources.list());
  /** The profile the open workbook sets (its «Cấu hình» sheet), with the settings' one over it when `stored`. */
  const inForce = async (grid: Parameters<Engine['quota']>[0]['grids'][number], stored: boolean): Promise<Profile> => {
    const o = stored ? override() : undefined;
    return (await engine.quota({ grids: [grid], asOf: today(), ...(o ? { profileOverride: o } : {}) })).profile;
  };

  // The sheets the last check read (name → id), and those changed since: its places and results may be out of date.
  let checked: Map<string, string> | undefined;
  const changedSince = new Set<string>();
  const staleListeners = new Set<(stale: boolean) => void>();
  const tellStale = () => staleListeners.forEach((l) => l(changedSince.size > 0));
  let watching: Promise<void> | undefined;
  const watch = () =>
    (watching ??= watchWorkbook(({ worksheetId: id }) => {
      // A sheet added changes no sheet the check read; the add-in's own sheets (its lists, its decisions) change when
      // it writes them: no change to what was checked.
      if (!id || !checked || !new Set(checked.values()).has(id) || madeSheets().some((m) => m.id === id) || changedSince.has(id)) return;
      changedSince.add(id);
      tellStale();
    }).catch(() => undefined));

  const ws: Workspace = {
    insideExcel: true,
    files: () => sources.list(),
    addFiles: (files, progress) => sources.add(files, progress),
    removeFile: (name) => sources.remove(name),
    check: (asOf, progress) =>
      office(ui.officeAction.check, async () => {
        await watch();
        const { grid, sheets, hiddenRows } = await read(progress);
        progress(ui.working.checking, 0.5);
        const merged = sources.grids();
        const grids = [grid, ...merged];
        const r = await engine.analyze({ grids, asOf, ...withOverride() });
        checked = new Map(sheets.map((x) => [x.name, x.id]));
        changedSince.clear();
        tellStale();
        sources.found(unreadableFound(r));
        // Merged files live in the pane only: the functions beside the data count the workbook alone.
        const o = outcome(r, grids.map((g) => g.fileName));
        const notes = [...(merged.length ? [ui.mergedNotInFunctions(merged.length)] : []), ...hiddenRowsNotes(hiddenRows, r.tables, grid.fileName), ...(o.notes ?? [])];
        return { ...o, ...(notes.length ? { notes } : {}) };
      }),
    feedback: (asOf, progress) =>
      office(ui.officeAction.feedback, async () => {
        const { grid } = await read(progress);
        progress(ui.working.feedback, 0.5);
        const r = await engine.analyze({ grids: [grid, ...sources.grids()], asOf, ...withOverride(), feedback: true });
        const sheets = r.feedback ?? [];
        if (!sheets.length) return { units: 0 };
        progress(ui.working.feedbackBook, 0.8);
        const bytes = await engine.writeXlsx(sheets);
        const download = { fileName: `phieu-gop-y-${asOf}.xlsx`, bytes };
        // A new workbook beside the open one: the user's workbook is not touched. Older hosts get a download.
        if (!canOpenNewWorkbook()) return { units: sheets.length, download };
        await openNewWorkbook(bytes);
        return { units: sheets.length };
      }),
    consolidate: (ceremonyId, asOf, confirmReplace, progress) =>
      office(ui.officeAction.consolidate, async () => {
        const { grid, sheets, hiddenRows } = await read(progress);
        const previous = liveMadeSheets(sheets.map((s) => s.id)).filter((m) => m.ceremony === ceremonyId && m.role !== 'decisions');
        const replaceIds = previous.map((m) => m.id);
        if (previous.length) {
          const names = sheets.filter((s) => replaceIds.includes(s.id)).map((s) => s.name);
          if (!(await confirmReplace(names))) return { status: 'cancelled', sheetNames: [], collectives: 0, individuals: 0, excluded: 0 };
        }
        const taken = sheets.filter((s) => !replaceIds.includes(s.id)).map((s) => s.name);
        progress(ui.working.ceremonyList, 0.5);
        const r = await engine.analyze({ grids: [grid, ...sources.grids()], asOf, ...withOverride(), ceremony: { id: ceremonyId, taken } });
        const book = r.book;
        if (!book) throw new UserError(ui.working.noList);
        progress(ui.working.writingSheets, 0.8);
        const written = await writeSheetModels(book.sheets, replaceIds);
        const kept = madeSheets().filter((m) => !replaceIds.includes(m.id));
        await saveMadeSheets([...kept, ...written.sheets.map((s, i) => ({ id: s.id, role: ROLES[i] ?? 'quota', ceremony: ceremonyId }))]);
        const summary = bookSummary(book);
        const hiddenNotes = hiddenRowsNotes(hiddenRows, r.tables, grid.fileName).map((message) => ({ level: 'warning' as const, message }));
        return {
          status: 'written',
          sheetNames: written.sheets.map((s) => s.name),
          ...summary,
          ...(hiddenNotes.length ? { notices: [...hiddenNotes, ...(summary.notices ?? [])] } : {}),
        };
      }),
    wordFile: async (ceremonyId, document) => ({ fileName: `danh-sach-tuyen-duong-${ceremonyId}.docx`, bytes: await engine.writeDocx(document) }),
    decisions: {
      record: (f, verdict) =>
        office(ui.officeAction.decision, async () => {
          const d = parseIsoDate(today());
          if (!d) throw new UserError(ui.working.todayUnreadable);
          await appendDecision(decisionCells(f, d, '', verdict));
        }),
    },
    profile: {
      load: () => Promise.resolve(override()),
      // What applies now: the workbook's «Cấu hình» sheet (and a profile an earlier version kept in the settings).
      // A sheet the engine refuses (its sentence comes with the check, and with a save) leaves the tab editable, as before.
      effective: () =>
        office(ui.officeAction.readProfile, async () => inForce((await read(quiet)).grid, true)).catch(() => engine.validateProfile(override() ?? {})),
      async save(next, shown) {
        const { grid } = await read(quiet);
        const stored = override();
        const current = await inForce(grid, true);
        if (next) {
          const edited = await engine.validateProfile(mergeProfile(current, next));
          // Only what the user changed is written, into the sheet every door reads; a profile an earlier version kept
          // in the settings is written only where the sheet says nothing, and no longer masks the sheet.
          const changes = settingChanges(shown ?? current, edited);
          const kept = stored ? settingChanges(await inForce(grid, false), current) : [];
          // Nothing changed, nothing kept: no sheet is made or touched.
          if (changes.length || kept.length) {
            const w = await office(ui.officeAction.saveProfile, () => writeProfileSheet(changes, kept, sheetSettings(edited).map((x) => x.label)));
            if (w.status !== 'written') throw new UserError(ui.profileSheetNotOurs(w.sheet));
          }
        }
        if (stored) await office(ui.officeAction.saveProfile, () => storeProfileOverride(undefined));
        // The DIENHINH cells judge by this profile: they follow it as they follow edits of the tables.
        feed.invalidate();
        await recalculateAll().catch(() => undefined);
        return inForce((await read(quiet)).grid, false);
      },
    },
    canSelect: (file) => file === openName,
    select: (place) =>
      office(ui.officeAction.select, async () => {
        if (place.file !== openName) return undefined;
        // The sheet the check read, by id: renamed, it is still found; replaced under its old name, it is not.
        const id = checked?.get(place.sheet);
        const at = `${place.column ?? 'A'}${place.row}`;
        const r = await selectPlace({ id, name: place.sheet }, place.row, place.column);
        if (r.status === 'gone') throw new UserError(ui.goToGone(place.sheet));
        if (r.status === 'hidden') throw new UserError(ui.goToHidden(r.name));
        return (id && changedSince.has(id)) || r.name !== place.sheet ? ui.goToChanged(r.name, at) : undefined;
      }),
    isStale: () => changedSince.size > 0,
    onStale: (listener) => {
      staleListeners.add(listener);
      return () => {
        staleListeners.delete(listener);
      };
    },
  };
  if (highlightsSupported()) {
    ws.highlight = (findings: Finding[]) =>
      office(ui.officeAction.highlight, () =>
        highlightSpots(
          findings.flatMap((f) => {
            const places = f.rows?.length ? f.rows : f.sheet && f.row ? [{ sheet: f.sheet, row: f.row, file: f.file }] : [];
            return places.filter((p) => p.file === openName).map((p) => ({ sheet: p.sheet, row: p.row, severity: f.severity, ...(f.column && !f.rows ? { column: f.column } : {}) }));
          }),
        ),
      );
    ws.clearHighlights = () => office(ui.officeAction.clearHighlight, () => clearHighlights());
  }
  return ws;
}
