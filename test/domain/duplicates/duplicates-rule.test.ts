/** The DUPLICATE finding: one per group, where and who, confidence, score, cross-bloc flag, evidence, message. */
import { analyze } from '../../../src/domain/analysis/analyze';
import { duplicatesRule } from '../../../src/domain/rules/duplicate';
import type { Registration } from '../../../src/domain/records';
import { readResult } from '../rules/helpers';
import { person, UNITS } from './factory';

function check(registrations: Registration[]) {
  return duplicatesRule(analyze(readResult({ units: UNITS, registrations }), { y: 2023, m: 3, d: 1 }));
}

const female = { gender: 'female' as const };

describe('DUPLICATE findings', () => {
  it('describe a cross-bloc duplicate the way staff read it', () => {
    const a = person('Trần Thị Thủy', 1979, { ...female, unitId: 'X02', file: 'X02.xlsx', sheet: 'Đăng ký', row: 9 });
    const b = person('Trần Thị Thuỷ', 1979, {
      ...female,
      unitId: 'UB',
      position: 'Chủ tịch Hội Phụ nữ xã Tân Lập',
      file: 'UB.xlsx',
      sheet: 'Danh sách',
      row: 14,
    });
    const findings = check([a, b]);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({
      code: 'DUPLICATE',
      severity: 'warning',
      rule: 'R5',
      file: 'X02.xlsx',
      sheet: 'Đăng ký',
      row: 9,
      unit: 'Đảng bộ xã Tân Lập',
      unitCode: 'X02',
      rows: [
        { file: 'X02.xlsx', sheet: 'Đăng ký', row: 9 },
        { file: 'UB.xlsx', sheet: 'Danh sách', row: 14 },
      ],
      confidence: 'certain',
      crossBloc: true,
    });
    expect(f?.score).toBe(f?.evidence?.reduce((s, e) => s + e.points, 0));
    expect(f?.evidence?.map((e) => [e.field, e.level])).toEqual([
      ['name', 'exact'],
      ['nameFrequency', 'common'],
      ['birthYear', 'equal'],
      ['gender', 'same'],
      ['place', 'same'],
      ['kind', 'same'],
    ]);
    expect(f?.message).toContain(
      'Trùng họ tên và năm sinh 1979, cùng xã Tân Lập; đề xuất bởi Đảng bộ xã Tân Lập (khối Đảng) và Ủy ban nhân dân huyện (khối Chính quyền)',
    );
    expect(f?.message).toContain('X02.xlsx, trang «Đăng ký»: dòng 9; UB.xlsx, trang «Danh sách»: dòng 14');
    // JSON shows the duplicate's fields before the message; two units propose it: both are named (trial 12 #19).
    expect(f?.units).toEqual(['Đảng bộ xã Tân Lập', 'Ủy ban nhân dân huyện']);
    expect(Object.keys(f ?? {})).toEqual([
      'code', 'severity', 'rule', 'file', 'sheet', 'row', 'unit', 'unitCode', 'units', 'rows', 'confidence', 'score', 'crossBloc', 'evidence', 'groupKey', 'message',
    ]);
  });

  it('name one unit listing the same exemplar twice, not cross-bloc', () => {
    const [f] = check([person('Đỗ Quang Vinh', 1990), person('Đỗ Quang Vinh', 1990)]);
    expect(f?.crossBloc).toBe(false);
    expect(f?.message).toContain('cùng do Đảng bộ xã An Bình đề xuất 2 lần');
  });

  it('mark a probable pair as such and say how to dismiss it', () => {
    const [f] = check([person('Nguyễn Văn Hùng', 1975), person('Nguyễn Văn Hưng', 1975)]);
    expect(f?.confidence).toBe('probable');
    expect(f?.message).toMatch(/^Có thể trùng lặp: tên chỉ khác dấu/);
    expect(f?.message).toContain('«Nguyễn Văn Hùng», «Nguyễn Văn Hưng»');
    expect(f?.message).toContain('«Không trùng»');
  });

  it('report nothing for rows that are not duplicates', () => {
    expect(check([person('Nguyễn Văn Hùng', 1975), person('Nguyễn Văn Hùng', 1990, { unitId: 'X02' })])).toEqual([]);
  });
});
