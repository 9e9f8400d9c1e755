/**
 * The ceremony list as one document, before any layout: the texts of the heading, the table's rows, the total,
 * "Nơi nhận" and the signature block (Hướng dẫn 36-HD/VPTW). The sheet and the Word document are both laid out
 * from this, so that they say the same thing.
 */
import type { Ceremony, Profile } from '../profile';
import { printedAchievements } from './achievement-lines';
import { ceremonyText } from './ceremony-texts';
import { printedPersonName } from './name-case';
import type { CeremonyEntry, Selection } from './select-entries';

/** One line of the table: STT, name, birth year, position, proposing units, achievements, award, note. */
export type CeremonyRow = [number, string, number | '', string, string, string, string, string];

export interface CeremonyGroup {
  label: string;
  rows: CeremonyRow[];
}

export interface CeremonyDocument {
  /** Top left: the superior body (regular), the issuing body (bold), "*". */
  superiorBody: string;
  issuingBody: string;
  /** Top right: the Party's name (bold, a short rule under it) and the italic place and date line. */
  party: string;
  dateLine: string;
  title: string;
  description: string;
  /** "(Kèm theo Quyết định số …)", when the profile names the decision. */
  decision?: string;
  columns: string[];
  /**
   * Column widths in Excel character units of Times New Roman 12 pt; they add up to what fits A4 landscape between
   * the margins at 100 %. The Word document scales them to its page.
   */
  widths: number[];
  groups: CeremonyGroup[];
  total: string;
  recipientsLabel: string;
  recipients: string[];
  /** "T/M BAN THƯỜNG VỤ" / "K/T TRƯỞNG BAN", when there is one. */
  authority?: string;
  signerTitle: string;
  /** The signer's name, or a blank to write it in by hand. */
  signerName: string;
  /** Page footer in Excel's header/footer codes (&P page, &N pages). */
  footer: string;
  /** Printed page: A4 landscape, margins in millimetres (top, bottom, left, right). */
  margins: { top: number; bottom: number; left: number; right: number };
}

/**
 * STT, name, year, position, units, achievements, award, note: 124 units ≈ 238 mm, inside the 252 mm printable with
 * room to spare; the achievements column is about as wide as "ĐẢNG CỘNG SẢN VIỆT NAM" in 14 pt bold, the rule under it.
 */
const CEREMONY_WIDTHS = [6, 19, 7, 18, 14, 36, 14, 10];
const CEREMONY_MARGINS = { top: 20, bottom: 20, left: 30, right: 15 };

function row(e: CeremonyEntry, i: number, award: string): CeremonyRow {
  // No form proposed: the ceremony's own; declined (''): none.
  const form = e.award ?? award;
  return [i + 1, e.name, e.birthYear ?? '', e.position ?? '', e.units.join('; '), printedAchievements(e.achievements ?? ''), form, e.note ?? ''];
}

/** Typed in one case («trần thị mười»), printed as the exemplars' names are (trial 20b #6); a remark «(đã ký)» as typed. */
function signerName(typed: string): string {
  const [, name = '', remark = ''] = /^([^(]*?)(\s*\(.*)?$/su.exec(typed.trim().replace(/\s+/g, ' ')) ?? [];
  return printedPersonName(name) + remark;
}

export function ceremonyDocument(profile: Profile, ceremony: Ceremony, selection: Selection): CeremonyDocument {
  const texts = profile.ceremonyList;
  const award = texts.awards[ceremony.id] ?? '';
  const decision = ceremonyText.decision(texts.decisions[ceremony.id]);
  const authority = texts.signature.authority.trim();
  return {
    superiorBody: ceremonyText.superiorBody(profile),
    issuingBody: ceremonyText.issuingBody(profile),
    party: ceremonyText.party,
    dateLine: ceremonyText.dateLine(profile, ceremony, texts.decisions[ceremony.id]),
    title: ceremonyText.title,
    description: ceremonyText.description(ceremony),
    ...(decision ? { decision } : {}),
    columns: [...ceremonyText.columns],
    widths: [...CEREMONY_WIDTHS],
    groups: [
      { label: ceremonyText.collectives, rows: selection.collectives.map((e, i) => row(e, i, award)) },
      { label: ceremonyText.individuals, rows: selection.individuals.map((e, i) => row(e, i, award)) },
    ],
    total: ceremonyText.total(selection.collectives.length, selection.individuals.length),
    recipientsLabel: ceremonyText.recipientsLabel,
    recipients: ceremonyText.recipients(texts.recipients),
    ...(authority ? { authority: authority.toLocaleUpperCase('vi') } : {}),
    signerTitle: texts.signature.title.trim().toLocaleUpperCase('vi'),
    signerName: signerName(texts.signature.name) || ceremonyText.signerBlank,
    footer: ceremonyText.footer,
    margins: { ...CEREMONY_MARGINS },
  };
}
