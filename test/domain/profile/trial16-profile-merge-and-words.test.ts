/**
 * Trial 16a #10–12, the rule profile as a district writes it. A JSON override giving one unit type changes that type
 * and keeps the others (merged by name; a new name adds a type). A key written twice in the «Cấu hình» sheet with two
 * values is said, with the value used (the later row). Profile errors are Vietnamese and name the key as the sheet
 * does («Chỉ tiêu: Đảng bộ xã», with its row), never «unitTypes.0.quota», «cần int» or «(gốc)». Near misses: the same
 * value written twice says nothing; a new period's ceremonies still replace the old ones.
 */
import { defaultProfile, ProfileError, profileFrom, profileFromEntries } from '../../../src/domain/profile';
import type { ProfileEntry } from '../../../src/domain/profile';
import { readWorkbooks } from '../../../src/domain/reading/read-workbooks';
import { buildReport } from '../../../src/domain/report/report';
import { renderText } from '../../../src/domain/report/render-text';
import { checkBooks, oneSheet } from '../../fixtures/trial2-fixgroups-shapes';
import { Row, roundTrip, sheetWith } from '../../fixtures/workbooks';
import ExcelJS from 'exceljs';

const entry = (key: string, value: string | number, row: number): ProfileEntry => ({
  key,
  value: typeof value === 'number' ? { t: 'n', v: value } : { t: 's', v: value },
  row,
});

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (e instanceof ProfileError) return e.message;
    throw e;
  }
  throw new Error('not refused');
}

