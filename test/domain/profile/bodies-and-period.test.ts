/**
 * A profile for another body or another period: the signed list names the profile's own bodies, a ceremony the
 * profile adds gets a form of commendation, and a period moved without its dates is refused with the keys to change.
 */
import { defaultProfile, profileFrom, ProfileError, profileFromEntries } from '../../../src/domain/profile';

const entry = (key: string, value: string | number, row = 2) => ({
  key,
  value: typeof value === 'number' ? { t: 'n' as const, v: value } : { t: 's' as const, v: value },
  row,
});

const NEXT_PERIOD = {
  period: { from: 2026, to: 2030 },
  deadlines: { plan: '2027-01-25', list: '2028-02-25' },
  ceremonies: [
    { id: '2028', date: '2028-05-19', anniversary: 138, from: 2026, to: 2028, phases: [1] },
    { id: '2030', date: '2030-05-19', anniversary: 140, from: 2026, to: 2030, phases: [1, 2] },
  ],
};

describe('the signed list names the profile\'s bodies', () => {
  it.each([
    [{ superiorBody: 'Thị ủy', issuingBody: 'Ban Tuyên giáo và Dân vận' }, 'Thị ủy', 'Lưu BTGDVTU'],
    [{ superiorBody: 'Thành ủy' }, 'Thành ủy', 'Lưu BTGTU'],
    [{ superiorBody: 'Quận ủy', issuingBody: 'Ban Tuyên giáo' }, 'Quận ủy', 'Lưu BTGQU'],
  ])('%j', (override, body, archive) => {
    const list = profileFrom(override, 'cfg.json').ceremonyList;
    expect(list.recipients).toEqual([`Thường trực ${body}`, 'Các đơn vị có tên trong danh sách', archive]);
    expect(Object.values(list.awards)).toEqual([`Giấy khen của Ban Thường vụ ${body}`, `Giấy khen của Ban Thường vụ ${body}`]);
    expect(Object.values(list.decisions).map((d) => d.issuer)).toEqual([`Ban Thường vụ ${body}`, `Ban Thường vụ ${body}`]);
  });

  it('from the "Cấu hình" sheet too, whose template repeats the default texts', () => {
    const base = defaultProfile();
    const p = profileFromEntries(
      [entry('Cấp ủy cấp trên', 'Thị ủy'), entry('Lễ tuyên dương 2023: hình thức khen thưởng', base.ceremonyList.awards['2023'] ?? '')],
      base,
      'Cấu hình',
    );
    expect(p.ceremonyList.awards['2023']).toBe('Giấy khen của Ban Thường vụ Thị ủy');
    expect(p.ceremonyList.recipients[0]).toBe('Thường trực Thị ủy');
  });

  it('near miss: texts the profile states are kept, and the default profile is unchanged', () => {
    const p = profileFrom(
      { superiorBody: 'Thị ủy', ceremonyList: { recipients: ['Như trên', 'Lưu VP'], awards: { '2023': 'Bằng khen' } } },
      'cfg.json',
    );
    expect(p.ceremonyList.recipients).toEqual(['Như trên', 'Lưu VP']);
    expect(p.ceremonyList.awards).toEqual({ '2023': 'Bằng khen', '2025': 'Giấy khen của Ban Thường vụ Thị ủy' });
    expect(profileFrom({}, 'cfg.json')).toEqual(defaultProfile());
    expect(defaultProfile().ceremonyList.recipients).toEqual(['Thường trực Huyện ủy', 'Các đơn vị có tên trong danh sách', 'Lưu BTGHU']);
  });

  it('a ceremony the profile adds gets the form of commendation and the deciding body', () => {
    const list = profileFrom(NEXT_PERIOD, 'cfg.json').ceremonyList;
    expect(list.awards['2028']).toBe('Giấy khen của Ban Thường vụ Huyện ủy');
    expect(list.decisions['2030']).toEqual({ number: '', date: '', issuer: 'Ban Thường vụ Huyện ủy' });
  });
});

describe('a period moved without its dates', () => {
  const refusal = (override: unknown) => {
    try {
      profileFrom(override, 'cfg.json');
    } catch (e) {
      if (e instanceof ProfileError) return e.message;
      throw e;
    }
    return undefined;
  };

  it.each([
    // Keys as the «Cấu hình» sheet names them (trial16a #12), not «deadlines.plan».
    ['only the period', { period: { from: 2026, to: 2030 } }, 'Hạn gửi kế hoạch triển khai', '2022-01-25'],
    ['the list deadline left behind', { ...NEXT_PERIOD, deadlines: { plan: '2027-01-25', list: '2023-02-25' } }, 'Hạn gửi danh sách đăng ký', '2023-02-25'],
    ['a ceremony\'s date left behind', { ...NEXT_PERIOD, ceremonies: [{ ...NEXT_PERIOD.ceremonies[0], date: '2024-05-19' }] }, 'Lễ tuyên dương 2028: ngày', '2024-05-19'],
    ['a ceremony\'s years left behind', { ...NEXT_PERIOD, ceremonies: [{ ...NEXT_PERIOD.ceremonies[0], from: 2021, to: 2023 }] }, 'Lễ tuyên dương 2028', '2021 – 2023'],
  ])('%s is refused, naming the key and the period', (_, override, key, value) => {
    const message = refusal(override);
    expect(message).toContain(`«${key}»`);
    expect(message).toContain(value);
    expect(message).toContain('2026 – 2030');
  });

  it('from the "Cấu hình" sheet too', () => {
    expect(() => profileFromEntries([entry('Giai đoạn từ năm', 2026), entry('Giai đoạn đến năm', 2030)], defaultProfile(), 'Cấu hình')).toThrow(
      /Hạn gửi kế hoạch triển khai.*2026 – 2030/,
    );
  });

  it.each([
    ['a plan due the December before the period', { deadlines: { plan: '2020-12-31', list: '2023-02-25' } }],
    ['a final ceremony early the year after it', { ceremonies: [{ id: '2026', date: '2026-01-10', anniversary: 136, from: 2021, to: 2025, phases: [1, 2] }] }],
  ])('near miss: %s is accepted', (_, override) => {
    expect(refusal(override)).toBeUndefined();
  });

  it('near miss: the period moved with every date is accepted', () => {
    const p = profileFrom(NEXT_PERIOD, 'cfg.json');
    expect([p.period, p.deadlines.list, p.ceremonies.map((c) => c.id)]).toEqual([{ from: 2026, to: 2030 }, '2028-02-25', ['2028', '2030']]);
  });
});
