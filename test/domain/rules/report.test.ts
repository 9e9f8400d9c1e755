import { buildReport } from '../../../src/domain/report/report';
import { ctx, date, reg, unit } from './helpers';

describe('buildReport with the guideline rules', () => {
  it('returns the quota table and every finding, errors first', () => {
    const xa = unit('Đảng bộ xã An Bình', { code: 'X01', listDate: date(20, 2, 2023) });
    const cb = unit('Chi bộ Kho bạc Nhà nước huyện', { code: 'KB' });
    const rows = [
      reg('Chi bộ Thôn 3', xa, { kind: 'individual', kindSource: 'column' }),
      reg('Nguyễn Văn Hùng', xa),
      reg('Lê Thị Lan', undefined, { unitText: 'Đảng bộ xã Xuân Lộc' }),
    ];
    const { read, asOf } = ctx({ units: [xa, cb], registrations: rows, has: { listDate: true } });
    const report = buildReport(read, asOf, 1);

    expect(report.quota).toEqual([
      { unit: 'Đảng bộ xã An Bình', unitCode: 'X01', type: 'Đảng bộ xã', bloc: 'Đảng', required: 2, registered: 2, shortfall: 0, status: 'ok' },
      { unit: 'Chi bộ Kho bạc Nhà nước huyện', unitCode: 'KB', type: 'Chi bộ cơ sở', bloc: 'Đảng', required: 1, registered: 0, shortfall: 1, status: 'short' },
    ]);
    const codes = report.findings.map((f) => f.code).sort();
    expect(codes).toEqual(['QUOTA_SHORT', 'REGISTRATION_MISSING', 'SUBJECT_KIND_MISMATCH', 'UNKNOWN_UNIT']);
    const severities = report.findings.map((f) => f.severity);
    expect(severities).toEqual([...severities].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b)));
    expect(severities[0]).toBe('error');
    expect(report.summary).toMatchObject({ units: 2, registrations: 3, errors: 2, warnings: 2 });
  });
});
