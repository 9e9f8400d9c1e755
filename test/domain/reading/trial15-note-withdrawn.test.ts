/**
 * Trial 15 #2: a unit's «Ghi chú» takes its row back in more than the bare wordings: with the reason after it
 * («Rút (chuyển công tác)», «Đã chuyển công tác, rút»), in other words («Thôi đăng ký», «Không đăng ký nữa», «Hủy»,
 * «Bỏ», «Bị thay thế»), or saying the person died («Đã mất», «Từ trần», «Mất năm 2022»: unless a posthumous award is
 * marked). A row whose note says it replaces a person («Thay thế đ/c Kiều Văn Một») takes that person's row off;
 * a person it names whom the unit's list does not hold is noted beside the signed list. Each such row counts for no quota
 * and is printed on no list; the rows left off say why. Near misses stay counted and listed: «Bổ sung thành tích»,
 * a post replaced («Thay thế Bí thư chi bộ năm 2022»), «Rút kinh nghiệm», such words inside the achievements.
 */
import type { Row } from '../../fixtures/workbooks';
import { checkBooks } from '../../fixtures/trial2-fixgroups-shapes';
import { checksFor, selectEntries } from '../../../src/domain/ceremony/select-entries';
import { groupsOf } from '../../../src/domain/ceremony/consolidate';
import { ceremonyText } from '../../../src/domain/ceremony/ceremony-texts';

const UNITS: Row[] = [['STT', 'Tên đơn vị'], [1, 'Đảng ủy xã An Bình']];
const HEADER: Row = ['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Tóm tắt thành tích', 'Ghi chú'];
const NAMES = ['Kiều Văn Một', 'Kiều Văn Hai', 'Kiều Văn Ba', 'Kiều Văn Bốn'];

/** Rows of one unit: [name?, note, achievements?] each; the name defaults to the row's own. */
async function checked(rows: { name?: string; note: string; achievements?: string }[]) {
  const body: Row[] = rows.map((r, i) => [i + 1, 'Đảng ủy xã An Bình', r.name ?? (NAMES[i] as string), 1960 + i, 'Hội viên', r.achievements ?? 'Tốt', r.note]);
  const { read, report } = await checkBooks([{ fileName: 'tong-hop.xlsx', sheets: [{ name: 'Đơn vị', rows: UNITS }, { name: 'Đăng ký', rows: [HEADER, ...body] }] }]);
  const ceremony = read.profile.ceremonies[0]!;
  const list = selectEntries(read, report.findings, groupsOf(report), ceremony);
  return {
    registered: report.quota[0]?.registered,
    listed: list.individuals.map((e) => e.name),
    notes: list.individuals.map((e) => e.note ?? ''),
    // What the notes sheet beside the list says to check (not printed on the list).
    checks: list.individuals.map((e) => checksFor(list, e).join(' ')),
    off: list.excluded.map((e) => `${e.name}: ${e.reason}`),
  };
}

describe('a note that takes the row back', () => {
  it.each([
    'Rút (chuyển công tác)',
    'Rút - chuyển công tác',
    'Đã chuyển công tác, rút',
    'Thôi đăng ký',
    'Xin thôi',
    'Không đăng ký nữa',
    'Bị thay thế',
    'Đã được thay bằng đ/c Nguyễn Văn Tâm',
    'Hủy',
    'Bỏ',
    'Đơn vị xin hủy (sai đối tượng)',
    'Rút',
  ])('«%s»: not counted, not listed, the reason quotes it', async (note) => {
    const r = await checked([{ note }, { note: '' }]);
    expect(r.registered).toBe(1);
    expect(r.listed).toEqual(['Kiều Văn Hai']);
    expect(r.off).toEqual([`Kiều Văn Một: ${ceremonyText.reasonWithdrawn(note)}`]);
  });

  it.each(['Đã mất', 'Từ trần', 'Mất năm 2022', 'Đã từ trần năm 2024', 'Qua đời (tháng 10/2022)', 'Mất 12/3/2024', 'Từ trần ngày 05/01/2023'])('«%s»: the person died, not counted, not listed', async (note) => {
    const r = await checked([{ note }, { note: '' }]);
    expect(r.registered).toBe(1);
    expect(r.listed).toEqual(['Kiều Văn Hai']);
    expect(r.off).toEqual([`Kiều Văn Một: ${ceremonyText.reasonDeceased(note)}`]);
  });

  it('near miss: a posthumous award proposed or marked keeps the row', async () => {
    const r = await checked([{ note: 'Đã mất, đề nghị truy tặng' }, { name: 'Kiều Văn Hai (đã mất)', note: 'Đã mất năm 2023' }, { note: 'Liệt sĩ' }]);
    expect(r.registered).toBe(3);
    expect(r.listed).toEqual(['Kiều Văn Một', 'Kiều Văn Hai', 'Kiều Văn Ba']);
    expect(r.off).toEqual([]);
  });
});

