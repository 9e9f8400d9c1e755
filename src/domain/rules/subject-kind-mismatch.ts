/**
 * SUBJECT_KIND_MISMATCH (R1, warning): the kind the sheet states (a kind column, or the "I. TẬP THỂ" /
 * "II. CÁ NHÂN" group) disagrees with the shape of the name. A kind inferred from the name cannot disagree with it.
 */
import { finding } from '../findings/finding';
import { msg } from '../findings/messages';
import { isSuperseded, Registration } from '../records';
import { isPersonsOneWordName, looksCollective, looksPersonal } from '../subjects/subject-kind';
import { memoize } from '../text/memo';
import { splitHonorific } from '../text';
import { registrationPlace } from './places';
import { findingsFor, Rule } from './rule';

export const subjectKindMismatch: Rule = (ctx) => {
  // Names repeat across rows and units: each is looked at once per check.
  const collective = memoize(looksCollective);
  // "Đ/c Trần Văn Lực" is a person's name as "Ông Trần Văn Lực" is: the honorific's slash is no body's.
  const personal = memoize((name: string) => looksPersonal(name) || looksPersonal(splitHonorific(name).name));
  const disagrees = (reg: Registration): boolean => {
    if (reg.kind === 'individual') return collective(reg.name) && !isPersonsOneWordName(reg.name, reg);
    if (reg.kind === 'collective') return !reg.household && personal(reg.name);
    return false;
  };
  return findingsFor(ctx.read.registrations, (reg) => {
    if (!reg.name || !reg.kind || (reg.kindSource !== 'column' && reg.kindSource !== 'group') || isSuperseded(reg)) return undefined;
    // A row naming several exemplars has no one kind to compare; NOT_SINGLE_SUBJECT already says what is wrong.
    if (!disagrees(reg) || ctx.extraSubjects(reg)) return undefined;
    return finding(
      'SUBJECT_KIND_MISMATCH',
      registrationPlace(reg, ctx),
      msg.subjectKindMismatch(reg.name, reg.kind, reg.kindSource, reg.household),
    );
  });
};
