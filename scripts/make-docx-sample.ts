/**
 * Writes assets/don-vi/dang-uy-xa-nhon-hoi-bo-sung.docx: a unit's list sent as a signed Word document, as many units
 * send theirs (`node lib/scripts/make-docx-sample.js`, also run by `npm run assets`). Đảng ủy xã Nhơn Hội sends a
 * supplementary list typed in .VnTime (headings in .VnTimeH): letterhead of three lines, title, one table with
 * "Năm sinh" over "Nam | Nữ", column numbers, group rows, a total, a note, the date line, the signature and
 * "Nơi nhận". Its phase-1 exemplar brings the unit to its quota (the master has 1 of 2). The bytes depend only on
 * the data: document dates and zip entry times are pinned.
 */
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { encodeLegacy } from '../src/domain/text/legacy';
import type { UnitFileRow } from './sample-district';

export const DOCX_SAMPLE = 'dang-uy-xa-nhon-hoi-bo-sung.docx';
const FIXED_DATE = new Date(Date.UTC(2023, 0, 1, 0, 0, 0));

type Row = UnitFileRow;

const ROWS: Row[] = [
  { kind: 'Tập thể', name: 'Chi hội Nông dân ấp Hà Bao', achievements: 'Xây dựng mô hình trồng nấm rơm, giúp 18 hộ hội viên thoát nghèo' },
  {
    kind: 'Cá nhân',
    name: 'Nguyễn Thị Kim Loan',
    birthYear: 1981,
    gender: 'Nữ',
    position: 'Chi hội trưởng Chi hội Phụ nữ ấp Hà Bao',
    achievements: 'Vận động thành lập 3 tổ tiết kiệm, cho 40 hội viên vay vốn không lãi',
  },
];

type Legacy = 'tcvn3' | 'tcvn3-caps';
const FONT: Record<Legacy, string> = { tcvn3: '.VnTime', 'tcvn3-caps': '.VnTimeH' };

function run(text: string, enc: Legacy = 'tcvn3', bold = false, italics = false): TextRun {
  return new TextRun({ text: encodeLegacy(text, enc), font: FONT[enc], bold, italics, size: 26 });
}

function line(text: string, opts: { enc?: Legacy; bold?: boolean; italics?: boolean; align?: 'center' | 'right' | 'left' } = {}): Paragraph {
  const alignment = opts.align === 'center' ? AlignmentType.CENTER : opts.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT;
  return new Paragraph({ alignment, children: [run(text, opts.enc, opts.bold, opts.italics)] });
}

function cell(text: string | undefined, more: { columnSpan?: number; rowSpan?: number; bold?: boolean; enc?: Legacy } = {}): TableCell {
  const { bold, enc, ...span } = more;
  return new TableCell({ children: [new Paragraph({ children: text === undefined ? [] : [run(text, enc, bold)] })], ...span });
}

function table(): Table {
  const head = ['STT', 'Tên tập thể / Họ và tên', 'Năm sinh', 'Chức vụ, đơn vị công tác', 'Tóm tắt thành tích', 'Ghi chú'];
  const rows = [
    new TableRow({ tableHeader: true, children: head.map((h) => (h === 'Năm sinh' ? cell(h, { columnSpan: 2, bold: true }) : cell(h, { rowSpan: 2, bold: true }))) }),
    new TableRow({ tableHeader: true, children: [cell('Nam', { bold: true }), cell('Nữ', { bold: true })] }),
    new TableRow({ children: Array.from({ length: 7 }, (_, i) => cell(`(${i + 1})`)) }),
  ];
  const groups: [string, Row[]][] = [
    ['I. TẬP THỂ', ROWS.filter((r) => r.kind === 'Tập thể')],
    ['II. CÁ NHÂN', ROWS.filter((r) => r.kind === 'Cá nhân')],
  ];
  for (const [label, list] of groups) {
    rows.push(new TableRow({ children: [cell(label, { columnSpan: 7, bold: true, enc: 'tcvn3-caps' })] }));
    list.forEach((r, i) => {
      const year = r.birthYear === undefined ? undefined : String(r.birthYear);
      rows.push(
        new TableRow({
          children: [
            cell(String(i + 1)),
            cell(r.name),
            cell(r.gender === 'Nam' ? year : undefined),
            cell(r.gender === 'Nữ' ? year : undefined),
            cell(r.position),
            cell(r.achievements),
            cell(r.note),
          ],
        }),
      );
    });
  }
  rows.push(new TableRow({ children: [cell(`Tổng cộng: ${String(ROWS.length).padStart(2, '0')}`, { columnSpan: 2, bold: true }), ...Array.from({ length: 5 }, () => cell(undefined))] }));
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows });
}

export function docxSample(): Document {
  return new Document({
    creator: 'Đảng ủy xã Nhơn Hội',
    title: 'Danh sách đăng ký bổ sung điển hình tiên tiến',
    styles: { default: { document: { run: { font: '.VnTime', size: 26 } } } },
    sections: [
      {
        properties: { page: { size: { orientation: 'landscape', width: 16838, height: 11906 } } },
        children: [
          line('ĐẢNG BỘ HUYỆN AN PHÚ', { enc: 'tcvn3-caps' }),
          line('ĐẢNG ỦY XÃ NHƠN HỘI', { enc: 'tcvn3-caps', bold: true }),
          line('*'),
          line('ĐẢNG CỘNG SẢN VIỆT NAM', { enc: 'tcvn3-caps', bold: true, align: 'right' }),
          line('DANH SÁCH ĐĂNG KÝ BỔ SUNG', { enc: 'tcvn3-caps', bold: true, align: 'center' }),
          line('điển hình tiên tiến trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, giai đoạn 2021 – 2023', { bold: true, align: 'center' }),
          table(),
          line('Ghi chú: danh sách bổ sung có 02 điển hình./.', { italics: true }),
          line('Nhơn Hội, ngày 23 tháng 02 năm 2023', { italics: true, align: 'right' }),
          line('T/M ĐẢNG ỦY', { enc: 'tcvn3-caps', bold: true, align: 'right' }),
          line('BÍ THƯ', { enc: 'tcvn3-caps', bold: true, align: 'right' }),
          line('Trần Văn Mười', { bold: true, align: 'right' }),
          line('Nơi nhận:', { bold: true, italics: true }),
          line('- Ban Tuyên giáo Huyện ủy;'),
          line('- Lưu.'),
        ],
      },
    ],
  });
}

/** The document's bytes with its dates and its zip entries' times pinned, so that every run writes the same file. */
export async function docxSampleBytes(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await Packer.toBuffer(docxSample()));
  const out = new JSZip();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    let data: string | Uint8Array = await entry.async('uint8array');
    if (name === 'docProps/core.xml') data = new TextDecoder().decode(data).replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, FIXED_DATE.toISOString().replace(/\.\d+Z$/, 'Z'));
    out.file(name, data, { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'DOS' });
}

function projectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error('make-docx-sample: package.json not found');
  }
}

export async function main(outDir = path.join(projectRoot(__dirname), 'assets')): Promise<string> {
  const file = path.join(outDir, 'don-vi', DOCX_SAMPLE);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, await docxSampleBytes());
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  return file;
}

if (require.main === module) {
  main().then(
    (file) => process.stdout.write(`${path.relative(process.cwd(), file)}\n`),
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
