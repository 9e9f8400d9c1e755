/**
 * The ceremony list as a Word document, unzipped and read back as XML: the same texts as the sheet, A4 landscape
 * with the HD 36 margins, a table that fits the page with its header row repeated and no row split, page numbers
 * in the footer, Times New Roman 12–14 pt, the short rule under the Party's name, the signature block.
 */
import JSZip from 'jszip';
import { consolidate } from '../../src/domain/ceremony/consolidate';
import type { CeremonyDocument } from '../../src/domain/ceremony/ceremony-document';
import { defaultProfile, Profile } from '../../src/domain/profile';
import { readWorkbooks } from '../../src/domain/reading/read-workbooks';
import { buildReport } from '../../src/domain/report/report';
import { writeDocx } from '../../src/workbook/docx/write-docx';
import { canonicalMaster } from '../fixtures/layouts';
import { roundTrip } from '../fixtures/workbooks';

const TWIPS_PER_MM = 1440 / 25.4;

async function documentOf(profile: Profile = { ...defaultProfile(), district: 'An Phú' }): Promise<CeremonyDocument> {
  const read = readWorkbooks([await roundTrip(canonicalMaster(), 'tong-hop.xlsx')], { profile });
  return consolidate(read, buildReport(read, { y: 2023, m: 3, d: 1 }, 1), '2023').document;
}

async function unzip(doc: CeremonyDocument): Promise<{ body: string; footer: string; styles: string }> {
  const zip = await JSZip.loadAsync(await writeDocx(doc));
  const read = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('');
  const footers = Object.keys(zip.files).filter((n) => /^word\/footer\d*\.xml$/.test(n));
  return { body: await read('word/document.xml'), footer: (await Promise.all(footers.map(read))).join(''), styles: await read('word/styles.xml') };
}

/** The text of each paragraph, in order. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
}

const attr = (xml: string, tag: string, name: string) => new RegExp(`<${tag}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1];

describe('the Word version of the ceremony list', () => {
  let doc: CeremonyDocument;
  let body: string;
  let footer: string;
  let styles: string;
  beforeAll(async () => {
    doc = await documentOf();
    ({ body, footer, styles } = await unzip(doc));
  });

  it('says what the sheet says, in the same order: heading, title, table, total, recipients, signature', () => {
    const texts = paragraphs(body).filter(Boolean);
    const order = ['HUYỆN ỦY AN PHÚ', 'BAN TUYÊN GIÁO', '*', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'An Phú, ngày 19 tháng 5 năm 2023', 'DANH SÁCH', doc.description, 'STT', 'I. TẬP THỂ', 'II. CÁ NHÂN', doc.total, 'Nơi nhận:', '- Thường trực Huyện ủy,', 'TRƯỞNG BAN', doc.signerName];
    const at = order.map((t) => texts.indexOf(t));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (const g of doc.groups) for (const r of g.rows) expect(texts).toContain(r[1]);
  });

  it('is A4 landscape with margins 20/20/30/15 mm', () => {
    expect(attr(body, 'w:pgSz', 'w:w')).toBe('16838');
    expect(attr(body, 'w:pgSz', 'w:h')).toBe('11906');
    expect(attr(body, 'w:pgSz', 'w:orient')).toBe('landscape');
    const mm = (name: string) => Math.round(Number(attr(body, 'w:pgMar', name)) / TWIPS_PER_MM);
    expect([mm('w:top'), mm('w:bottom'), mm('w:left'), mm('w:right')]).toEqual([20, 20, 30, 15]);
  });

  it('has a fixed table whose eight columns fit the printable width, the header row repeated, no row split', () => {
    const table = [...body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).find((t) => t.includes('Tóm tắt thành tích')) ?? '';
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(8);
    const width = grid.reduce((a, b) => a + b, 0);
    expect(width).toBeLessThanOrEqual(Math.round((297 - 30 - 15) * TWIPS_PER_MM));
    expect(width).toBeGreaterThan(Math.round(230 * TWIPS_PER_MM));
    expect(table).toContain('<w:tblLayout w:type="fixed"/>');
    const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows.slice(1).some((r) => r.includes('<w:tblHeader/>'))).toBe(false);
    expect(rows.every((r) => r.includes('<w:cantSplit/>'))).toBe(true);
    // Header, two group rows, one row per entry.
    expect(rows).toHaveLength(1 + 2 + doc.groups[0]!.rows.length + doc.groups[1]!.rows.length);
    expect(rows[1]).toContain('<w:gridSpan w:val="8"/>');
  });

  it('numbers its pages in the footer: "Trang x/y" with Word fields', () => {
    expect(paragraphs(footer).join('')).toContain('Trang');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
  });

  it('is set in Times New Roman, body 12 pt, title 14 pt, nothing smaller than 12 pt', () => {
    expect(styles).toMatch(/<w:rFonts w:ascii="Times New Roman"/);
    const sizes = [...body.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1]) / 2);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    expect(Math.max(...sizes)).toBe(14);
    const title = /<w:p>(?:(?!<\/w:p>)[\s\S])*DANH SÁCH<\/w:t>/.exec(body)?.[0] ?? '';
    expect(title).toContain('<w:sz w:val="28"/>');
    expect(title).toContain('<w:b/>');
  });

  it('draws the rule under "ĐẢNG CỘNG SẢN VIỆT NAM" about as long as the name, not across the whole half', () => {
    const party = /<w:p>(?:(?!<\/w:p>)[\s\S])*ĐẢNG CỘNG SẢN VIỆT NAM<\/w:t>/.exec(body)?.[0] ?? '';
    expect(party).toMatch(/<w:pBdr><w:bottom w:val="single"/);
    const left = Number(attr(party, 'w:ind', 'w:left'));
    const right = Number(attr(party, 'w:ind', 'w:right'));
    expect(left).toBe(right);
    expect(left).toBeGreaterThan(1000);
  });

  it('signs as the profile says, with the decision line when there is one', async () => {
    const p = defaultProfile();
    const profile = {
      ...p,
      district: 'An Phú',
      ceremonyList: {
        ...p.ceremonyList,
        signature: { authority: 'K/T TRƯỞNG BAN', title: 'PHÓ TRƯỞNG BAN', name: 'Trần Văn Bảy' },
        decisions: { '2023': { number: '125-QĐ/HU', date: '2023-05-10', issuer: 'Ban Thường vụ Huyện ủy' } },
      },
    };
    const texts = paragraphs((await unzip(await documentOf(profile))).body).filter(Boolean);
    const sig = texts.indexOf('K/T TRƯỞNG BAN');
    expect(texts.slice(sig, sig + 3)).toEqual(['K/T TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN', 'Trần Văn Bảy']);
    expect(texts).toContain('(Kèm theo Quyết định số 125-QĐ/HU, ngày 10/5/2023 của Ban Thường vụ Huyện ủy)');
    expect(paragraphs(body)).not.toContain(expect.stringMatching(/^\(Kèm theo/));
  });

  it('writes text that looks like a formula as plain text, and a merged entry\'s lines as separate paragraphs', async () => {
    const d: CeremonyDocument = { ...doc, groups: [{ label: 'II. CÁ NHÂN', rows: [[1, '=SUM(A1)', 1975, '+84 chức vụ', 'Đơn vị A; Đơn vị B', 'Thành tích một\nThành tích hai', 'Giấy khen', '']] }] };
    const texts = paragraphs((await unzip(d)).body);
    expect(texts).toEqual(expect.arrayContaining(['=SUM(A1)', '+84 chức vụ', 'Thành tích một', 'Thành tích hai', 'Đơn vị A; Đơn vị B']));
  });
});
