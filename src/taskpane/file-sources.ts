/** Files the user picked, read once by the engine (in its worker) and kept as grids until removed. */
import type { WorkbookGrid } from '../domain/grid';
import { distinctFileNames } from '../domain/reading/file-names';
import type { Engine } from '../worker/protocol';
import type { Progress, SourceFile } from './workspace';

export interface FileSources {
  list(): SourceFile[];
  grids(): WorkbookGrid[];
  /** Picked files that could not be read, each with its sentence: the analysis reports them (FILE_UNREADABLE). */
  unreadable(): { file: string; message: string }[];
  add(files: File[], progress: Progress): Promise<SourceFile[]>;
  remove(name: string): void;
}

export function fileSources(engine: Engine): FileSources {
  const entries: { name: string; grid?: WorkbookGrid; error?: string; replaced?: boolean }[] = [];
  return {
    list: () => entries.map((e) => ({ name: e.name, ...(e.error ? { error: e.error } : {}), ...(e.replaced ? { replaced: true } : {}) })),
    grids: () => entries.flatMap((e) => (e.grid ? [e.grid] : [])),
    unreadable: () => entries.flatMap((e) => (e.error ? [{ file: e.name, message: e.error }] : [])),
    async add(files, progress) {
      const inputs: { name: string; bytes: ArrayBuffer }[] = [];
      for (const [i, f] of files.entries()) {
        progress(`Đang mở tệp ${f.name}…`, i / Math.max(1, files.length) / 2);
        inputs.push({ name: f.name, bytes: await f.arrayBuffer() });
      }
      // Two of one name in one pick (from a search window) are both kept, the second under a copy number.
      const picked = inputs.map((input, i) => ({ ...input, name: distinctFileNames(inputs.slice(0, i + 1).map((x) => x.name)).at(-1) ?? input.name }));
      progress('Đang đọc các tệp (kể cả phông chữ cũ)…', 0.5);
      const read = await engine.readFiles(picked);
      for (const f of picked) {
        // A file picked again under its name takes its old place (a list corrected and picked again); the list says
        // so, since another unit's file of that name would take it too.
        const at = entries.findIndex((e) => e.name === f.name);
        if (at >= 0) entries.splice(at, 1);
        const grid = read.grids.find((g) => g.fileName === f.name);
        const error = read.errors.find((x) => x.file === f.name)?.message;
        entries.push({ name: f.name, ...(grid ? { grid } : {}), ...(error ? { error } : {}), ...(at >= 0 ? { replaced: true } : {}) });
      }
      return this.list();
    },
    remove(name) {
      const at = entries.findIndex((e) => e.name === name);
      if (at >= 0) entries.splice(at, 1);
    },
  };
}
