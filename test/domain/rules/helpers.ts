/** Records built directly, as the reader would give them: rules are tested without any workbook. */
import type { CalendarDate } from '../../../src/domain/dates';
import { defaultProfile, Profile } from '../../../src/domain/profile';
import { inferUnitType } from '../../../src/domain/units/unit-type';
import { analyze, Analysis } from '../../../src/domain/analysis/analyze';
import type { NurturePlan, ReadResult, Registration, UnitRecord } from '../../../src/domain/records';
import { inferSubjectKind } from '../../../src/domain/subjects/subject-kind';
import { unitKey } from '../../../src/domain/units/unit-key';

export const FILE = 'tong-hop.xlsx';
/** A day after both default deadlines: missing dates are overdue. */
export const AFTER = { y: 2023, m: 3, d: 1 };
/** A day before both default deadlines: nothing is overdue yet. */
export const BEFORE = { y: 2022, m: 1, d: 10 };

export const date = (d: number, m: number, y: number): CalendarDate => ({ y, m, d });

let unitRow = 1;
let regRow = 1;
let planRow = 1;

/** A unit of the list, typed from its name as the reader does. */
export function unit(name: string, extra: Partial<UnitRecord> = {}): UnitRecord {
  const type = inferUnitType(defaultProfile(), name);
  const code = extra.code;
  return {
    id: code ? `code:${code.toLowerCase()}` : `name:${unitKey(name, '')}`,
    source: { file: FILE, sheet: 'Đơn vị', row: ++unitRow },
    name,
    typeSource: type ? 'name' : 'none',
    ...(type ? { type: type.name, bloc: type.bloc, quota: type.quota } : {}),
    ...extra,
  };
}

/** A phase-1 registration of `of` (resolved), kind inferred from the name unless given. */
export function reg(name: string, of: UnitRecord | undefined, extra: Partial<Registration> = {}): Registration {
  const kind = inferSubjectKind(name);
  return {
    source: { file: FILE, sheet: 'Đăng ký', row: ++regRow },
    unitText: of?.name ?? 'Đơn vị không rõ',
    unitSource: 'column',
    ...(of ? { unitId: of.id } : {}),
    ...(kind ? { kind, kindSource: 'name' as const } : {}),
    household: false,
    name,
    phase: 1,
    ...extra,
  };
}

/** A nurturing plan of `of` holding the given contents (keys of the profile). */
export function plan(of: UnitRecord, contents: string[], profile: Profile = defaultProfile()): NurturePlan {
  return {
    source: { file: FILE, sheet: 'Kế hoạch', row: ++planRow },
    unitText: of.name,
    unitId: of.id,
    contents: Object.fromEntries(profile.nurtureContents.map((c) => [c.key, contents.includes(c.key)])),
  };
}

export const ALL_CONTENTS = defaultProfile().nurtureContents.map((c) => c.key);

export interface ReadParts {
  units?: UnitRecord[];
  registrations?: Registration[];
  plans?: NurturePlan[];
  has?: Partial<ReadResult['has']>;
  profile?: Profile;
}

export function readResult(parts: ReadParts = {}): ReadResult {
  return {
    profile: parts.profile ?? defaultProfile(),
    units: parts.units ?? [],
    registrations: parts.registrations ?? [],
    plans: parts.plans ?? [],
    tables: [],
    findings: [],
    duplicateDecisions: [],
    has: { planDate: false, listDate: false, plans: false, ...parts.has },
  };
}

export function ctx(parts: ReadParts = {}, asOf: CalendarDate = AFTER): Analysis {
  return analyze(readResult(parts), asOf);
}
