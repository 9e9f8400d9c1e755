/**
 * Excel workbooks a Word document embeds as objects (Insert → Object, or a range pasted as a worksheet object): the
 * list is then a workbook inside the document (word/embeddings/*.xlsx), read by the workbook reader as if sent alone.
 */
import type JSZip from 'jszip';
import { Parser } from 'saxen';
import type { SheetGrid, WorkbookGrid } from '../../domain/grid';
import { xmlAttribute } from '../exceljs/xml-text';
import type { DocBlock } from './read-docx-body';

/** Reads a workbook's bytes (any kind the tool reads); `fileName` is the embedded part's own name. */
export type EmbeddedReader = (bytes: Uint8Array, fileName: string) => Promise<WorkbookGrid>;

/** The document's relationships (word/_rels/document.xml.rels): a part's path in the package by relationship id. */
function relationshipTargets(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  const parser = new Parser();
  parser.on('openTag', (name, attrs) => {
    if (name !== 'Relationship') return;
    const a: Record<string, string> = {};
    for (const [k, v] of Object.entries(attrs())) a[k] = xmlAttribute(v);
    const id = a['Id'];
    const target = a['Target'];
    if (!id || !target || a['TargetMode'] === 'External') return;
    out.set(id, partPath(target));
  });
  parser.on('error', (e) => {
    throw e;
  });
  parser.parse(xml);
  return out;
}

/** A target relative to word/ (or absolute from the package root) as a path in the zip. */
function partPath(target: string): string {
  const parts = target.startsWith('/') ? [] : ['word'];
  for (const p of target.split('/')) {
    if (!p || p === '.') continue;
    if (p === '..') parts.pop();
    else parts.push(p);
  }
  return parts.join('/');
}

/** The embedded workbooks the document's paragraphs name, as relationship id → path of the part. */
export function embeddedTargets(blocks: readonly DocBlock[], relsXml: string | undefined): Map<string, string> {
  const ids = blocks.flatMap((b) => (b.kind === 'p' ? (b.embeds ?? []) : []));
  if (!ids.length || !relsXml) return new Map(ids.map((id) => [id, '']));
  let targets: Map<string, string>;
  try {
    targets = relationshipTargets(relsXml);
  } catch {
    targets = new Map();
  }
  return new Map(ids.map((id) => [id, targets.get(id) ?? '']));
}

/**
 * Each embedded workbook's visible sheets that hold anything, by relationship id; none where the part is missing,
 * cannot be read, or there is no reader.
 */
export async function readEmbedded(
  zip: JSZip,
  targets: ReadonlyMap<string, string>,
  fileName: string,
  reader: EmbeddedReader | undefined,
  bytesOf: (file: JSZip.JSZipObject) => Promise<Uint8Array>,
): Promise<Map<string, SheetGrid[]>> {
  const out = new Map<string, SheetGrid[]>();
  for (const [id, path] of targets) {
    const file = path ? zip.file(path) : null;
    let sheets: SheetGrid[] = [];
    if (file && reader) {
      try {
        const grid = await reader(await bytesOf(file), path.split('/').pop() ?? fileName);
        sheets = grid.sheets.filter((s) => !s.hidden && s.rows.length > 0);
      } catch {
        sheets = [];
      }
    }
    out.set(id, sheets);
  }
  return out;
}
