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
  const entries: { name: string; bytes: ArrayBuffer; grid?: WorkbookGrid; error?: string }[] = [];
  return {
    list: () => entries.map((e) => ({ name: e.name, ...(e.error ? { error: e.error } : {}) })),
    grids: () => entries.flatMap((e) => (e.grid ? [e.grid] : [])),
    unreadable: () => entries.flatMap((e) => (e.error ? [{ file: e.name, message: e.error }] : [])),
    async add(files, progress) {
      const inputs: { name: string; bytes: ArrayBuffer }[] = [];
      for (const [i, f] of files.entries()) {
        progress(`Đang mở tệp ${f.name}…`, i / Math.max(1, files.length) / 2);
        inputs.push({ name: f.name, bytes: await f.arrayBuffer() });
      }
      // A file picked again (the same bytes) takes its old place; another of that name (two units' «danh-sach.xlsx»
      // from two folders) is added beside it under a copy number, never in its place: each unit's list is kept.
      const taken = (input: { name: string; bytes: ArrayBuffer }) =>
        entries.filter((e) => e.name.toLowerCase() !== input.name.toLowerCase() || !sameBytes(e.bytes, input.bytes)).map((e) => e.name);
      const picked = inputs.map((input, i) => ({
        ...input,
        name: distinctFileNames([...taken(input), ...inputs.slice(0, i + 1).map((x) => x.name)]).at(-1) ?? input.name,
      }));
      progress('Đang đọc các tệp (kể cả phông chữ cũ)…', 0.5);
      const read = await engine.readFiles(picked);
      for (const f of picked) {
        const at = entries.findIndex((e) => e.name === f.name);
        if (at >= 0) entries.splice(at, 1);
        const grid = read.grids.find((g) => g.fileName === f.name);
        const error = read.errors.find((x) => x.file === f.name)?.message;
        entries.push({ name: f.name, bytes: f.bytes, ...(grid ? { grid } : {}), ...(error ? { error } : {}) });
      }
      return this.list();
    },
    remove(name) {
      const at = entries.findIndex((e) => e.name === name);
      if (at >= 0) entries.splice(at, 1);
    },
  };
}

function sameBytes(a: ArrayBuffer, b: ArrayBuffer): boolean {
  if (a.byteLength !== b.byteLength) return false;
  const x = new Uint8Array(a);
  const y = new Uint8Array(b);
  return x.every((v, i) => v === y[i]);
}
