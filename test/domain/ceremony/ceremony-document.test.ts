/**
 * The ceremony list as the Board signs it, built from workbooks and read back from the .xlsx: the heading's
 * district and place (profile, else the files' title blocks, else a visible blank and a warning), the decision
 * line, "Nơi nhận", the signature block, "Hình thức", and rows listed under the heading their name shows.
 */
import ExcelJS from 'exceljs';
import { CEREMONY_HEADER_ROW } from '../../../src/domain/ceremony/ceremony-sheet';
import { ceremonyText } from '../../../src/domain/ceremony/ceremony-texts';
import { consolidate } from '../../../src/domain/ceremony/consolidate';
import { defaultProfile, Profile } from '../../../src/domain/profile';
import { readWorkbooks } from '../../../src/domain/reading/read-workbooks';
import { buildReport } from '../../../src/domain/report/report';
import { writeXlsx } from '../../../src/workbook/exceljs/write-xlsx';
import { jsDate, UNITS } from '../../fixtures/district';
import { canonicalMaster, messyUnitFile } from '../../fixtures/layouts';
import { roundTrip, Row, sheetWith } from '../../fixtures/workbooks';

type Reg = [unit: string, kind: string, name: string, year?: number, position?: string, achievements?: string, phase?: number, proposal?: string];

function master(regs: Reg[], proposal = false): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  sheetWith(wb, 'Đơn vị', [['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', 'Ngày nộp kế hoạch', 'Ngày nộp danh sách đăng ký'], ...UNITS.map((u) => [u.code, u.name, u.type, u.planDate && jsDate(u.planDate), u.listDate && jsDate(u.listDate)])]);
  const head = ['STT', 'Đơn vị đề xuất', 'Đối tượng', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Chức vụ, đơn vị công tác', 'Tóm tắt thành tích', 'Giai đoạn', ...(proposal ? ['Hình thức đề nghị'] : [])];
  const rows: Row[] = regs.map(([u, k, n, y, p, a, ph, pr], i) => [i + 1, u, k, n, y, p, a ?? 'Thành tích tiêu biểu', ph ?? 1, ...(proposal ? [pr] : [])]);
  sheetWith(wb, 'Đăng ký', [head, ...rows]);
  return wb;
}

async function make(books: [ExcelJS.Workbook, string][], ceremony = '2023', profile: Profile = defaultProfile()) {
  const grids = [];
  for (const [wb, name] of books) grids.push(await roundTrip(wb, name));
  const read = readWorkbooks(grids, { profile });
  const report = buildReport(read, { y: 2023, m: 3, d: 1 }, grids.length);
  const book = consolidate(read, report, ceremony);
  const out = new ExcelJS.Workbook();
  await out.xlsx.load((await writeXlsx(book.sheets)) as unknown as ArrayBuffer);
  return { book, ws: out.worksheets[0]!, notes: out.worksheets[1]!, report };
}

/** Names listed under each heading of the sheet, read back from the cells. */
function headings(ws: ExcelJS.Worksheet): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  let current = '';
  for (let r = CEREMONY_HEADER_ROW + 1; r <= ws.rowCount; r++) {
    const a = ws.getCell(r, 1).value;
    if (typeof a === 'string' && /^I+\. /.test(a)) out[(current = a)] = [];
    else if (typeof a === 'number' && current) out[current]!.push(String(ws.getCell(r, 2).value));
  }
  return out;
}

function allText(ws: ExcelJS.Worksheet): string[] {
  const texts: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => texts.push(c.text)));
  return texts;
}