describe('a JSON override of one unit type', () => {
  const quotas = (override: unknown) => Object.fromEntries(profileFrom(override, 'cfg.json').unitTypes.map((t) => [t.name, t.quota]));

  it.each([
    ['the whole type', { name: 'Đảng bộ xã', bloc: 'Đảng', quota: 3, patterns: ['Đảng bộ xã', 'Đảng ủy xã'] }],
    ['its name and quota only', { name: 'Đảng bộ xã', quota: 3 }],
    ['its name written in another case', { name: 'đảng bộ  xã', quota: 3 }],
  ])('%s: that type changes, every other type stays', (_, type) => {
    const got = quotas({ unitTypes: [type] });
    const defaults = Object.fromEntries(defaultProfile().unitTypes.map((t) => [t.name, t.quota]));
    expect(got).toEqual({ ...defaults, 'Đảng bộ xã': 3 });
    // Its patterns are kept when left out.
    expect(profileFrom({ unitTypes: [type] }, 'cfg.json').unitTypes.find((t) => t.name === 'Đảng bộ xã')?.patterns).toContain('Đảng ủy xã');
  });

  it('a new name adds a type, ahead of the others: what the district wrote types its units first', () => {
    const p = profileFrom({ unitTypes: [{ name: 'Đảng bộ khối doanh nghiệp', bloc: 'Đảng', quota: 2, patterns: ['Đảng bộ khối doanh nghiệp'] }] }, 'cfg.json');
    expect(p.unitTypes.map((t) => t.name)).toEqual(['Đảng bộ khối doanh nghiệp', ...defaultProfile().unitTypes.map((t) => t.name)]);
  });

  it("review 24: the district's own set of types, under its own names, types its units", async () => {
    const override = {
      unitTypes: [
        { name: 'Đảng bộ xã, thị trấn', bloc: 'Đảng', quota: 3, patterns: ['Đảng bộ xã', 'Đảng ủy xã', 'Đảng bộ thị trấn'] },
        { name: 'Mặt trận, đoàn thể huyện', bloc: 'Mặt trận – đoàn thể', quota: 1, patterns: ['Hội', 'Huyện đoàn'] },
      ],
    };
    const units: Row[] = [['STT', 'Tên đơn vị'], [1, 'Đảng bộ xã An Bình'], [2, 'Hội Nông dân huyện']];
    const regs: Row[] = [['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh'], [1, 'Đảng bộ xã An Bình', 'Nguyễn Văn An', 1970], [2, 'Đảng bộ xã An Bình', 'Lê Văn Bình', 1980]];
    const grids = [];
    for (const [name, rows, sheet] of [['don-vi.xlsx', units, 'Đơn vị'], ['ds.xlsx', regs, 'DS']] as const) {
      const wb = new ExcelJS.Workbook();
      sheetWith(wb, sheet, rows);
      grids.push(await roundTrip(wb, name));
    }
    const read = readWorkbooks(grids, { profile: defaultProfile(), override: { data: override, source: 'cfg.json' } });
    const report = buildReport(read, { y: 2023, m: 3, d: 1 }, 2);
    expect(report.quota.map((q) => [q.unit, q.type, q.required])).toEqual([
      ['Đảng bộ xã An Bình', 'Đảng bộ xã, thị trấn', 3],
      ['Hội Nông dân huyện', 'Mặt trận, đoàn thể huyện', 1],
    ]);
  });

  it('checked units keep their types (a chi bộ typed «Chi bộ cơ sở» is no «Chưa rõ loại»)', async () => {
    const units: Row[] = [['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'], ['X01', 'Đảng bộ xã An Bình', 'Đảng bộ xã'], ['CB01', 'Chi bộ Trường THPT An Phú', 'Chi bộ cơ sở']];
    const regs: Row[] = [['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh'], [1, 'Đảng bộ xã An Bình', 'Nguyễn Văn An', 1970], [2, 'Chi bộ Trường THPT An Phú', 'Lê Văn Bình', 1980]];
    const wb = new ExcelJS.Workbook();
    sheetWith(wb, 'Đơn vị', units);
    sheetWith(wb, 'Đăng ký', regs);
    const read = readWorkbooks([await roundTrip(wb, 'tong-hop.xlsx')], {
      profile: defaultProfile(),
      override: { data: { unitTypes: [{ name: 'Đảng bộ xã', quota: 3 }] }, source: 'cfg.json' },
    });
    const report = buildReport(read, { y: 2023, m: 3, d: 1 }, 1);
    expect(report.quota.map((q) => [q.unit, q.required])).toEqual([
      ['Đảng bộ xã An Bình', 3],
      ['Chi bộ Trường THPT An Phú', 1],
    ]);
    expect(report.findings.map((f) => f.code)).not.toContain('UNKNOWN_UNIT_TYPE');
  });

  it('near miss: a new period’s ceremonies replace the old ones', () => {
    const p = profileFrom(
      {
        period: { from: 2026, to: 2030 },
        deadlines: { plan: '2027-01-25', list: '2028-02-25' },
        ceremonies: [{ id: '2030', date: '2030-05-19', anniversary: 140, from: 2026, to: 2030, phases: [1, 2] }],
      },
      'cfg.json',
    );
    expect(p.ceremonies.map((c) => c.id)).toEqual(['2030']);
  });
});

