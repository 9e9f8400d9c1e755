/**
 * The task pane in a plain browser: the user's .xlsx files are read, checked and consolidated by the engine in a
 * Web Worker; results are offered as downloads. Nothing leaves the machine; the profile and the duplicate decisions
 * are kept in this browser's local storage (never inside Excel, where local storage has crashed the host).
 */
import { parseIsoDate } from '../domain/dates/calendar';
import { withSettingsOf } from '../domain/profile/profile-edits';
import { SHEET_LABELS } from '../domain/profile/sheet-labels';
import { decisionsSheet } from '../domain/ceremony/side-sheets';
import { decisionCells, VERDICT_TEXT } from '../worker/decisions';
import type { WorkbookGrid } from '../domain/grid';
import type { AnalyzeResult, Engine, QuotaResult } from '../worker/protocol';
import { bookSummary, checkOutcome, unreadableFound } from './check-outcome';
import { fileSources } from './file-sources';
import { ui } from './ui/texts';
import { localStore } from './local-store';
import { CheckOutcome, UserError, Workspace } from './workspace';

const PROFILE_KEY = 'dienhinh.profile';
const DECISIONS_KEY = 'dienhinh.decisions';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isRows = (v: unknown): v is string[][] => Array.isArray(v) && v.every((r) => Array.isArray(r) && r.every((c) => typeof c === 'string'));

export function standaloneWorkspace(engine: Engine, today: () => string, store = localStore()): Workspace {
  const sources = fileSources(engine);
  const decisions: string[][] = store.get(DECISIONS_KEY, isRows) ?? [];
  let override: Record<string, unknown> | undefined = store.get(PROFILE_KEY, isObject);

  const grids = () => {
    const g = sources.grids();
    if (!g.length) throw new UserError(sources.list().length ? ui.working.noneRead : ui.working.noFiles);
    return g;
  };
  // The settings kept on this machine lie under the picked workbooks' own «Cấu hình» sheets.
  const base = () => ({ decisions: [...decisions], unreadable: sources.unreadable(), ...(override ? { profileBase: override } : {}) });
  const outcome = (r: AnalyzeResult, names: string[]): CheckOutcome => checkOutcome(r, names, sources.list());
  /** The profile the picked files' «Cấu hình» sheets make of the saved one, and the settings they decide. */
  let asked: { grids: WorkbookGrid[]; override: typeof override; answer: Promise<QuotaResult | undefined> } | undefined;
  const inFiles = () => {
    const g = sources.grids();
    if (!g.length) return Promise.resolve(undefined);
    // The tab asks for the profile and for its settings at once: one reading of the files answers both.
    const last = asked;
    if (last && last.override === override && last.grids.length === g.length && last.grids.every((x, i) => x === g[i])) return last.answer;
    const answer = engine.quota({ grids: g, asOf: today(), ...(override ? { profileBase: override } : {}) }).catch(() => undefined);
    asked = { grids: g, override, answer };
    return answer;
  };

  return {
    insideExcel: false,
    files: () => sources.list(),
    addFiles: (files, progress) => sources.add(files, progress),
    removeFile: (name) => sources.remove(name),
    async check(asOf, progress) {
      const g = grids();
      progress(ui.working.checking, 0.6);
      const r = await engine.analyze({ grids: g, asOf, ...base() });
      // A file the check could not read (no table it recognises) is marked in the list of files too.
      sources.found(unreadableFound(r));
      return outcome(r, g.map((x) => x.fileName));
    },
    async feedback(asOf, progress) {
      const g = grids();
      progress(ui.working.feedback, 0.4);
      const r = await engine.analyze({ grids: g, asOf, ...base(), feedback: true });
      const sheets = r.feedback ?? [];
      if (!sheets.length) return { units: 0 };
      progress(ui.working.makingXlsx, 0.8);
      const bytes = await engine.writeXlsx(sheets);
      return { units: sheets.length, download: { fileName: `phieu-gop-y-${asOf}.xlsx`, bytes } };
    },
    async consolidate(ceremonyId, asOf, _confirm, progress) {
      const g = grids();
      progress(ui.working.ceremonyList, 0.4);
      const r = await engine.analyze({ grids: g, asOf, ...base(), ceremony: { id: ceremonyId, taken: [] } });
      const book = r.book;
      if (!book) throw new UserError(ui.working.noList);
      progress(ui.working.makingXlsx, 0.8);
      // The decisions kept in this browser go with the list, in the sheet a workbook keeps them in.
      const sheets = decisions.length ? [...book.sheets, decisionsSheet(decisions)] : book.sheets;
      const bytes = await engine.writeXlsx(sheets);
      return {
        status: 'downloaded',
        sheetNames: sheets.map((s) => s.name),
        download: { fileName: `danh-sach-tuyen-duong-${ceremonyId}.xlsx`, bytes },
        ...bookSummary(book),
      };
    },
    wordFile: async (ceremonyId, document) => ({ fileName: `danh-sach-tuyen-duong-${ceremonyId}.docx`, bytes: await engine.writeDocx(document) }),
    decisions: {
      record: async (f, verdict) => {
        const d = parseIsoDate(today());
        if (!d) return;
        decisions.push(decisionCells(f, d, '', verdict));
        store.set(DECISIONS_KEY, decisions);
      },
      stored: () =>
        decisions.map(([key = '', group = '', , verdict = '', date = '']) => ({
          key,
          group,
          verdict: verdict === VERDICT_TEXT.duplicate ? 'duplicate' : 'not-duplicate',
          date,
        })),
      forget: (key) => {
        for (let i = decisions.length - 1; i >= 0; i--) if (decisions[i]?.[0] === key) decisions.splice(i, 1);
        store.set(DECISIONS_KEY, decisions);
      },
    },
    profile: {
      load: () => Promise.resolve(override),
      effective: async () => (await inFiles())?.profile ?? engine.validateProfile(override ?? {}),
      setInFiles: async () => (await inFiles())?.profileSetBy ?? [],
      async save(next) {
        let kept = next;
        const setBy = (await inFiles())?.profileSetBy?.map((x) => x.label).filter((l) => l !== SHEET_LABELS.unitAbbreviations) ?? [];
        if (next && setBy.length) {
          // What the picked files' sheets decide is shown from them, and not saved here: it goes with the files.
          const fixed = withSettingsOf(await engine.validateProfile(next), await engine.validateProfile(override ?? {}), setBy);
          if (fixed) kept = Object.fromEntries(Object.keys(next).map((k) => [k, (fixed as unknown as Record<string, unknown>)[k]]));
        }
        const p = await engine.validateProfile(kept ?? {});
        override = kept;
        store.set(PROFILE_KEY, kept);
        return (await inFiles())?.profile ?? p;
      },
    },
  };
}