describe('the district and the place of the heading', () => {
  it('leaves a visible blank and warns when neither the profile nor any title names the district', async () => {
    const { ws, book } = await make([[canonicalMaster(), 'tong-hop.xlsx']]);
    expect(ws.getCell('A1').value).toBe('HUYỆN ỦY ………');
    expect(ws.getCell('E2').value).toBe('………, ngày 19 tháng 5 năm 2023');
    expect(book.notices).toEqual([{ level: 'warning', message: ceremonyText.noticeDistrictUnknown }]);
  });

  it('takes it from the title blocks of the submitted files, saying which files', async () => {
    const { ws, book } = await make([
      [canonicalMaster(), 'tong-hop.xlsx'],
      [messyUnitFile('X01'), 'X01.xlsx'],
      [messyUnitFile('X02', 'tcvn3'), 'X02.xlsx'],
    ]);
    expect(ws.getCell('A1').value).toBe('HUYỆN ỦY AN PHÚ');
    expect(ws.getCell('E2').value).toBe('An Phú, ngày 19 tháng 5 năm 2023');
    expect(book.notices).toHaveLength(1);
    expect(book.notices[0]!.level).toBe('info');
    expect(book.notices[0]!.message).toContain('«An Phú»');
    expect(book.notices[0]!.message).toContain('X01.xlsx, X02.xlsx');
  });

  it('keeps the profile\'s district and place over the titles, without a notice', async () => {
    const profile = { ...defaultProfile(), district: 'Châu Thành', place: 'Cái Tàu Hạ' };
    const { ws, book } = await make([[canonicalMaster(), 'tong-hop.xlsx'], [messyUnitFile('X01'), 'X01.xlsx']], '2023', profile);
    expect(ws.getCell('A1').value).toBe('HUYỆN ỦY CHÂU THÀNH');
    expect(ws.getCell('E2').value).toBe('Cái Tàu Hạ, ngày 19 tháng 5 năm 2023');
    expect(book.notices).toEqual([]);
  });

  it('writes a day below 10 and the months 1 and 2 with a leading zero (HD 36)', () => {
    const p = { ...defaultProfile(), district: 'An Phú' };
    const c = (date: string) => ({ id: 'x', date, anniversary: 135, from: 2021, to: 2025, phases: [1] as (1 | 2)[] });
    expect(ceremonyText.dateLine(p, c('2025-02-03'))).toBe('An Phú, ngày 03 tháng 02 năm 2025');
    expect(ceremonyText.dateLine(p, c('2025-05-09'))).toBe('An Phú, ngày 09 tháng 5 năm 2025');
    expect(ceremonyText.dateLine(p, c('2025-11-19'))).toBe('An Phú, ngày 19 tháng 11 năm 2025');
  });
});