describe('a «Cấu hình» key written twice', () => {
  it('with two values: the later is used, and said with both rows', () => {
    const notes: string[] = [];
    const p = profileFromEntries([entry('Chỉ tiêu: Đảng bộ xã', 3, 2), entry('Tên huyện', 'An Phú', 3), entry('chỉ tiêu: đảng bộ xã', 1, 4)], defaultProfile(), 'Tệp a.xlsx, trang «Cấu hình»', notes);
    expect(p.unitTypes.find((t) => t.name === 'Đảng bộ xã')?.quota).toBe(1);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('«Chỉ tiêu: Đảng bộ xã»');
    expect(notes[0]).toContain('dòng 2: «3»; dòng 4: «1»');
    expect(notes[0]).toContain('dùng giá trị ghi sau cùng «1» (dòng 4)');
  });

  it('near miss (review 24): one date written as a date and as text, or a blank row above the value, says nothing', () => {
    const notes: string[] = [];
    const date: ProfileEntry = { key: 'Hạn gửi danh sách đăng ký', value: { t: 'd', v: { y: 2023, m: 3, d: 5 } } as ProfileEntry['value'], row: 2 };
    profileFromEntries([date, entry('Hạn gửi danh sách đăng ký', '05/03/2023', 3), entry('Tên huyện', '', 4), entry('Tên huyện', 'An Phú', 5)], defaultProfile(), 'Tệp a.xlsx, trang «Cấu hình»', notes);
    expect(notes).toEqual([]);
  });

  it('is in the check report (text and JSON)', async () => {
    const { report } = await checkBooks([
      oneSheet('tong-hop.xlsx', [['Khóa', 'Giá trị'], ['Chỉ tiêu: Đảng bộ xã', 3], ['Chỉ tiêu: Đảng bộ xã', 1]], 'Cấu hình'),
      oneSheet('don-vi.xlsx', [['STT', 'Tên đơn vị'], [1, 'Đảng bộ xã An Bình']], 'Đơn vị'),
    ]);
    expect(report.summary.profileNotes).toEqual([expect.stringContaining('«Chỉ tiêu: Đảng bộ xã» được ghi 2 lần')]);
    expect(renderText(report)).toContain('Lưu ý về cấu hình: ');
  });

  it.each([
    ['the same value twice', [entry('Chỉ tiêu: Đảng bộ xã', 3, 2), entry('Chỉ tiêu: Đảng bộ xã', '3', 3)]],
    ['abbreviations, whose rows add up', [entry('Viết tắt tên đơn vị', 'HND = Hội Nông dân', 2), entry('Viết tắt tên đơn vị', 'CCB = Cựu chiến binh', 3)]],
    ['each key once', [entry('Chỉ tiêu: Đảng bộ xã', 3, 2), entry('Chỉ tiêu: Đoàn thể huyện', 2, 3)]],
  ])('near miss: %s says nothing', (_, entries) => {
    const notes: string[] = [];
    profileFromEntries(entries, defaultProfile(), 'Cấu hình', notes);
    expect(notes).toEqual([]);
  });
});

describe('profile messages in Vietnamese, keys as the sheet names them', () => {
  it.each([
    ['a quota that is no whole number', { unitTypes: [{ name: 'Đảng bộ xã', quota: 2.5 }] }, /^cfg\.json: «Chỉ tiêu: Đảng bộ xã» cần một số nguyên\.$/],
    ['a quota below 0', { unitTypes: [{ name: 'Đảng bộ xã', quota: -1 }] }, /^cfg\.json: «Chỉ tiêu: Đảng bộ xã» không được nhỏ hơn 0\.$/],
    ['a misspelt key at the top', { deadline: { list: '2023-02-28' } }, /^cfg\.json: cấu hình có khóa không được biết: «deadline» \(kiểm tra chính tả\)\.$/],
    ['an unreadable deadline', { deadlines: { list: '2023-02-31' } }, /^cfg\.json: «Hạn gửi danh sách đăng ký» cần một ngày có thật/],
    ['a bloc not in the list', { unitTypes: [{ name: 'Đoàn thể huyện', bloc: 'Khác' }] }, /^cfg\.json: «Khối: Đoàn thể huyện» khối «Khác» không có trong danh sách khối/],
  ])('%s', (_, override, message) => {
    const got = refusal(() => profileFrom(override, 'cfg.json'));
    expect(got).toMatch(message);
    expect(got).not.toMatch(/unitTypes|\(gốc\)|\bint\b|deadlines\./);
  });

  it('from the sheet, the row of the key', () => {
    const got = refusal(() => profileFromEntries([entry('Tên huyện', 'An Phú', 2), entry('Chỉ tiêu: Đảng bộ xã', -1, 3)], defaultProfile(), 'Tệp am.xlsx, trang «Cấu hình»'));
    expect(got).toBe('Tệp am.xlsx, trang «Cấu hình», dòng 3: «Chỉ tiêu: Đảng bộ xã» không được nhỏ hơn 0.');
  });
});