describe('a row that replaces a person', () => {
  it.each(['Thay thế đ/c Kiều Văn Một', 'Thay cho ông Kiều Văn Một (chuyển công tác)', 'Đăng ký thay thế đồng chí Kiều Văn Một.', 'thay thế Kiều Văn Một'])(
    '«%s» on the second row takes the first off',
    async (note) => {
      const r = await checked([{ note: '' }, { note }, { note: '' }]);
      expect(r.registered).toBe(2);
      expect(r.listed).toEqual(['Kiều Văn Hai', 'Kiều Văn Ba']);
      expect(r.off).toEqual([`Kiều Văn Một: ${ceremonyText.reasonReplacedByRow('Kiều Văn Hai')}`]);
      // The replacing row's note is printed as written, with nothing to ask.
      expect(r.notes[0]).toBe(note);
    },
  );

  it('the replaced row may come after, or carry its own note', async () => {
    const r = await checked([{ note: 'Thay thế đ/c Kiều Văn Hai' }, { note: 'Rút (chuyển công tác)' }]);
    expect(r.registered).toBe(1);
    expect(r.listed).toEqual(['Kiều Văn Một']);
    expect(r.off).toEqual([`Kiều Văn Hai: ${ceremonyText.reasonReplacedByRow('Kiều Văn Một')}`]);
  });

  it('a person the list does not hold: both counted and listed, the replacing row noted', async () => {
    const r = await checked([{ note: 'Thay thế đ/c Lê Văn Tám' }, { note: '' }]);
    expect(r.registered).toBe(2);
    expect(r.listed).toEqual(['Kiều Văn Một', 'Kiều Văn Hai']);
    expect(r.notes[0]).toBe('Thay thế đ/c Lê Văn Tám');
    expect(r.checks).toEqual([ceremonyText.replacesMissingNote('Lê Văn Tám'), '']);
    expect(r.notes[1]).toBe('');
  });
});

describe('near misses: counted and listed, no note added', () => {
  it.each([
    'Bổ sung thành tích',
    'Thay thế Bí thư chi bộ năm 2022',
    'Thay thế',
    'Rút kinh nghiệm từ mô hình cũ',
    'Tiêu hủy 2 tấn hàng giả',
    'Gia đình có người mất năm 2022',
    'Không bỏ sót hộ nghèo',
    'Đã chuyển công tác',
    // A disability is no death (review 22).
    'Thương binh 4/4, mất 41% sức lao động',
    'Mất 01 chân do tai nạn lao động',
    'Mất sức lao động 61%',
  ])('«%s»', async (note) => {
    const r = await checked([{ note }, { note: '' }]);
    expect(r.registered).toBe(2);
    expect(r.listed).toEqual(['Kiều Văn Một', 'Kiều Văn Hai']);
    expect(r.notes[0]).toBe(note);
    expect(r.off).toEqual([]);
  });

  it('the words inside the achievements, and a «Ghi chú:» written there, withdraw nothing', async () => {
    const r = await checked([
      { note: '', achievements: 'Vận động bỏ hủ tục; khắc phục mất mùa năm 2022' },
      { note: '', achievements: 'Ghi chú: thôi đăng ký' },
      { note: '', achievements: 'Hủy' },
    ]);
    expect(r.registered).toBe(3);
    expect(r.listed).toEqual(['Kiều Văn Một', 'Kiều Văn Hai', 'Kiều Văn Ba']);
  });

  // Trial 22b #5: a row off every list counts for no quota; the district's verdict has its own column.
  it('«Đề nghị rút» alone in the note withdraws the row as «Rút» does: not counted, not listed', async () => {
    const r = await checked([{ note: 'Đề nghị rút' }, { note: '' }]);
    expect(r.registered).toBe(1);
    expect(r.listed).toEqual(['Kiều Văn Hai']);
    expect(r.off).toEqual([`Kiều Văn Một: ${ceremonyText.reasonWithdrawn('Đề nghị rút')}`]);
  });
});
