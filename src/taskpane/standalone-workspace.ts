/**
 * The task pane in a plain browser: the user's .xlsx files are read, checked and consolidated by the engine in a
 * Web Worker; the result is offered as a download. Nothing leaves the machine and nothing is stored.
 */
import { parseIsoDate } from '../domain/dates/calendar';
import { decisionCells } from '../worker/decisions';
import type { Engine } from '../worker/protocol';
import { fileSources } from './file-sources';
import { UserError, Workspace } from './workspace';

const NO_FILES = 'Hãy chọn ít nhất một tệp .xlsx (danh sách đơn vị, danh sách đăng ký hoặc tệp tổng hợp của huyện).';

export function standaloneWorkspace(engine: Engine, today: () => string): Workspace {
  const sources = fileSources(engine);
  const decisions: string[][] = [];
  let override: Record<string, unknown> | undefined;

  const grids = () => {
    const g = sources.grids();
    if (!g.length) throw new UserError(NO_FILES);
    return g;
  };
  const base = () => ({ decisions: [...decisions], unreadable: sources.unreadable(), ...(override ? { profileOverride: override } : {}) });

  return {
    insideExcel: false,
    files: () => sources.list(),
    addFiles: (files, progress) => sources.add(files, progress),
    removeFile: (name) => sources.remove(name),
    async check(asOf, progress) {
      const g = grids();
      progress('Đang kiểm tra theo Hướng dẫn…', 0.6);
      const r = await engine.analyze({ grids: g, asOf, ...base() });
      return { report: r.report, tables: r.tables, profile: r.profile, sources: g.map((x) => x.fileName) };
    },
    async consolidate(ceremonyId, asOf, _confirm, progress) {
      const g = grids();
      progress('Đang lập danh sách tuyên dương…', 0.4);
      const r = await engine.analyze({ grids: g, asOf, ...base(), ceremony: { id: ceremonyId, taken: [] } });
      const book = r.book;
      if (!book) throw new UserError('Không lập được danh sách.');
      progress('Đang tạo tệp Excel…', 0.8);
      const bytes = await engine.writeXlsx(book.sheets);
      return {
        status: 'downloaded',
        sheetNames: book.sheets.map((s) => s.name),
        collectives: book.collectives,
        individuals: book.individuals,
        excluded: book.excluded,
        download: { fileName: `danh-sach-tuyen-duong-${ceremonyId}.xlsx`, bytes },
        document: book.document,
        notices: book.notices,
      };
    },
    wordFile: async (ceremonyId, document) => ({ fileName: `danh-sach-tuyen-duong-${ceremonyId}.docx`, bytes: await engine.writeDocx(document) }),
    decisions: {
      markNotDuplicate: async (f) => {
        const d = parseIsoDate(today());
        if (d) decisions.push(decisionCells(f, d));
      },
    },
    profile: {
      load: () => Promise.resolve(override),
      effective: () => engine.validateProfile(override ?? {}),
      async save(next) {
        const p = await engine.validateProfile(next ?? {});
        override = next;
        return p;
      },
    },
  };
}
