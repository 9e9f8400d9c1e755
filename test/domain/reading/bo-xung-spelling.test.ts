/**
 * Trial 18a class 17: «bổ xung» (the everyday s/x misspelling of «bổ sung»), «bo xung», «Bổ xung», is «bổ sung» where
 * phases and additions are read: phase cells («Giai đoạn 2 (bổ xung)», «bổ xung năm 2024»), a phase column headed
 * «Đăng ký bổ xung» (marks), a group row «II. ĐĂNG KÝ BỔ XUNG». Near misses: «Giai đoạn 1», a person named «Xung».
 */
import { defaultProfile } from '../../../src/domain/profile';
import { phaseReader, phaseYears } from '../../../src/domain/reading/phase';
import { additionKey } from '../../../src/domain/text/addition-key';
import type { Row } from '../../fixtures/workbooks';
import { checkBooks, oneSheet, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';

const read = phaseReader(phaseYears(defaultProfile()));
const NAMES = ['Nguyễn Văn An', 'Trần Thị Bé', 'Lê Văn Xung', 'Phạm Thị Dung'];

const master = (header: string, values: Row[number][]): Row[] => [
  ['STT', 'Đơn vị đề xuất', 'Đối tượng', 'Họ và tên / Tên tập thể', 'Năm sinh', header],
  ...NAMES.map((n, i): Row => [i + 1, 'Đảng bộ xã Phú Hữu', 'Cá nhân', n, 1970 + i, values[i]]),
];
const phasesOf = async (rows: Row[], edit?: Parameters<typeof oneSheet>[3]) => {
  const { read: r, report } = await checkBooks([unitsBook(), oneSheet('tong-hop.xlsx', rows, 'Đăng ký', edit)]);
  return { phases: r.registrations.map((x) => x.phase), names: r.registrations.map((x) => x.name), codes: report.findings.map((f) => f.code) };
};

describe('«bổ xung» is «bổ sung»', () => {
  it.each(['Bổ xung', 'bổ xung', 'BỔ XUNG', 'bo xung', 'Giai đoạn 2 (bổ xung)', 'bổ xung năm 2024', 'Đăng ký bổ xung', 'ĐK bổ xung 2024'])('phase cell «%s» is phase 2', (text) => {
    expect(read(text)).toBe(2);
  });

  it.each([
    ['Giai đoạn 1', 1],
    ['Giai đoạn 1 (bổ xung)', null],
    ['1', 1],
  ])('near miss «%s»', (text, phase) => {
    expect(read(text)).toBe(phase);
  });

  it('only the phrase: «Xung» alone, «xung kích» stay', () => {
    expect(additionKey('Lê Văn Xung')).toBe('le van xung');
    expect(additionKey('Đội xung kích')).toBe('doi xung kich');
    expect(additionKey('bổ xung')).toBe('bo sung');
  });

  it('in a phase column', async () => {
    const { phases, codes, names } = await phasesOf(master('Giai đoạn', ['1', 'Bổ xung', 'Giai đoạn 2 (bổ xung)', 'bổ xung năm 2024']));
    expect(phases).toEqual([1, 2, 2, 2]);
    expect(names).toEqual(NAMES);
    expect(codes).not.toContain('PHASE_UNREADABLE');
  });

  it('a column headed «Đăng ký bổ xung» holds marks', async () => {
    const { phases, codes } = await phasesOf(master('Đăng ký bổ xung', ['', '', 'x', 'X']));
    expect(phases).toEqual([1, 1, 2, 2]);
    expect(codes).not.toContain('PHASE_UNREADABLE');
  });

  it('a group row «II. ĐĂNG KÝ BỔ XUNG»', async () => {
    const rows: Row[] = [
      ['STT', 'Đơn vị đề xuất', 'Đối tượng', 'Họ và tên / Tên tập thể', 'Năm sinh'],
      ['I. ĐĂNG KÝ ĐẦU GIAI ĐOẠN'],
      [1, 'Đảng bộ xã Phú Hữu', 'Cá nhân', NAMES[0], 1970],
      [2, 'Đảng bộ xã Phú Hữu', 'Cá nhân', NAMES[1], 1971],
      ['II. ĐĂNG KÝ BỔ XUNG'],
      [1, 'Đảng bộ xã Phú Hữu', 'Cá nhân', NAMES[2], 1972],
      [2, 'Đảng bộ xã Phú Hữu', 'Cá nhân', NAMES[3], 1973],
    ];
    const { phases } = await phasesOf(rows, (ws) => {
      ws.mergeCells('A2:E2');
      ws.mergeCells('A5:E5');
    });
    expect(phases).toEqual([1, 1, 2, 2]);
  });
});
