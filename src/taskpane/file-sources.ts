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
  /**
   * The files a check found unreadable though they opened (no table recognised), each with its sentence: listed as
   * the damaged ones are until the next check says otherwise.
   */
  found(unreadable: { file: string; message: string }[]): void;
}

interface Entry {
  name: string;
  /** The name it was picked under, when another file picked had that name (it is known by `name`). */
  pickedAs?: string;
  bytes: Uint8Array;
  grid?: WorkbookGrid;
  error?: string;
  /** Its check's sentence, for a file that opened but has no table the check recognised. */
  checkError?: string;
}

/** Names as Windows sees them (letters' case aside), as the command line tells files apart. */
const nameKey = (name: string) => name.normalize('NFC').toLowerCase();

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function fileSources(engine: Engine): FileSources {
  const entries: Entry[] = [];
  return {
    list: () =>
      entries.map((e) => {
        const error = e.error ?? e.checkError;
        return { name: e.name, ...(error ? { error } : {}), ...(e.pickedAs ? { pickedAs: e.pickedAs } : {}) };
      }),
    grids: () => entries.flatMap((e) => (e.grid ? [e.grid] : [])),
    unreadable: () => entries.flatMap((e) => (e.error ? [{ file: e.name, message: e.error }] : [])),
    async add(files, progress) {
      const inputs: { name: string; bytes: Uint8Array }[] = [];
      for (const [i, f] of files.entries()) {
        progress(`Đang mở tệp ${f.name}…`, i / Math.max(1, files.length) / 2);
        inputs.push({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
      }
      // The same file picked again (a re-pick) takes its old place. Another file of a name already chosen (another
      // unit's «danh-sach.xlsx», or a corrected list) is kept beside it under a copy number, as two of one name in
      // one pick are: dropping either would drop a unit's list without a word.
      const replaced: (string | undefined)[] = [];
      for (const input of inputs) {
        const e = entries.find((x) => !replaced.includes(x.name) && nameKey(x.pickedAs ?? x.name) === nameKey(input.name) && sameBytes(x.bytes, input.bytes));
        replaced.push(e?.name);
      }
      const kept = entries.filter((e) => !replaced.includes(e.name)).map((e) => e.name);
      const names = distinctFileNames([...kept, ...inputs.map((x, i) => replaced[i] ?? x.name)]).slice(kept.length);
      const picked = inputs.map((input, i) => ({ ...input, name: names[i] ?? input.name }));
      progress('Đang đọc các tệp (kể cả phông chữ cũ)…', 0.5);
      const read = await engine.readFiles(picked.map((f) => ({ name: f.name, bytes: f.bytes.slice().buffer })));
      for (const [i, f] of picked.entries()) {
        const grid = read.grids.find((g) => g.fileName === f.name);
        const error = read.errors.find((x) => x.file === f.name)?.message;
        const pickedAs = nameKey(f.name) === nameKey(inputs[i]?.name ?? f.name) ? undefined : inputs[i]?.name;
        const entry: Entry = { name: f.name, bytes: f.bytes, ...(pickedAs ? { pickedAs } : {}), ...(grid ? { grid } : {}), ...(error ? { error } : {}) };
        const at = replaced[i] === undefined ? -1 : entries.findIndex((e) => e.name === replaced[i]);
        if (at >= 0) entries.splice(at, 1, entry);
        else entries.push(entry);
      }
      return this.list();
    },
    remove(name) {
      const at = entries.findIndex((e) => e.name === name);
      if (at >= 0) entries.splice(at, 1);
    },
    found(unreadable) {
      for (const e of entries) {
        const checkError = e.error ? undefined : unreadable.find((u) => u.file === e.name)?.message;
        if (checkError) e.checkError = checkError;
        else delete e.checkError;
      }
    },
  };
}
