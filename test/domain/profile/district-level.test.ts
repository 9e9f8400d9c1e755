/**
 * The district as staff name it in the profile: «Thị xã Bến Cát», «TX. Bến Cát», «thành phố Vĩnh Long» are the
 * name with its level, and the level's committee (Thị ủy, Thành ủy) heads the signed list where the profile left the
 * guideline's Huyện ủy; «Thị ủy Bến Cát» as the committee is the committee. Near misses: a name alone, a name that
 * begins like a short form, a committee the profile states.
 */
import { profileFrom } from '../../../src/domain/profile';

const texts = (p: ReturnType<typeof profileFrom>) => ({
  district: p.district,
  superiorBody: p.superiorBody,
  award: p.ceremonyList.awards['2023'],
  issuer: p.ceremonyList.decisions['2023']?.issuer,
  recipients: p.ceremonyList.recipients,
});

describe('a district named with its level', () => {
  it.each([
    ['Thị xã Bến Cát', 'Bến Cát', 'Thị ủy', 'BTGTU'],
    ['TX. Bến Cát', 'Bến Cát', 'Thị ủy', 'BTGTU'],
    ['TX Bến Cát', 'Bến Cát', 'Thị ủy', 'BTGTU'],
    ['thành phố Vĩnh Long', 'Vĩnh Long', 'Thành ủy', 'BTGTU'],
    ['TP. Vĩnh Long', 'Vĩnh Long', 'Thành ủy', 'BTGTU'],
    ['Huyện An Phú', 'An Phú', 'Huyện ủy', 'BTGHU'],
  ])('%p: the name %p, the committee %p', (given, district, committee, archive) => {
    expect(texts(profileFrom({ district: given }, 'Cấu hình'))).toEqual({
      district,
      superiorBody: committee,
      award: `Giấy khen của Ban Thường vụ ${committee}`,
      issuer: `Ban Thường vụ ${committee}`,
      recipients: [`Thường trực ${committee}`, 'Các đơn vị có tên trong danh sách', `Lưu ${archive}`],
    });
  });

  it('«Thị ủy Bến Cát» as the committee is the Thị ủy of Bến Cát', () => {
    const p = texts(profileFrom({ district: 'Bến Cát', superiorBody: 'Thị ủy Bến Cát' }, 'Cấu hình'));
    expect(p).toMatchObject({ district: 'Bến Cát', superiorBody: 'Thị ủy', award: 'Giấy khen của Ban Thường vụ Thị ủy' });
    expect(p.recipients[2]).toBe('Lưu BTGTU');
  });

  it.each([
    ['a name alone', { district: 'Bến Cát' }, 'Bến Cát', 'Huyện ủy'],
    ['a name that begins like a short form', { district: 'Hưng Hà' }, 'Hưng Hà', 'Huyện ủy'],
    ['a name that begins with «Thành»', { district: 'Thạnh Phú' }, 'Thạnh Phú', 'Huyện ủy'],
    ['a committee the profile states', { district: 'Thị xã Bến Cát', superiorBody: 'Đảng ủy Khối' }, 'Bến Cát', 'Đảng ủy Khối'],
  ])('near miss: %s', (_, given, district, committee) => {
    expect(texts(profileFrom(given, 'Cấu hình'))).toMatchObject({ district, superiorBody: committee });
  });
});
