import { defaultProfile } from '../../../src/domain/profile';
import { registrationDeadline } from '../../../src/domain/rules/registration-deadline';
import { AFTER, BEFORE, ctx, date, reg, unit } from './helpers';

describe('REGISTRATION_LATE (R4)', () => {
  it('fires for a list dated after the deadline, showing the date found and the deadline applied', () => {
    const u = unit('Đảng bộ xã An Bình', { code: 'X01', listDate: date(27, 2, 2023) });
    const findings = registrationDeadline(ctx({ units: [u], has: { listDate: true } }));
    expect(findings).toEqual([
      expect.objectContaining({ code: 'REGISTRATION_LATE', severity: 'error', rule: 'R4', row: u.source.row, unit: 'Đảng bộ xã An Bình', unitCode: 'X01' }),
    ]);
    expect(findings[0]?.message).toContain('ngày 27/02/2023, trễ hạn 2 ngày so với ngày hạn 25/02/2023');
    expect(findings[0]?.message).toContain('hoàn thành trước ngày 25/02/2023');
  });

  it('fires on the deadline day itself and says how "trước ngày" was read', () => {
    const u = unit('Đảng bộ xã An Bình', { listDate: date(25, 2, 2023) });
    const [f] = registrationDeadline(ctx({ units: [u], has: { listDate: true } }));
    expect(f?.code).toBe('REGISTRATION_LATE');
    expect(f?.message).toContain('đúng ngày hạn');
    expect(f?.message).toContain('«trước ngày 25/02/2023», được hiểu theo đúng chữ');
  });

  it('does not fire the day before the deadline, nor on the day when the profile counts it as on time', () => {
    const early = unit('Đảng bộ xã An Bình', { listDate: date(24, 2, 2023) });
    expect(registrationDeadline(ctx({ units: [early], has: { listDate: true } }))).toEqual([]);
    const onDay = unit('Đảng bộ xã Tân Lập', { listDate: date(25, 2, 2023) });
    const lenient = { ...defaultProfile(), deadlineDayIsOnTime: true };
    expect(registrationDeadline(ctx({ units: [onDay], profile: lenient, has: { listDate: true } }))).toEqual([]);
  });
});

describe('REGISTRATION_MISSING (R4)', () => {
  const u = unit('Chi bộ Kho bạc Nhà nước huyện', { code: 'KB' });

  it('warns when a unit has no list date and no rows once the deadline has passed, even without a list-date column', () => {
    for (const listDate of [true, false]) {
      const findings = registrationDeadline(ctx({ units: [u], has: { listDate } }, AFTER));
      expect(findings).toEqual([
        expect.objectContaining({ code: 'REGISTRATION_MISSING', severity: 'warning', rule: 'R4', unit: u.name, unitCode: 'KB', row: u.source.row }),
      ]);
      expect(findings[0]?.message).toContain('trước ngày 25/02/2023');
      expect(findings[0]?.message).toContain('ngày xét: 01/03/2023');
    }
  });

  it('does not warn before the deadline, for a unit with rows, or for an unreadable date', () => {
    expect(registrationDeadline(ctx({ units: [u] }, BEFORE))).toEqual([]);
    expect(registrationDeadline(ctx({ units: [u] }, date(24, 2, 2023)))).toEqual([]);
    expect(registrationDeadline(ctx({ units: [u], registrations: [reg('Nguyễn Văn Hùng', u)] }))).toEqual([]);
    expect(registrationDeadline(ctx({ units: [{ ...u, listDateInvalid: true }], has: { listDate: true } }))).toEqual([]);
  });

  it('counts the deadline day as past under the literal reading', () => {
    expect(registrationDeadline(ctx({ units: [u] }, date(25, 2, 2023))).map((f) => f.code)).toEqual(['REGISTRATION_MISSING']);
    const lenient = { ...defaultProfile(), deadlineDayIsOnTime: true };
    expect(registrationDeadline(ctx({ units: [u], profile: lenient }, date(25, 2, 2023)))).toEqual([]);
  });
});
