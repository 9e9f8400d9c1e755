/** Seeded ways of damaging a valid workbook, as files damaged by e-mail, chat apps and hand editing are. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mulberry32 } from '../../bench/random';
import { canonicalMaster } from '../fixtures/layouts';
import { sheetWith, toBytes } from '../fixtures/workbooks';

export type Rand = () => number;

export const seeded: (seed: number) => Rand = mulberry32;

const int = (rand: Rand, n: number) => Math.floor(rand() * n);

export interface Mutant {
  name: string;
  bytes: Uint8Array;
}

function flipBytes(src: Uint8Array, rand: Rand): Uint8Array {
  const b = Uint8Array.from(src);
  for (let i = 0, n = 1 + int(rand, 20); i < n; i++) b[int(rand, b.length)] = int(rand, 256);
  return b;
}

function truncate(src: Uint8Array, rand: Rand): Uint8Array {
  return src.slice(0, int(rand, src.length));
}

function zeroRun(src: Uint8Array, rand: Rand): Uint8Array {
  const b = Uint8Array.from(src);
  const start = int(rand, b.length);
  b.fill(0, start, Math.min(b.length, start + 1 + int(rand, 2000)));
  return b;
}

function insertGarbage(src: Uint8Array, rand: Rand): Uint8Array {
  const at = int(rand, src.length);
  const junk = Uint8Array.from({ length: 1 + int(rand, 500) }, () => int(rand, 256));
  return new Uint8Array([...src.subarray(0, at), ...junk, ...src.subarray(at)]);
}

/** A valid zip whose XML parts are damaged: a tag cut, characters dropped or doubled, a type changed. */
async function breakXml(src: Uint8Array, rand: Rand): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(src);
  const parts = Object.keys(zip.files).filter((n) => n.endsWith('.xml'));
  const part = parts[int(rand, parts.length)] as string;
  let xml = await zip.file(part)!.async('string');
  switch (int(rand, 5)) {
    case 0:
      xml = xml.slice(0, int(rand, xml.length));
      break;
    case 1: {
      const at = int(rand, xml.length);
      xml = xml.slice(0, at) + xml.slice(at + 1 + int(rand, 40));
      break;
    }
    case 2:
      xml = xml.replace(/t="s"/g, () => (rand() < 0.3 ? 't="n"' : 't="s"'));
      break;
    case 3:
      xml = xml.replace(/<v>(\d+)<\/v>/g, (m) => (rand() < 0.3 ? `<v>${int(rand, 1e6)}</v>` : m));
      break;
    default: {
      const at = int(rand, xml.length);
      xml = `${xml.slice(0, at)}<${xml.slice(at)}`;
    }
  }
  zip.file(part, xml);
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
}

/** Valid but hostile workbooks: very wide, very long cells, a great many merges. */
export async function hostileWorkbooks(): Promise<Mutant[]> {
  const wide = canonicalMaster();
  const ws = wide.getWorksheet('Đăng ký')!;
  for (let c = 10; c <= 10_000; c++) ws.getCell(3, c).value = c;

  const long = canonicalMaster();
  long.getWorksheet('Đăng ký')!.getCell('H2').value = 'Thành tích '.repeat(3_000).slice(0, 32_767);
  long.getWorksheet('Đăng ký')!.getCell('D3').value = 'Nguyễn Văn '.repeat(3_000).slice(0, 32_767);

  const merged = canonicalMaster();
  const ms = merged.addWorksheet('Gộp ô');
  for (let r = 1; r <= 3_000; r++) ms.mergeCells(r, 1, r, 2 + (r % 5));

  const types = new ExcelJS.Workbook();
  sheetWith(types, 'Đăng ký', [
    ['STT', 'Đơn vị đề xuất', 'Đối tượng', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Ngày đăng ký'],
    [true, 42, new Date(Date.UTC(2020, 0, 1)), 12345, 'năm ngoái', 3.14],
    [{ error: '#REF!' } as ExcelJS.CellValue, undefined, 'Cá nhân', '__proto__', '-1', { error: '#DIV/0!' } as ExcelJS.CellValue],
  ]);

  return [
    { name: '10,000 columns', bytes: await toBytes(wide) },
    { name: '32,767-character cells', bytes: await toBytes(long) },
    { name: 'thousands of merged ranges', bytes: await toBytes(merged) },
    { name: 'wrong cell types', bytes: await toBytes(types) },
  ];
}

export async function mutants(seed: number, count: number): Promise<Mutant[]> {
  const rand = seeded(seed);
  const valid = await toBytes(canonicalMaster());
  const makers: [string, (b: Uint8Array, r: Rand) => Uint8Array | Promise<Uint8Array>][] = [
    ['random bytes', flipBytes],
    ['truncated', truncate],
    ['zeroed run', zeroRun],
    ['inserted garbage', insertGarbage],
    ['broken XML', breakXml],
  ];
  const out: Mutant[] = [];
  for (let i = 0; i < count; i++) {
    const [name, make] = makers[i % makers.length] as (typeof makers)[number];
    out.push({ name: `${name} #${i}`, bytes: await make(valid, rand) });
  }
  return out;
}
