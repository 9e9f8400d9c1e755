/**
 * Trial 18b #5: the Word ceremony list took some 220 KB of memory an entry (20k entries hit Node's 4 GB heap): every
 * cell, paragraph and run of the list repeated its borders, margins, spacing, font and size. An entry's cell now takes
 * them from the list table (borders, margins) and the document's defaults (Times New Roman 12, no spacing): Word
 * shows the same list. Variants: 3,000 entries, an entry of several lines (a merged entry's texts), an empty cell.
 * Near misses: the header row, the group rows, the heading and the signature keep their own formatting.
 */
import JSZip from 'jszip';
import { consolidate } from '../../src/domain/ceremony/consolidate';
import type { CeremonyDocument, CeremonyRow } from '../../src/domain/ceremony/ceremony-document';
import { defaultProfile } from '../../src/domain/profile';
import { readWorkbooks } from '../../src/domain/reading/read-workbooks';
import { buildReport } from '../../src/domain/report/report';
import { writeDocx } from '../../src/workbook/docx/write-docx';
import { canonicalMaster } from '../fixtures/layouts';
import { roundTrip } from '../fixtures/workbooks';

async function documentOf(entries: number): Promise<CeremonyDocument> {
  const read = readWorkbooks([await roundTrip(canonicalMaster(), 'tong-hop.xlsx')], { profile: { ...defaultProfile(), district: 'An Phú' } });
  const doc = consolidate(read, buildReport(read, { y: 2023, m: 3, d: 1 }, 1), '2023').document;
  const model = doc.groups[1]?.rows[0] ?? [];
  const rows = Array.from({ length: entries }, (_, i) => model.map((v, c) => (c === 0 ? i + 1 : c === 1 ? `Nguyễn Văn Người ${i}` : c === 5 && i % 2 ? `Dòng một ${i}\nDòng hai ${i}` : c === 7 ? '' : v)) as CeremonyRow);
  return { ...doc, groups: [doc.groups[0]!, { ...doc.groups[1]!, rows }] };
}

async function bodyOf(doc: CeremonyDocument): Promise<{ body: string; styles: string }> {
  const zip = await JSZip.loadAsync(await writeDocx(doc));
  return { body: (await zip.file('word/document.xml')?.async('string')) ?? '', styles: (await zip.file('word/styles.xml')?.async('string')) ?? '' };
}

const paragraphs = (xml: string) => [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => p[0]);
const textOf = (p: string) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
const tables = (xml: string) => [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) => t[0]);

describe('a Word ceremony list of many entries', () => {
  let doc: CeremonyDocument;
  let body: string;
  let styles: string;
  beforeAll(async () => {
    doc = await documentOf(3000);
    ({ body, styles } = await bodyOf(doc));
  }, 60000);

  it('is light: about a kilobyte of XML an entry', () => {
    expect(body.length / 3000).toBeLessThan(1500);
  });

  it('prints every entry, each line of a cell its own paragraph, in order', () => {
    const texts = paragraphs(body).map(textOf);
    const first = texts.indexOf('Nguyễn Văn Người 0');
    expect(first).toBeGreaterThan(0);
    expect(texts.slice(first - 1, first + 9)).toEqual(['1', 'Nguyễn Văn Người 0', ...(doc.groups[1]!.rows[0]!.slice(2, 7) as string[]).map(String).flatMap((t) => t.split('\n')), '', '2', 'Nguyễn Văn Người 1'].slice(0, 10));
    expect(texts).toContain('Dòng một 1');
    expect(texts[texts.indexOf('Dòng một 1') + 1]).toBe('Dòng hai 1');
    expect(texts.filter((t) => /^Nguyễn Văn Người \d+$/.test(t))).toHaveLength(3000);
  });

  it('takes borders and margins from the list table, font, size and spacing from the document', () => {
    const list = tables(body).find((t) => t.includes('Nguyễn Văn Người 0')) ?? '';
    for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) expect(list).toContain(`<w:${side} w:val="single" w:color="000000" w:sz="4"/>`);
    expect(list).toMatch(/<w:tblCellMar><w:top w:type="dxa" w:w="40"\/><w:left w:type="dxa" w:w="70"\/><w:bottom w:type="dxa" w:w="40"\/><w:right w:type="dxa" w:w="70"\/><\/w:tblCellMar>/);
    const entry = /<w:tr>(?:(?!<\/w:tr>)[\s\S])*Nguyễn Văn Người 7<[\s\S]*?<\/w:tr>/.exec(list)?.[0] ?? '';
    expect(entry).not.toMatch(/<w:tcBorders>|<w:tcMar>|<w:rPr>|<w:spacing/);
    // STT and the year centred, the others left as the document's paragraphs are.
    expect(entry.match(/<w:jc w:val="center"\/>/g)).toHaveLength(2);
    expect(styles).toContain('<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:rPrDefault>');
    expect(styles).toContain('<w:pPrDefault><w:pPr><w:spacing w:after="0" w:before="0"/></w:pPr></w:pPrDefault>');
  });
});

describe('near misses', () => {
  it('the header row, a group row, the heading and the signature keep their own formatting', async () => {
    const { body } = await bodyOf(await documentOf(2));
    const ps = paragraphs(body);
    const of = (text: string) => ps.find((p) => textOf(p) === text) ?? '';
    expect(of('STT')).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="24"\/>/);
    expect(of('I. TẬP THỂ')).toMatch(/<w:keepNext\/>[\s\S]*<w:b\/>/);
    expect(of('ĐẢNG CỘNG SẢN VIỆT NAM')).toMatch(/<w:sz w:val="28"\/>/);
    expect(of('TRƯỞNG BAN')).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="26"\/>/);
  });
});
