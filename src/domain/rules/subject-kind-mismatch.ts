/**
 * SUBJECT_KIND_MISMATCH (R1, warning): the kind the sheet states (a kind column, or the "I. TẬP THỂ" /
 * "II. CÁ NHÂN" group) disagrees with the shape of the name. A kind inferred from the name cannot disagree with it.
 */
import { finding } from '../findings/finding';
import { msg } from '../findings/messages';
import { isSuperseded, Registration } from '../records';
import { statedKindContradicted } from '../subjects/listed-kind';
import { registrationPlace } from './places';
import { findingsFor, Rule } from './rule';

export const subjectKindMismatch: Rule = (ctx) => {
  // Names repeat across rows and units: each is looked at once per check, by this rule and the matcher alike.
  return findingsFor(ctx.read.registrations, (reg: Registration) => {
    if (isSuperseded(reg) || !statedKindContradicted(reg, ctx.kindTests)) return undefined;
    // A row naming several exemplars has no one kind to compare; NOT_SINGLE_SUBJECT already says what is wrong.
    if (ctx.extraSubjects(reg)) return undefined;
    return finding(
      'SUBJECT_KIND_MISMATCH',
      registrationPlace(reg, ctx),
      msg.subjectKindMismatch(reg.name, reg.kind, reg.kindSource, reg.household),
    );
  });
};
