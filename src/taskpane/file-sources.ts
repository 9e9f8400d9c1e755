/** Files the user picked, read once by the engine (in its worker) and kept as grids until removed. */
import type { WorkbookGrid } from '../domain/grid';
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
  const entries: { name: string; grid?: WorkbookGrid; error?: string }[] = [];
  return {
    list: () => entries.map((e) => ({ name: e.name, ...(e.error ? { error: e.error } : {}) })),
    grids: () => entries.flatMap((e) => (e.grid ? [e.grid] : [])),
    unreadable: () => entries.flatMap((e) => (e.error ? [{ file: e.name, message: e.error }] : [])),
    async add(files, progress) {
      const inputs = [];
      for (const [i, f] of files.entries()) {
        progress(`Đang mở tệp ${f.name}…`, i / Math.max(1, files.length) / 2);
        inputs.push({ name: f.name, bytes: await f.arrayBuffer() });
      }
      progress('Đang đọc các tệp (kể cả phông chữ cũ)…', 0.5);
      const read = await engine.readFiles(inputs);
      for (const f of files) {
        const at = entries.findIndex((e) => e.name === f.name);
        if (at >= 0) entries.splice(at, 1);
        const grid = read.grids.find((g) => g.fileName === f.name);
        const error = read.errors.find((x) => x.file === f.name)?.message;
        entries.push({ name: f.name, ...(grid ? { grid } : {}), ...(error ? { error } : {}) });
      }
      return this.list();
    },
    remove(name) {
      const at = entries.findIndex((e) => e.name === name);
      if (at >= 0) entries.splice(at, 1);
    },
  };
}