describe('the texts the profile gives', () => {
  const signed = (over: Partial<Profile['ceremonyList']>): Profile => {
    const p = defaultProfile();
    return { ...p, district: 'An Phú', ceremonyList: { ...p.ceremonyList, ...over } };
  };
  const signatureOf = (ws: ExcelJS.Worksheet) => {
    let text = '';
    ws.eachRow((row) => {
      const v = row.getCell(5).value;
      if (typeof v === 'string' && v.includes('\n')) text = v;
    });
    return text.split('\n');
  };

  it('by default: "TRƯỞNG BAN", room to sign, a blank for the name; no decision line; "Nơi nhận" punctuated', async () => {
    const { ws } = await make([[canonicalMaster(), 'tong-hop.xlsx']], '2023', signed({}));
    expect(signatureOf(ws)).toEqual(['TRƯỞNG BAN', '', '', '', '', ceremonyText.signerBlank]);
    expect(ws.getCell('A7').value).toBeNull();
    const recipients = allText(ws).find((t) => t.startsWith('Nơi nhận:'));
    expect(recipients?.split('\n')).toEqual(['Nơi nhận:', '- Thường trực Huyện ủy,', '- Các đơn vị có tên trong danh sách,', '- Lưu BTGHU.']);
  });

  it('"K/T TRƯỞNG BAN" over "PHÓ TRƯỞNG BAN" and the signer\'s name; the decision the list is attached to', async () => {
    const profile = signed({
      signature: { authority: 'K/T Trưởng ban', title: 'Phó Trưởng ban', name: 'Trần Văn Bảy' },
      decisions: { '2023': { number: '125-QĐ/HU', date: '2023-05-10', issuer: 'Ban Thường vụ Huyện ủy' } },
      recipients: ['Như trên', '- Lưu VT.'],
    });
    const { ws } = await make([[canonicalMaster(), 'tong-hop.xlsx']], '2023', profile);
    expect(signatureOf(ws)).toEqual(['K/T TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN', '', '', '', '', 'Trần Văn Bảy']);
    expect(ws.getCell('A7').value).toBe('(Kèm theo Quyết định số 125-QĐ/HU, ngày 10/5/2023 của Ban Thường vụ Huyện ủy)');
    expect(ws.getCell('A7').font.italic).toBe(true);
    expect(allText(ws).find((t) => t.startsWith('Nơi nhận:'))?.split('\n')).toEqual(['Nơi nhận:', '- Như trên,', '- Lưu VT.']);
    // The decision belongs to one ceremony: the 2025 list has none.
    const other = await make([[canonicalMaster(), 'tong-hop.xlsx']], '2025', profile);
    expect(other.ws.getCell('A7').value).toBeNull();
  });

  // Trial 20b #3: the number typed as the decision heads it; its label is printed once.
  it.each(['Số 125-QĐ/HU', 'số: 125-QĐ/HU', 'Quyết định số 125-QĐ/HU', 'QĐ số 125-QĐ/HU', 'Quyết định 125-QĐ/HU', ' 125-QĐ/HU '])(
    'the decision number typed «%s» is printed «Quyết định số 125-QĐ/HU»',
    async (number) => {
      const profile = signed({ decisions: { '2023': { number, date: '2023-05-10', issuer: 'Ban Thường vụ Huyện ủy' } } });
      const { ws } = await make([[canonicalMaster(), 'tong-hop.xlsx']], '2023', profile);
      expect(ws.getCell('A7').value).toBe('(Kèm theo Quyết định số 125-QĐ/HU, ngày 10/5/2023 của Ban Thường vụ Huyện ủy)');
    },
  );

  // Trial 20b #5: the list attached to a decision is dated as the decision, not after it; without one, the ceremony's day.
  it('the date line is the decision\'s date when the list is attached to a dated decision, else the ceremony\'s', async () => {
    const dateLine = (ws: ExcelJS.Worksheet) => allText(ws).find((t) => t.startsWith('An Phú, ngày'));
    const attached = signed({ decisions: { '2023': { number: '125-QĐ/HU', date: '2023-05-10', issuer: '' } } });
    expect(dateLine((await make([[canonicalMaster(), 'tong-hop.xlsx']], '2023', attached)).ws)).toBe('An Phú, ngày 10 tháng 5 năm 2023');
    const undated = signed({ decisions: { '2023': { number: '125-QĐ/HU', date: '', issuer: '' } } });
    expect(dateLine((await make([[canonicalMaster(), 'tong-hop.xlsx']], '2023', undated)).ws)).toBe('An Phú, ngày 19 tháng 5 năm 2023');
    expect(dateLine((await make([[canonicalMaster(), 'tong-hop.xlsx']], '2023', signed({}))).ws)).toBe('An Phú, ngày 19 tháng 5 năm 2023');
  });

  // Trial 20b #6: the signer's name typed in one case is printed as names are; one in mixed case as typed.
  it.each([
    ['trần thị mười', 'Trần Thị Mười'],
    ['NGUYỄN VĂN BẢY', 'Nguyễn Văn Bảy'],
    ['  Lê  Văn Tám ', 'Lê Văn Tám'],
    ['Y Bhin Niê', 'Y Bhin Niê'],
    // Review 29, W5: a remark after the name is printed as typed.
    ['Lê Thị Mỹ Lệ (đã ký)', 'Lê Thị Mỹ Lệ (đã ký)'],
    ['trần thị mười (đã ký)', 'Trần Thị Mười (đã ký)'],
  ])('the signer\'s name «%s» is printed «%s»', async (name, printed) => {
    const { ws } = await make([[canonicalMaster(), 'tong-hop.xlsx']], '2023', signed({ signature: { authority: '', title: 'Trưởng ban', name } }));
    expect(signatureOf(ws).at(-1)).toBe(printed);
  });

  it('"T/M BAN THƯỜNG VỤ"; a decision whose date is not known yet leaves it to be filled in', async () => {
    const profile = signed({
      signature: { authority: 'T/M BAN THƯỜNG VỤ', title: 'PHÓ BÍ THƯ', name: '' },
      decisions: { '2023': { number: '-QĐ/HU', date: '', issuer: '' } },
    });
    const { ws } = await make([[canonicalMaster(), 'tong-hop.xlsx']], '2023', profile);
    expect(signatureOf(ws).slice(0, 2)).toEqual(['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ']);
    expect(ws.getCell('A7').value).toBe('(Kèm theo Quyết định số -QĐ/HU, ngày ……… tháng ……… năm ………)');
  });

  it('fills "Hình thức" from the workbook\'s proposal, else from the profile\'s default for that ceremony', async () => {
    const regs: Reg[] = [
      ['X01', 'Cá nhân', 'Nguyễn Văn Hùng', 1975, 'Bí thư Chi bộ', undefined, 1, 'Bằng khen của UBND tỉnh'],
      ['X02', 'Cá nhân', 'Lê Văn Hoà', 1968, 'Trưởng thôn', undefined, 1, ''],
      ['TT1', 'Tập thể', 'Hội Nông dân thị trấn Phú Hòa', undefined, undefined, undefined, 1, 'Không'],
    ];
    const award = (ws: ExcelJS.Worksheet, name: string) => {
      let v: unknown;
      ws.eachRow((row) => row.getCell(2).value === name && (v = row.getCell(7).value));
      return v;
    };
    const { ws } = await make([[master(regs, true), 'tong-hop.xlsx']], '2023', signed({}));
    expect(award(ws, 'Nguyễn Văn Hùng')).toBe('Bằng khen của UBND tỉnh');
    expect(award(ws, 'Lê Văn Hoà')).toBe('Giấy khen của Ban Thường vụ Huyện ủy');
    // "Không" declines a form: none is printed (trial 3), the note says so.
    expect(award(ws, 'Hội Nông dân thị trấn Phú Hòa')).toBe('');
    const own = await make([[master(regs, true), 'tong-hop.xlsx']], '2023', signed({ awards: { '2023': 'Giấy chứng nhận điển hình' } }));
    expect(award(own.ws, 'Lê Văn Hoà')).toBe('Giấy chứng nhận điển hình');
    expect(award(own.ws, 'Nguyễn Văn Hùng')).toBe('Bằng khen của UBND tỉnh');
    // In 2025 the proposal column selects the list (R10): "Không", "-" and an empty cell propose nothing.
    const final = await make([[master([...regs, ['PN', 'Cá nhân', 'Vũ Thị Lan', 1983, 'Chủ tịch Hội', undefined, 2, '-']], true), 'tong-hop.xlsx']], '2025', signed({}));
    expect(final.book.selection.individuals.map((e) => e.name)).toEqual(['Nguyễn Văn Hùng']);
    expect(final.book.selection.excluded.map((x) => x.name).sort()).toEqual(['Hội Nông dân thị trấn Phú Hòa', 'Lê Văn Hoà', 'Vũ Thị Lan']);
  });
});

