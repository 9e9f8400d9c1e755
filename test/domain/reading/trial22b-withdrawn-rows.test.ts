/**
 * Trial 22b #1, #5, #10: one answer for one row a unit takes back.
 * #1: «(rút tên)», «- Rút tên», «(xin rút)», «, rút tên» written after the name in the name cell withdraw the row as
 * the same words in «Ghi chú» do: not counted, on no list, the left-off sheet says why; never printed as a position.
 * Near misses: a name holding «Rút», a nickname in brackets («(Út Lợi)»), a position after a comma.
 * #5: «Đề nghị rút tên» in the unit's own note, and its family, is a withdrawal like «Xin rút tên»: off the lists and
 * off the quota, with the unit's note as the reason (not «Ý kiến thẩm định», the district's column).
 * #10 (team decision): «Không đề nghị» in the note of a phase-1 row keeps it counted and on the 2023 list (the proposal
 * is the 2025 ceremony's, R10), but the list's «cần kiểm tra lại trước khi trình ký» names it.
 */
import type { Row } from '../../fixtures/workbooks';
import { checkBooks } from '../../fixtures/trial2-fixgroups-shapes';
import { checksFor, selectEntries } from '../../../src/domain/ceremony/select-entries';
import { groupsOf } from '../../../src/domain/ceremony/consolidate';
import { ceremonyText } from '../../../src/domain/ceremony/ceremony-texts';

const UNITS: Row[] = [['STT', 'Tên đơn vị'], [1, 'Đảng ủy xã An Bình']];
const NAMES = ['Lê Thị Ngọc Trâm', 'Kiều Văn Hai', 'Kiều Văn Ba'];

interface Line {
  name?: string;
  note?: string;
  /** The «Hình thức đề nghị» cell, when the table has that column. */
  form?: string;
}

async function checked(rows: Line[]) {
  const withForm = rows.some((r) => r.form !== undefined);
  const header: Row = ['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Tóm tắt thành tích', ...(withForm ? ['Hình thức đề nghị'] : []), 'Ghi chú'];
  const body: Row[] = rows.map((r, i) => [
    i + 1,
    'Đảng ủy xã An Bình',
    r.name ?? (NAMES[i] as string),
    1980 + i,
    'Giáo viên Trường Tiểu học An Bình',
    'Tốt',
    ...(withForm ? [r.form ?? ''] : []),
    r.note ?? '',
  ]);
  const { read, report } = await checkBooks([{ fileName: 'tong-hop.xlsx', sheets: [{ name: 'Đơn vị', rows: UNITS }, { name: 'Đăng ký', rows: [header, ...body] }] }]);
  const ceremony = read.profile.ceremonies[0]!;
  const list = selectEntries(read, report.findings, groupsOf(report), ceremony);
  return {
    registered: report.quota[0]?.registered,
    listed: list.individuals.map((e) => e.name),
    positions: list.individuals.map((e) => e.position ?? ''),
    checks: list.individuals.map((e) => checksFor(list, e).join(' ')),
    off: list.excluded.map((e) => `${e.name}: ${e.reason}`),
  };
}

describe('#1 a withdrawal written after the name, in the name cell', () => {
  it.each([
    ['Lê Thị Ngọc Trâm (rút tên)', 'rút tên'],
    ['Lê Thị Ngọc Trâm - Rút tên', 'Rút tên'],
    ['Lê Thị Ngọc Trâm (xin rút)', 'xin rút'],
    ['Lê Thị Ngọc Trâm, rút tên', 'rút tên'],
    ['Lê Thị Ngọc Trâm (RÚT TÊN)', 'RÚT TÊN'],
    ['Lê Thị Ngọc Trâm – Đã rút', 'Đã rút'],
    ['Lê Thị Ngọc Trâm (Đề nghị rút tên)', 'Đề nghị rút tên'],
  ])('«%s»: not counted, not listed, the reason quotes «%s»', async (name, mark) => {
    const r = await checked([{ name }, {}]);
    expect(r.registered).toBe(1);
    expect(r.listed).toEqual(['Kiều Văn Hai']);
    expect(r.positions.join(' ')).not.toMatch(/rút/i);
    expect(r.off).toEqual([`Lê Thị Ngọc Trâm: ${ceremonyText.reasonWithdrawnInName(mark)}`]);
  });

  it('with a position after it, the row is still withdrawn and «rút tên» is no position', async () => {
    const r = await checked([{ name: 'Lê Thị Ngọc Trâm (rút tên), Giáo viên' }, {}]);
    expect(r.registered).toBe(1);
    expect(r.listed).toEqual(['Kiều Văn Hai']);
    expect(r.off).toEqual([`Lê Thị Ngọc Trâm: ${ceremonyText.reasonWithdrawnInName('rút tên')}`]);
  });

  it('near misses stay counted and listed: a name holding «Rút», a nickname, a position after a comma', async () => {
    const r = await checked([{ name: 'Lê Thị Rút' }, { name: 'Nguyễn Văn Lợi (Út Lợi)' }, { name: 'Trần Văn Rút, Trưởng ấp Rạch Rút' }]);
    expect(r.registered).toBe(3);
    expect(r.listed).toEqual(['Lê Thị Rút', 'Nguyễn Văn Lợi', 'Trần Văn Rút']);
    expect(r.positions[2]).toContain('Trưởng ấp Rạch Rút');
    expect(r.off).toEqual([]);
  });
});

