/** NOT_SINGLE_SUBJECT (R1): "Điển hình tiên tiến là 01 tập thể hoặc 01 cá nhân", one per registration row. */
import { finding, Finding } from '../findings/finding';
import { msg } from '../findings/messages';
import type { Registration } from '../records';
import { memoize } from '../text/memo';
import { registrationPlace } from './places';
import { findingsFor, Rule, RuleContext } from './rule';
import { isPlainlyOne, subjectsIn } from './subject-parts';

type Splitter = (name: string) => readonly string[] | null;

// The rule, the row-error verdict and the kind rule all ask this of every row, and names repeat across rows and
// checks: splitting a name is pure, so each (kind, household, name) is split once. One cache per kind and household.
const splitters = new Map<Registration['kind'], [Splitter, Splitter]>();

function splitterFor(kind: Registration['kind'], household: boolean): Splitter {
  let pair = splitters.get(kind);
  if (!pair) {
    const make = (h: boolean): Splitter =>
      memoize((name) => {
        const subjects = subjectsIn(name, kind, h);
        return subjects.length > 1 ? subjects : null;
      });
    splitters.set(kind, (pair = [make(false), make(true)]));
  }
  return pair[household ? 1 : 0];
}

/** The exemplars the row's name cell lists, when it lists more than one (shared: do not modify). */
export function extraSubjects(reg: Registration): readonly string[] | undefined {
  if (!reg.name || isPlainlyOne(reg.name)) return undefined;
  return splitterFor(reg.kind, reg.household)(reg.name) ?? undefined;
}

export function notSingleSubjectFinding(reg: Registration, ctx: RuleContext): Finding | undefined {
  const subjects = extraSubjects(reg);
  return subjects && finding('NOT_SINGLE_SUBJECT', registrationPlace(reg, ctx.read), msg.notSingleSubject([...subjects]));
}

export const singleSubject: Rule = (ctx) => findingsFor(ctx.read.registrations, (reg) => notSingleSubjectFinding(reg, ctx));