describe('a row whose name contradicts its stated kind', () => {
  const regs: Reg[] = [
    ['X01', 'Cá nhân', 'Chi bộ Ấp Phú Lợi'],
    ['X01', 'Cá nhân', 'Trần Văn Lộc', 1980, 'Trưởng ấp'],
    ['X02', 'Tập thể', 'Nguyễn Văn Bình', 1977, 'Nông dân'],
    ['X02', 'Tập thể', 'Hội Nông dân xã Tân Lập'],
    ['TT1', 'Tập thể', 'Gia đình ông Võ Văn Tư'],
  ];

  it('is listed under the heading its name shows, never a person under "I. TẬP THỂ"', async () => {
    const { ws, report } = await make([[master(regs), 'tong-hop.xlsx']]);
    expect(report.findings.filter((f) => f.code === 'SUBJECT_KIND_MISMATCH').map((f) => f.row)).toEqual([2, 4]);
    const h = headings(ws);
    expect(h['I. TẬP THỂ']).toEqual(['Chi bộ Ấp Phú Lợi', 'Hội Nông dân xã Tân Lập', 'Gia đình ông Võ Văn Tư']);
    expect(h['II. CÁ NHÂN']).toEqual(['Trần Văn Lộc', 'Nguyễn Văn Bình']);
    // A collective has no birth year, a person keeps theirs.
    let bình: unknown;
    ws.eachRow((row) => row.getCell(2).value === 'Nguyễn Văn Bình' && (bình = row.getCell(3).value));
    expect(bình).toBe(1977);
  });

  it('is named on the notes sheet with the heading it was moved to; the rows that agree are not', async () => {
    const { notes, book } = await make([[master(regs), 'tong-hop.xlsx']]);
    expect(book.selection.moved.map((m) => [m.name, m.stated, m.listed])).toEqual([
      ['Chi bộ Ấp Phú Lợi', 'individual', 'collective'],
      ['Nguyễn Văn Bình', 'collective', 'individual'],
    ]);
    const texts = allText(notes);
    expect(texts).toContain(ceremonyText.movedTitle);
    expect(texts).toContain(ceremonyText.movedReason('individual', 'collective'));
    expect(texts.filter((t) => t.includes('đã xếp vào mục «II. CÁ NHÂN»'))).toHaveLength(1);
    expect(texts).not.toContain('Trần Văn Lộc');
    expect(texts).not.toContain('Gia đình ông Võ Văn Tư');
  });

  it('leaves the notes sheet without that section when nothing was moved', async () => {
    const { notes } = await make([[canonicalMaster(), 'tong-hop.xlsx']]);
    expect(allText(notes)).not.toContain(ceremonyText.movedTitle);
  });
});
