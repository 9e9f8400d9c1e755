import { defaultProfile } from '../../../src/domain/profile';
import { readWorkbooks } from '../../../src/domain/reading/read-workbooks';
import type { Registration } from '../../../src/domain/records';
import { REGISTRATIONS, UNITS } from '../../fixtures/district';
import { canonicalMaster, messyUnitFile, messyUnits } from '../../fixtures/layouts';
import { roundTrip } from '../../fixtures/workbooks';

// What a record says, without where it was read from or how the file wrote it.
function facts(r: Registration) {
  return {
    unitId: r.unitId,
    kind: r.kind,
    name: r.name,
    birthYear: r.birthYear,
    gender: r.gender,
    position: r.position,
    achievements: r.achievements,
    phase: r.phase,
    household: r.household,
  };
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

async function readCanonical() {
  return readWorkbooks([await roundTrip(canonicalMaster(), 'tong-hop.xlsx')], { profile: defaultProfile() });
}

async function readMessy() {
  const encodings = { X01: 'tcvn3', X02: 'vni', TT1: undefined, CB1: 'tcvn3', UB: undefined, PN: 'vni' } as const;
  const grids = [await roundTrip(messyUnits(), 'don-vi.xlsx')];
  for (const u of UNITS) grids.push(await roundTrip(messyUnitFile(u.code, encodings[u.code as keyof typeof encodings]), `${u.code}.xlsx`));
  return readWorkbooks(grids, { profile: defaultProfile() });
}

describe('the same district, laid out canonically and messily', () => {
  it('reads every unit and exemplar of the canonical master', async () => {
    const read = await readCanonical();
    expect(read.units.map((u) => u.name)).toEqual(UNITS.map((u) => u.name));
    expect(read.registrations).toHaveLength(REGISTRATIONS.length);
    expect(read.registrations.every((r) => r.unitId)).toBe(true);
    expect(read.findings).toEqual([]);
  });

  it('gives the same records from the messy files', async () => {
    const canonical = await readCanonical();
    const messy = await readMessy();
    expect(messy.units.map((u) => ({ id: u.id, type: u.type, planDate: u.planDate, listDate: u.listDate }))).toEqual(
      canonical.units.map((u) => ({ id: u.id, type: u.type, planDate: u.planDate, listDate: u.listDate })),
    );
    expect(messy.registrations.map(facts).sort(byName)).toEqual(canonical.registrations.map(facts).sort(byName));
  });

  it('says which legacy-encoded cells it converted, and nothing else', async () => {
    const messy = await readMessy();
    const codes = new Set(messy.findings.map((f) => f.code));
    expect([...codes]).toEqual(['LEGACY_ENCODING']);
    const files = new Set(messy.findings.map((f) => f.file));
    expect([...files].sort()).toEqual(['CB1.xlsx', 'PN.xlsx', 'X01.xlsx', 'X02.xlsx']);
  });

  it('takes the unit of a one-unit file from its title rows, honorifics off the name', async () => {
    const messy = await readMessy();
    const hung = messy.registrations.find((r) => r.name === 'Nguyễn Văn Hùng');
    expect(hung).toMatchObject({ unitSource: 'title', unitId: 'code:x01', honorific: 'Ông', gender: 'male', birthYear: 1975 });
    const thuy = messy.registrations.find((r) => r.name === 'Trần Thị Thủy');
    expect(thuy).toMatchObject({ gender: 'female', birthYear: 1979, phase: 2 });
  });
});
