/** The signed list's texts in the profile: the "Cấu hình" sheet's rows, the JSON override, and their validation. */
import { defaultProfile, profileFrom, ProfileError, profileFromEntries, settingValue, sheetSettings } from '../../../src/domain/profile';
import { splitRecipients } from '../../../src/domain/profile/ceremony-list-settings';

const entry = (key: string, value: string, row = 2) => ({ key, value: { t: 's' as const, v: value }, row });

describe('the "Cấu hình" sheet', () => {
  it('sets who signs, "Nơi nhận", and each ceremony\'s decision and default form of commendation', () => {
    const p = profileFromEntries(
      [
        entry('Người ký: thay mặt, ký thay', 'K/T TRƯỞNG BAN'),
        entry('Người ký: chức vụ', 'PHÓ TRƯỞNG BAN'),
        entry('Người ký: họ và tên', 'Trần Văn Bảy'),
        entry('Nơi nhận', 'Thường trực Huyện ủy; Như trên;Lưu BTGHU'),
        entry('Lễ tuyên dương 2023: hình thức khen thưởng', 'Giấy khen'),
        entry('Lễ tuyên dương 2023: số quyết định', '125-QĐ/HU'),
        entry('Lễ tuyên dương 2023: ngày quyết định', '10/05/2023'),
        entry('le tuyen duong 2025: co quan quyet dinh', 'Ban Chấp hành Đảng bộ huyện'),
      ],
      defaultProfile(),
      'Cấu hình',
    );
    expect(p.ceremonyList.signature).toEqual({ authority: 'K/T TRƯỞNG BAN', title: 'PHÓ TRƯỞNG BAN', name: 'Trần Văn Bảy' });
    expect(p.ceremonyList.recipients).toEqual(['Thường trực Huyện ủy', 'Như trên', 'Lưu BTGHU']);
    expect(p.ceremonyList.awards['2023']).toBe('Giấy khen');
    expect(p.ceremonyList.decisions['2023']).toEqual({ number: '125-QĐ/HU', date: '2023-05-10', issuer: 'Ban Thường vụ Huyện ủy' });
    expect(p.ceremonyList.decisions['2025']?.issuer).toBe('Ban Chấp hành Đảng bộ huyện');
    // The other settings are untouched.
    expect(p.ceremonyList.awards['2025']).toBe(defaultProfile().ceremonyList.awards['2025']);
  });

  it('says which row is wrong: a decision date that is not a date, an empty title', () => {
    expect(() => profileFromEntries([entry('Lễ tuyên dương 2023: ngày quyết định', '31/02/2023', 7)], defaultProfile(), 'Cấu hình')).toThrow(
      /dòng 7, khóa «Lễ tuyên dương 2023: ngày quyết định»: cần một ngày có thật/,
    );
    expect(() => profileFromEntries([entry('Người ký: chức vụ', '')], defaultProfile(), 'Cấu hình')).toThrow(ProfileError);
  });

  it('leaves a decision date empty as the template does (written by hand on the printed list)', () => {
    const p = profileFromEntries([entry('Lễ tuyên dương 2023: ngày quyết định', '', 42), { key: 'Lễ tuyên dương 2025: ngày quyết định', value: null, row: 43 }], defaultProfile(), 'Cấu hình');
    expect(p.ceremonyList.decisions['2023']?.date).toBe('');
    expect(p.ceremonyList.decisions['2025']?.date).toBe('');
  });

  it('lists every new setting with its current value for the template', () => {
    const p = defaultProfile();
    const labels = sheetSettings(p).map((s) => s.label);
    expect(labels).toEqual(expect.arrayContaining(['Người ký: chức vụ', 'Nơi nhận', 'Lễ tuyên dương 2025: số quyết định']));
    expect(settingValue(p, 'Người ký: chức vụ')).toBe('TRƯỞNG BAN');
    expect(settingValue(p, 'Nơi nhận')).toBe('Thường trực Huyện ủy; Các đơn vị có tên trong danh sách; Lưu BTGHU');
    expect(settingValue(p, 'Lễ tuyên dương 2023: hình thức khen thưởng')).toBe('Giấy khen của Ban Thường vụ Huyện ủy');
    expect(settingValue(p, 'Lễ tuyên dương 2023: ngày quyết định')).toBe('');
    // The ceremony's own settings still read as before.
    expect(settingValue(p, 'Lễ tuyên dương 2023: giai đoạn')).toBe('1');
  });

  it('splits "Nơi nhận" on semicolons and line breaks, dropping empty lines', () => {
    expect(splitRecipients(' A ;; B\n\nC ')).toEqual(['A', 'B', 'C']);
  });
});

describe('the JSON override', () => {
  it('changes one field and keeps the rest', () => {
    const p = profileFrom({ ceremonyList: { signature: { name: 'Lê Thị Mai' }, decisions: { '2025': { number: '30-QĐ/HU' } } } }, 'tệp');
    expect(p.ceremonyList.signature).toEqual({ authority: '', title: 'TRƯỞNG BAN', name: 'Lê Thị Mai' });
    expect(p.ceremonyList.decisions['2025']).toEqual({ number: '30-QĐ/HU', date: '', issuer: 'Ban Thường vụ Huyện ủy' });
  });

  it('refuses a decision date that is not a date, naming the key', () => {
    expect(() => profileFrom({ ceremonyList: { decisions: { '2023': { date: '10/05/2023' } } } }, 'tệp')).toThrow(/ceremonyList\.decisions\.2023\.date/);
  });
});
