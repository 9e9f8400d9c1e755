/** "Không trùng" decisions: kept in the workbook under a stable key, they keep a group unflagged next time. */
import { DECISION_COLUMNS, DECISION_SHEET_NAME, decisionHeaderColumns } from '../../../src/domain/decision-sheet';
import { applyDecisions, decisionRow } from '../../../src/domain/duplicates/decisions';
import { readDuplicateDecisions } from '../../../src/domain/reading/read-decisions';
import { analyze } from '../../../src/domain/analysis/analyze';
import { matchRegistrations } from '../../../src/domain/duplicates/match';
import type { Cell, SheetGrid } from '../../../src/domain/grid';
import { defaultProfile } from '../../../src/domain/profile';
import type { ReadResult } from '../../../src/domain/records';
import { viewSheet } from '../../../src/domain/recognition/sheet-view';
import { fieldIndexes } from '../../../src/domain/recognition/fields';
import { recognizeTable } from '../../../src/domain/reading/recognize';
import type { Registration } from '../../../src/domain/records';
import { readResult } from '../rules/helpers';
import { person, UNITS } from './factory';

const female = { gender: 'female' as const };
const thuy = () => [
  person('Trần Thị Thủy', 1979, { ...female, unitId: 'X02', row: 7 }),
  person('Trần Thị Thủy', 1979, { ...female, unitId: 'UB', position: 'Chủ tịch Hội Phụ nữ xã Tân Lập', row: 12 }),
];

function readOf(registrations: Registration[], extra: Partial<ReadResult> = {}): ReadResult {
  return { ...readResult({ units: UNITS, registrations }), ...extra };
}

const text = (v: string): Cell => ({ t: 's', v });
const sheet = (rows: (Cell | null)[][]): SheetGrid => ({ name: DECISION_SHEET_NAME, rows, merges: [] });

describe('group keys', () => {
  it('stay the same when rows move or are retyped with other tone placement', () => {
    const [g1] = matchRegistrations(thuy(), UNITS).groups;
    const moved = [
      person('Trần Thị Thuỷ', 1979, { ...female, unitId: 'UB', position: 'Chủ tịch Hội Phụ nữ xã Tân Lập', row: 40 }),
      person('Bà Trần Thị Thủy', 1979, { ...female, unitId: 'X02', row: 3 }),
    ];
    const [g2] = matchRegistrations(moved, UNITS).groups;
    expect(g1?.key).toMatch(/^TL-[0-9A-F]{14}$/);
    expect(g2?.key).toBe(g1?.key);
  });

  it('change when a member is added', () => {
    const [g1] = matchRegistrations(thuy(), UNITS).groups;
    const three = [...thuy(), person('Trần Thị Thủy', 1979, { ...female, unitId: 'PN', position: 'Hội viên xã Tân Lập' })];
    const [g2] = matchRegistrations(three, UNITS).groups;
    expect(g2?.members).toHaveLength(3);
    expect(g2?.key).not.toBe(g1?.key);
  });
});

describe('decisions', () => {
  it('a group marked "không trùng" is left out; others stay', () => {
    const rows = [...thuy(), person('Đỗ Quang Vinh', 1990), person('Đỗ Quang Vinh', 1990)];
    const groups = matchRegistrations(rows, UNITS).groups;
    expect(groups).toHaveLength(2);
    const kept = applyDecisions(groups, [{ key: groups[0]?.key ?? '', decision: 'not-duplicate' }]);
    expect(kept).toEqual([groups[1]]);
  });

  it('the analysis applies the decisions stored on the read', () => {
    const rows = thuy();
    const [g] = analyze(readOf(rows), { y: 2023, m: 3, d: 1 }).duplicates().groups;
    expect(g).toBeDefined();
    const decided = readOf(rows, { duplicateDecisions: [{ key: g?.key ?? '', decision: 'not-duplicate' }] });
    expect(analyze(decided, { y: 2023, m: 3, d: 1 }).duplicates().groups).toEqual([]);
  });

  it('the row written for a decision reads back, and suppresses the group on the next check', () => {
    const [g] = matchRegistrations(thuy(), UNITS).groups;
    if (!g) throw new Error('expected a group');
    const row = decisionRow(g, { y: 2025, m: 3, d: 1 }, 'not-duplicate', 'Hai người khác nhau');
    expect(row).toHaveLength(DECISION_COLUMNS.length);
    expect(row[0]).toBe(g.key);
    expect(row[1]).toContain('Trần Thị Thủy (1979) – Đảng bộ xã Tân Lập');
    expect(row[1]).toContain('Ủy ban nhân dân huyện');
    expect(row[2]).toBe('Chắc chắn trùng');
    expect(row[3]).toBe('Không trùng');
    expect(row[4]).toBe('01/03/2025');

    const view = viewSheet(sheet([[text('QUYẾT ĐỊNH VỀ CÁC NHÓM TRÙNG LẶP')], DECISION_COLUMNS.map(text), row.map(text)]));
    const entries = readDuplicateDecisions(view);
    expect(entries).toEqual([{ key: g.key, decision: 'not-duplicate', row: 3, date: '01/03/2025', note: 'Hai người khác nhau', members: row[1] }]);
    expect(applyDecisions([g], entries)).toEqual([]);
    // Its headers name no field of a registrations, units or plans table: reading never takes it for one.
    expect(recognizeTable(view, fieldIndexes(defaultProfile()), ['registrations', 'plans', 'units', 'profile'])).toBeUndefined();
  });

  it('the reader finds its columns in any order and skips rows without a decision it knows', () => {
    const view = viewSheet(
      sheet([
        [text('Quyết định'), text('Ghi chú'), text('Mã nhóm')],
        [text('không trùng'), null, text(' tl-00000000000abc ')],
        [text('Cần xem lại'), null, text('TL-00000000000DEF')],
        [text('KHONG TRUNG'), null, null],
        [{ t: 'd', v: { y: 2025, m: 3, d: 1 } }, null, text('TL-0000000000ABCD')],
      ]),
    );
    expect(readDuplicateDecisions(view)).toEqual([{ key: 'TL-00000000000ABC', decision: 'not-duplicate', row: 2 }]);
  });

  it('knows its sheet by its header, whatever the case or diacritics, never by its name', () => {
    expect(decisionHeaderColumns([...DECISION_COLUMNS])?.get('Quyết định')).toBe(3);
    expect(decisionHeaderColumns(['QUYET DINH', 'ma nhom'])?.get('Mã nhóm')).toBe(1);
    expect(decisionHeaderColumns(['Việc cần làm', 'Người phụ trách'])).toBeUndefined();
    expect(decisionHeaderColumns(['Mã nhóm', 'Nội dung nhóm'])).toBeUndefined();
    expect(readDuplicateDecisions(viewSheet(sheet([[text('Họ và tên')]])))).toEqual([]);
  });
});
