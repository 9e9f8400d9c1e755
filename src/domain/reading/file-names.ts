/**
 * The names files are known by in one run. Rows, findings, exclusions and the ceremony list know a row by its file's
 * name, sheet and row: two files of one name («Danh sach dang ky.xlsx» from two units, kept in two folders) would
 * share each other's findings and drop each other's rows. So each file keeps its own name unless another file given
 * has the same one (letters' case aside, as Windows sees names); then the folders above it that tell them apart
 * («Xa An Binh/Danh sach dang ky.xlsx»), else a copy number before the extension («Danh sach dang ky (2).xlsx»).
 */
export function distinctFileNames(paths: readonly string[]): string[] {
  const parts = paths.map((p) => p.split(/[\\/]+/).filter((s) => s !== ''));
  const suffix = (i: number, depth: number) => (parts[i] ?? []).slice(-depth).join('/');
  const key = (name: string) => name.normalize('NFC').toLowerCase();
  const names = parts.map((segments, i) => {
    let depth = 1;
    const clashes = () => parts.some((_, j) => j !== i && key(suffix(j, depth)) === key(suffix(i, depth)));
    while (depth < segments.length && clashes()) depth++;
    return suffix(i, depth);
  });
  // The same file twice, or names without folders: the later ones numbered as a copy is.
  const taken = new Set<string>();
  return names.map((name) => {
    let out = name;
    for (let n = 2; taken.has(key(out)); n++) out = name.replace(/(\.[^./]*)?$/, (ext) => ` (${n})${ext}`);
    taken.add(key(out));
    return out;
  });
}