describe('#5 «Đề nghị rút tên» and its family in the unit’s note: one answer', () => {
  it.each(['Đề nghị rút tên', 'Đề nghị rút', 'Đơn vị đề nghị rút tên', 'ĐV đề nghị rút tên (chuyển công tác)', 'Đề nghị rút khỏi danh sách', 'Xin rút tên', 'Rút tên'])(
    '«%s»: off the list and off the quota, the unit’s note as the reason',
    async (note) => {
      const r = await checked([{ note }, {}]);
      expect(r.registered).toBe(1);
      expect(r.listed).toEqual(['Kiều Văn Hai']);
      expect(r.off).toEqual([`Lê Thị Ngọc Trâm: ${ceremonyText.reasonWithdrawn(note)}`]);
      expect(r.off.join(' ')).not.toContain('Ý kiến thẩm định');
    },
  );

  it('near misses stay counted and listed: «Đề nghị rút gọn thành tích», «Rút kinh nghiệm»', async () => {
    const r = await checked([{ note: 'Đề nghị rút gọn thành tích' }, { note: 'Rút kinh nghiệm từ mô hình năm 2022' }]);
    expect(r.registered).toBe(2);
    expect(r.listed).toEqual(['Lê Thị Ngọc Trâm', 'Kiều Văn Hai']);
  });
});

describe('#10 «Không đề nghị» in the note of a phase-1 row: counted, on the 2023 list, to be checked', () => {
  it.each(['Không đề nghị', 'Không đề nghị khen thưởng', 'Chưa đề nghị biểu dương', 'Không đề nghị khen năm 2025'])('«%s»', async (note) => {
    const r = await checked([{ note }, {}]);
    expect(r.registered).toBe(2);
    expect(r.listed).toEqual(['Lê Thị Ngọc Trâm', 'Kiều Văn Hai']);
    expect(r.checks[0]).toContain(ceremonyText.declinedInNote(note));
    expect(r.checks[1]).not.toContain('Ban xem xét trước khi trình ký');
  });

  it('beside a proposal column too; a «Không» there is said once, as before', async () => {
    const r = await checked([{ note: 'Không đề nghị', form: 'Giấy khen' }, { note: 'Không đề nghị', form: 'Không' }]);
    expect(r.listed).toEqual(['Lê Thị Ngọc Trâm', 'Kiều Văn Hai']);
    expect(r.checks[0]).toContain(ceremonyText.declinedInNote('Không đề nghị'));
    expect(r.checks[1]).toContain(ceremonyText.declinedNote);
    expect(r.checks[1]).not.toContain(ceremonyText.declinedInNote('Không đề nghị'));
  });

  it('near misses: «Không đề nghị nữa» withdraws; «Chưa khen thưởng lần nào» is no check', async () => {
    const r = await checked([{ note: 'Không đề nghị nữa' }, { note: 'Chưa khen thưởng lần nào' }, { note: 'Không vi phạm kỷ luật' }]);
    expect(r.registered).toBe(2);
    expect(r.listed).toEqual(['Kiều Văn Hai', 'Kiều Văn Ba']);
    expect(r.checks.join(' ')).not.toContain('Ban xem xét trước khi trình ký');
  });
});
