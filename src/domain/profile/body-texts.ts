/**
 * The signed list's texts that name the bodies ("Giấy khen của Ban Thường vụ Huyện ủy", "Thường trực Huyện ủy",
 * "Lưu BTGHU"), made from the profile's superior and issuing bodies: a Thị ủy's profile that changes only its bodies
 * gets a list that names them, and a ceremony the profile adds gets the guideline's form of commendation.
 */
import { stripDiacritics } from '../text';
import type { Profile } from './schema';

export const DEFAULT_BODIES = { superiorBody: 'Huyện ủy', issuingBody: 'Ban Tuyên giáo' } as const;

/** "Ban Tuyên giáo và Dân vận" + "Thị ủy" → "BTGDVTU": each word's first letter, "và" left out, "Đ" kept. */
function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => w && w.toLowerCase() !== 'và')
    .map((w) => {
      const first = w.charAt(0).toUpperCase();
      return first === 'Đ' ? first : stripDiacritics(first);
    })
    .join('');
}

export function bodyTexts(superiorBody: string, issuingBody: string) {
  return {
    award: `Giấy khen của Ban Thường vụ ${superiorBody}`,
    issuer: `Ban Thường vụ ${superiorBody}`,
    recipients: [`Thường trực ${superiorBody}`, 'Các đơn vị có tên trong danh sách', `Lưu ${initials(issuingBody)}${initials(superiorBody)}`],
  };
}

/**
 * The profile with the list's texts it left as the default's written for its own bodies, and an award and a
 * decision for every ceremony it has. Texts the profile states are kept.
 */
export function withBodyTexts(p: Profile): Profile {
  const base = bodyTexts(DEFAULT_BODIES.superiorBody, DEFAULT_BODIES.issuingBody);
  const own = bodyTexts(p.superiorBody, p.issuingBody);
  const list = p.ceremonyList;
  if (list.recipients.join('\n') === base.recipients.join('\n')) list.recipients = own.recipients;
  for (const { id } of p.ceremonies) {
    const award = list.awards[id];
    if (award === undefined || award === base.award) list.awards[id] = own.award;
    const decision = (list.decisions[id] ??= { number: '', date: '', issuer: own.issuer });
    if (decision.issuer === base.issuer) decision.issuer = own.issuer;
  }
  return p;
}
