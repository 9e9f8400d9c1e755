/**
 * The kind a row is listed under. A kind column or a group row ("I. TẬP THỂ" / "II. CÁ NHÂN") states one; a name that
 * plainly is of the other kind overrides it (SUBJECT_KIND_MISMATCH warns, the ceremony list puts the row under the
 * heading its name shows, and duplicate matching compares it with that heading's rows). One test for all three, so
 * that a row is never a person to one and a body to another.
 */
import { splitHonorific } from '../text';
import { looksCollective, looksPersonal, SubjectKind } from './subject-kind';

/** What the test reads of a row (a registration). */
export interface StatedRow {
  readonly name: string;
  readonly kind?: SubjectKind;
  readonly kindSource?: 'column' | 'group' | 'name' | 'row';
  readonly household: boolean;
}

/** The name tests, replaceable by memoised ones where a caller asks them of many rows. */
export interface KindTests {
  collective(name: string): boolean;
  personal(name: string): boolean;
}

/** "Đ/c Trần Văn Lực" is a person's name as "Ông Trần Văn Lực" is: the honorific's slash is no body's. */
export const namePlainlyPersonal = (name: string): boolean => looksPersonal(name) || looksPersonal(splitHonorific(name).name);

export const KIND_TESTS: KindTests = { collective: looksCollective, personal: namePlainlyPersonal };

/**
 * The row states a kind (a column or a group row: a kind read from the name or the row cannot disagree with it) that
 * its name contradicts: a body's name filed as a person, a person's filed as a body (a household is one by its name).
 */
export function statedKindContradicted<R extends StatedRow>(row: R, tests: KindTests = KIND_TESTS): row is R & { readonly kind: SubjectKind; readonly kindSource: 'column' | 'group' } {
  if (!row.name || (row.kindSource !== 'column' && row.kindSource !== 'group')) return false;
  if (row.kind === 'individual') return tests.collective(row.name);
  if (row.kind === 'collective') return !row.household && tests.personal(row.name);
  return false;
}
