/** Registration rows → Registration records, with the reading findings of each row. */
import { columnLetter } from '../grid';
import { CalendarDate, compareDates, formatDate, parseIsoDate } from '../dates';
import { Finding, finding } from '../findings/finding';
import { FIELD_LABELS, msg } from '../findings/messages';
import type { Profile } from '../profile';
import type { Field } from '../recognition/fields';
import type { TableHeader } from '../recognition/header';
import type { SheetView } from '../recognition/sheet-view';
import { yearOfLabel } from '../recognition/header';
import type { Registration } from '../records';
import { inferSubjectKind, isHousehold, isPersonsOneWordName, parseSubjectKind, SubjectKind } from '../subjects/subject-kind';
import { subjectsIn } from '../subjects/subject-parts';
import { asciiKey, saysNone, toneKey } from '../text';
import { additionKey } from '../text/addition-key';
import { isMarked, isUnticked, readDate, readYear, YearValue } from './cell-values';
import { memoize } from '../text/memo';
import { Gender, marksGender, parseGender } from './gender';
import { isPosthumousMark, NameCell, readNameCell } from './name-cell';
import { disqualifies, saysDied, withdraws } from './note-withdrawal';
import { yearOrGender } from './name-cell-year';
import { dittoReader } from './ditto';
import { notePhase } from './note-phase';
import { footnotePhases, isAdditionNumber, starsOf } from './phase-marks';
import { outsidePhaseReader, Phase, phaseAfterName, phaseReader, PhaseYears, phaseYears, tablePhase, yearOutsidePeriod } from './phase';
import { phaseYearReader } from './phase-year';
import { noteProposedForm } from './note-proposal';
import { formMarkColumns, isProposalListTitle, readFormMarks, readProposalCells, unclearProposal } from './proposal';
import type { RecognizedTable } from './recognize';
import { isExampleRow, isInstruction, isWritingLine } from './template-rows';
import { commendationColumns, commendedYears } from './yearly-commendations';

// A phase column headed by the additions only ("Đăng ký bổ sung", "ĐKBS"): it holds marks, not phases.
const ADDITION_COLUMN = /(^| )(bo sung|dkbs)( |$)/;
// Hoisted: built once, not once per row.
// "Nam | Nữ" columns: check marks (gender) or years (birth year and gender), as their contents say.
const GENDER_PAIR = [
  ['birthYearMale', 'male'],
  ['birthYearFemale', 'female'],
] as const;
/** The columns a row typed on from the exemplar above may fill (position and workplace, field, achievements, note). */
const CONTINUED_FIELDS = new Set<Field>(['position', 'workplace', 'positionWorkplace', 'field', 'achievements', 'note']);
const MATCHED_FIELDS = ['name', 'unit', 'unitCode'] as const;

/** A registration with every field present, the absent ones undefined, always in one order. */
function newRegistration(source: Registration['source']): Registration {
  return {
    source,
    unitText: undefined,
    unitSource: undefined,
    unitId: undefined,
    unitCodeText: undefined,
    kind: undefined,
    kindSource: undefined,
    household: false,
    name: '',
    honorific: undefined,
    birthYear: undefined,
    gender: undefined,
    position: undefined,
    workplace: undefined,
    field: undefined,
    achievements: undefined,
    phase: 1,
    date: undefined,
    proposal: undefined,
    proposed: undefined,
    note: undefined,
    withdrawn: undefined,
    withdrawnUnder: undefined,
    withdrawnInName: undefined,
    vettedOut: undefined,
    struck: undefined,
    struckOut: undefined,
    hidden: undefined,
    readError: undefined,
  };
}

/** The youngest an exemplar may be in the year of its ceremony: a pupil of the first grade. */
const YOUNGEST_AGE = 6;
/** The oldest an exemplar may be in that year. */
const OLDEST_AGE = 100;

/**
 * A column headed "Năm" alone whose years fall in the movement's period (2022, 2024): the year of a commendation or of
 * the registration, not of a birth ("Năm sinh" says so; years of births are decades earlier).
 */
function eventYears(view: SheetView, header: TableHeader, c: number | undefined, profile: Profile, date1904: boolean): boolean {
  if (c === undefined || asciiKey(header.labels.get(c) ?? '') !== 'nam') return false;
  let years = 0;
  let inPeriod = 0;
  for (let r = header.dataStart; r <= view.rowCount; r++) {
    const y = readYear(view, r, c, date1904);
    if (y.state !== 'ok') continue;
    years++;
    if (y.year >= profile.period.from - 1 && y.year <= profile.period.to + 1) inPeriod++;
  }
  return years > 0 && inPeriod * 2 > years;
}

/**
 * A registration table's rows. `datedOnly`: the rows of phase 2 only because the list was made in phase 2's years
 * (no date, group row or note of their own): a cumulative list sent again may repeat the unit's first registrations.
 */
export function readRegistrations(
  table: RecognizedTable,
  file: string,
  date1904: boolean,
  profile: Profile,
): { registrations: Registration[]; findings: Finding[]; datedOnly: Registration[] } {
  const { view, header } = table;
  const col = (f: Field) => header.columns.get(f);
  // Kinds, names and genders repeat down a list: each text is judged once per table.
  const parseKind = memoize((text: string) => parseSubjectKind(text) ?? null);
  const inferKind = memoize((name: string) => inferSubjectKind(name) ?? null);
  const gender = memoize(parseGender);
  // A name cell of one line, read once per kind stated (the answers are only read, never changed).
  const nameCellsByKind = {
    collective: memoize((text: string) => readNameCell([text], 'collective')),
    individual: memoize((text: string) => readNameCell([text], 'individual')),
    unstated: memoize((text: string) => readNameCell([text], undefined)),
  };
  const readName = (lines: readonly string[], kind: SubjectKind | undefined): Readonly<NameCell> =>
    lines.length === 1 ? nameCellsByKind[kind ?? 'unstated'](lines[0] as string) : readNameCell(lines, kind);
  // Each field's column looked up once per table, not once per row.
  const unitCol = col('unit');
  const unitCodeCol = col('unitCode');
  // "Loại đăng ký" may hold the kind ("Cá nhân" | "Tập thể") or something else instead of the phase: its first value
  // tells.
  const phaseColHolds = loosePhaseColumn(table, col('phase'), parseKind, profile);
  const phaseColElse = phaseColHolds !== 'phase';
  const kindCol = col('kind') ?? (phaseColHolds === 'kind' ? col('phase') : undefined);
  const firstNameCol = col('name');
  // A name typed in parts ("Nguyễn Văn | Hùng"): one name; a collective's name merged across the parts, once.
  const { nameParts } = header;
  const joinedName = (r: number) =>
    (nameParts ?? [])
      .filter((c) => (view.mergeAt(r, c)?.left ?? c) === c)
      .map((c) => textAt(r, c))
      .filter((t) => t)
      .join(' ');
  const otherNameCol = col('otherName');
  const honorificCol = col('honorific');
  const genderCol = col('gender');
  const positionWorkplaceCol = col('positionWorkplace');
  const positionCol = col('position');
  const workplaceCol = col('workplace');
  // A "Năm đăng ký" column stands for the phase column when there is none.
  const phaseByYear = (col('phase') === undefined || phaseColElse) && col('phaseYear') !== undefined;
  const phaseCol = (phaseColElse ? undefined : col('phase')) ?? col('phaseYear');
  const dateCol = col('date');
  // Only the columns the table has, looped over by index: a row is read without iterators.
  const matchedCols = MATCHED_FIELDS.map(col).filter((c): c is number => c !== undefined);
  const yearCol = eventYears(view, header, col('birthYear'), profile, date1904) ? undefined : col('birthYear');
  // A column headed as a birth date («Ngày sinh», «Ngày, tháng, năm sinh»): its bare numbers are dates pasted as values.
  const birthDates = yearCol !== undefined && /(^| )ngay( |$)/.test(asciiKey(header.labels.get(yearCol) ?? ''));
  const fieldCol = col('field');
  const achievementsCol = col('achievements');
  // Several achievement columns: one per year, joined with the year; else the summary's, the others where it is empty.
  const { achievementColumns } = header;
  // Lines typed apart in the cell (Alt+Enter, Word paragraphs or bullets) stay apart: the list prints them so.
  const achievementLinesAt = (r: number, c: number | undefined) => {
    const cell = c && own(r, c) ? view.cell(r, c) : undefined;
    return cell?.t === 's' && cell.v.includes('\n') && view.lines ? unwrapped(view.lines(r, c as number)).join('\n') : textAt(r, c);
  };
  const achievementsAt = (r: number): string => {
    if (!achievementColumns) return achievementLinesAt(r, achievementsCol);
    const { cols, byYear } = achievementColumns;
    if (!byYear) return cols.map((c) => achievementLinesAt(r, c)).find((t) => t) ?? '';
    return cols
      .flatMap((c) => {
        const t = textAt(r, c);
        const year = yearOfLabel(header.labels.get(c));
        // A mark ("x") says the year had achievements, not what they were.
        return !t || isUnticked(t) ? [] : isMarked(t) ? [`${year}`] : [`${year}: ${t}`];
      })
      .join('; ');
  };
  // The proposal: one column, or a yes/no column and the form.
  const proposalCols = [col('proposal'), header.fallbacks?.get('proposal')].filter((c): c is number => c !== undefined);
  // Or one mark column per form under the proposal's parent header («Giấy khen | Thư biểu dương»).
  const formCols = formMarkColumns(header.labels, col('proposal'));
  const noteCol = col('note');
  const vettingCol = col('vetting');
  const pairCols = GENDER_PAIR.flatMap(([f, gender]) => {
    const c = col(f);
    return c === undefined ? [] : [{ c, gender }];
  });
  // The pair holds years only if some row gives one there; else it is gender by check marks.
  const pairHoldsYears = pairCols.some(({ c, gender }) =>
    table.rows.some((dr) => {
      const t = view.text(dr.r, c);
      return t !== '' && !marksGender(t, gender) && readYear(view, dr.r, c, date1904).state === 'ok';
    }),
  );
  const years = phaseYears(profile);
  const readPhase = phaseReader(years);
  // A column for the additions alone ("Đăng ký bổ sung"): a mark there is phase 2, "Không" phase 1.
  const phaseMarks = phaseCol !== undefined && !phaseByYear && ADDITION_COLUMN.test(additionKey(header.labels.get(phaseCol) ?? ''));
  const readPhaseCell = phaseByYear
    ? phaseYearReader(years, readPhase)
    : phaseMarks
      ? (t: string) => (isMarked(t) ? 2 : saysNone(t) ? 1 : readPhase(t))
      : readPhase;
  // Without a phase column, the phase the title, the sheet's name or a group row names ("ĐĂNG KÝ BỔ SUNG").
  const readOutside = phaseCol === undefined ? outsidePhaseReader(years) : undefined;
  const readTail = readOutside ?? outsidePhaseReader(years);
  // Else the years it was made in: a sheet named by a year of phase 2 only ("DS 2024", "Năm 2025"), a list dated then
  // (not a proposal list: proposing in 2025 exemplars registered in 2023 leaves them of phase 1).
  // The date line of a list added below is not when this list was made.
  const madeIn = isProposalListTitle(table.titleTexts) ? [] : [sheetYear(view.name), table.dateLineBelow ? undefined : table.dateLine?.y];
  // The table's own heading under a list above it says its phase first ("II. BỔ SUNG GIAI ĐOẠN 2023 - 2025").
  const statedPhase =
    readOutside && ((table.headingTexts && tablePhase(table.headingTexts, '', readOutside)) ?? tablePhase(table.titleTexts, view.name, readOutside));
  const wholePhase = readOutside && (statedPhase ?? yearsPhase(madeIn, years));
  // Phase 2 only because the list was made then: a cumulative list sent again in 2024 or 2025 still holds the first
  // registrations. Rows above its first group row of additions ("Bổ sung năm 2024"), and rows registered on or before
  // the first ceremony's day, stay in phase 1.
  const sentAgain = readOutside !== undefined && statedPhase === undefined && wholePhase === 2;
  const firstAdded = sentAgain ? table.rows.find((dr) => dr.groupPhase && readOutside(dr.groupPhase) === 2)?.r : undefined;
  const firstCeremony = sentAgain ? firstCeremonyDay(profile) : undefined;
  // A data cell merged across columns holds one value, for the first column of the table it covers ("Chi bộ ấp Phú
  // Hòa" merged over the name, year and position is a name; a year spanning an unlabelled grid column and the year's
  // in a Word table is a year): the other columns it covers are empty.
  const mapped = new Set<number>([...header.columns.values(), ...(header.achievementColumns?.cols ?? []), ...(header.nameParts ?? [])]);
  const spreadOver = (r: number, c: number) => {
    const m = view.mergeAt(r, c);
    if (!m || m.left === c) return false;
    for (let k = m.left; k < c; k++) if (mapped.has(k)) return true;
    return false;
  };
  const own = (r: number, c: number | undefined) => (c && !spreadOver(r, c) ? c : undefined);
  // R7: one column per year of the commendations rows received, reported, never a finding.
  const commendationCols = commendationColumns(header.labels, mapped);
  const textAt = (r: number, c: number | undefined) => (own(r, c) ? view.text(r, c as number) : '');
  /** The error value (#N/A, #REF!) a cell of the row's own holds, if it holds one. */
  const errorAt = (r: number, c: number | undefined): string | undefined => {
    const cl = own(r, c) ? view.cell(r, c as number) : undefined;
    return cl?.t === 'e' ? cl.v : undefined;
  };
  const findings: Finding[] = [];
  const registrations: Registration[] = [];
  const datedOnly: Registration[] = [];
  const sheet = view.name;
  // What a template prefills down its empty rows (number, unit, code, kind, phase) is no content of a row's own.
  const PREFILLED = new Set<Field>(['stt', 'unit', 'unitCode', 'kind', 'phase', 'phaseYear']);
  const contentCols = [...header.columns.entries()].filter(([f]) => !PREFILLED.has(f)).map(([, c]) => c);
  // "nt", "Như trên", '"' in these columns: the value written above (the unit column's is unit-evidence.ts's).
  const [dittoKind, dittoPw, dittoPosition, dittoWorkplace] = [dittoReader(), dittoReader(), dittoReader(), dittoReader()];
  const [dittoField, dittoAchievements] = [dittoReader(), dittoReader()];

  // A row whose name cell is merged down from the row above goes on that row's exemplar ("- Vận động hiến đất" over
  // "- Xây cầu"): its own texts are added to that registration's, it is no registration of its own.
  const mergedFromAbove = (r: number, c: number | undefined) => {
    const m = c ? view.mergeAt(r, c) : undefined;
    return m !== undefined && m.top < r;
  };
  // A cell read as proposing without naming a form («Năm 2025») is noted for the district only in a column that names
  // forms on some row: a «Hình thức» column of «Trực tiếp», «Gửi văn bản» says something else (review 19).
  let formsNamed: boolean | undefined;
  const proposalsNamed = (): boolean =>
    (formsNamed ??= table.rows.some((dr) => proposalCols.some((c) => readProposalCells([textAt(dr.r, c)]).form !== undefined)));
  // The footnotes under the table, read once a starred number asks for them ("6*" … "(*) Bổ sung năm 2024").
  let footnotes: Map<string, Phase> | undefined;
  const footnotePhase = (stars: string): Phase | undefined => {
    // Read as a note is: «(*) Bổ sung hồ sơ sau …» says nothing of the phase.
    footnotes ??= footnotePhases(textsBelow(table), (t) => notePhase(t, readPhase));
    return footnotes.get(stars);
  };
  // A row with no number and no name right under a numbered exemplar's, holding more of its position, workplace,
  // field or achievements, goes on that exemplar: long cells are typed so in Word, line by line. Its other cells are
  // empty, or as the row above has them (a unit or a kind a template repeats on every row). Without a number column
  // such a row may be an exemplar whose name was left out: it stays a row of its own.
  const sttCol = col('stt');
  const emptyCols = [sttCol, firstNameCol, otherNameCol].filter((c): c is number => c !== undefined);
  const textCols = [...CONTINUED_FIELDS].flatMap((f) => (f === 'note' ? [] : (col(f) ?? [])));
  const repeatedCols = [...header.columns.entries()]
    .filter(([f, c]) => !CONTINUED_FIELDS.has(f) && !emptyCols.includes(c))
    .map(([, c]) => c);
  // The row the last registration's texts end on (its own, or the last row that went on it).
  let lastRow = 0;
  const goesOnAbove = (r: number, exemplarRow: number): boolean => {
    if (r !== lastRow + 1 || sttCol === undefined || firstNameCol === undefined || textAt(exemplarRow, sttCol) === '') return false;
    for (const c of emptyCols) if (textAt(r, c) !== '') return false;
    for (const c of repeatedCols) {
      const t = textAt(r, c);
      if (t !== '' && t !== textAt(r - 1, c)) return false;
    }
    return textCols.some((c) => textAt(r, c) !== '');
  };
  const continued = (r: number): Registration | undefined => {
    const last = registrations[registrations.length - 1];
    if (!last) return undefined;
    if (mergedFromAbove(r, firstNameCol)) return last.source.row === view.mergeAt(r, firstNameCol ?? 0)?.top ? last : undefined;
    return last.name && goesOnAbove(r, last.source.row) ? last : undefined;
  };
  const goOn = (reg: Registration, r: number) => {
    for (const [f, c] of [['field', fieldCol], ['achievements', achievementsCol], ['note', noteCol]] as const) {
      const t = mergedFromAbove(r, c) ? '' : f === 'achievements' ? achievementLinesAt(r, c) : textAt(r, c);
      if (t) reg[f] = reg[f] ? `${reg[f]}\n${t}` : t;
    }
    // A position or a workplace goes on in the same sentence ("Bí thư Chi bộ" over "ấp 1").
    for (const [f, c] of [['position', positionCol], ['workplace', workplaceCol], ['position', positionWorkplaceCol]] as const) {
      const t = mergedFromAbove(r, c) ? '' : textAt(r, c);
      if (t) reg[f] = reg[f] ? `${reg[f]} ${t}` : t;
    }
    lastRow = r;
  };

  for (const dr of table.rows) {
    const r = dr.r;
    let content = '';
    for (let k = 0; k < contentCols.length && !content; k++) {
      const t = view.text(r, contentCols[k] as number);
      if (t !== '' && !isWritingLine(t)) content = t;
    }
    if (!content) continue;
    // The form's instructions under its header ("(Ghi đầy đủ họ tên)", "(Giấy khen/Thư biểu dương)"): no exemplar.
    if (content.charCodeAt(0) === 0x28 && contentCols.every((c) => isInstruction(view.text(r, c)))) continue;
    // The form's example row is no exemplar.
    if (isExampleRow(textAt(r, sttCol), textAt(r, firstNameCol) || textAt(r, otherNameCol), () => contentCols.map((c) => view.text(r, c)))) continue;
    const going = continued(r);
    if (going) {
      goOn(going, r);
      continue;
    }
    const place = table.block ? { file, sheet, row: r, block: table.block } : { file, sheet, row: r };
    const reg = newRegistration(place);
    lastRow = r;

    // A phase typed after the unit's name is the row's phase, not part of the name.
    const withPhase = unitCol ? phaseAfterName(textAt(r, unitCol), readTail) : undefined;
    const unitText = withPhase?.name ?? textAt(r, unitCol);
    // A failed formula in the unit cell (or in the code cell beside a blank name): a row whose unit is not known.
    const unitError = unitText ? undefined : (errorAt(r, unitCol) ?? errorAt(r, unitCodeCol));
    if (unitError) {
      reg.unitText = unitError;
      reg.unitSource = 'column';
      reg.unitError = true;
    } else if (unitText) {
      reg.unitText = unitText;
      reg.unitSource = 'column';
    } else if (dr.groupLabel) {
      reg.unitText = dr.groupLabel;
      reg.unitSource = 'group';
    }
    // Weighed against the name by unit-evidence.ts.
    const unitCodeText = textAt(r, unitCodeCol);
    if (unitCodeText) reg.unitCodeText = unitCodeText;

    // Zero-width and bidi characters are removed before matching; the user is told where they were.
    for (let k = 0; k < matchedCols.length; k++) {
      const c = matchedCols[k] as number;
      if (view.hadInvisible(r, c)) findings.push(finding('HIDDEN_CHARACTERS', { ...place, column: columnLetter(c) }, msg.invisibleCharacters(place.file, r, c)));
    }

    // Two name columns, one per kind: the filled one is the name, and its column says the kind.
    const nameCol = otherNameCol && !textAt(r, firstNameCol) && textAt(r, otherNameCol) ? otherNameCol : firstNameCol;
    const columnKind = nameCol ? header.nameKinds?.get(nameCol) : undefined;
    const kindText = dittoKind(textAt(r, kindCol));
    const stated = kindText ? (parseKind(kindText) ?? undefined) : columnKind ? { kind: columnKind, household: false } : undefined;
    const nameLines = !nameCol ? [] : nameCol === nameParts?.[0] ? [joinedName(r)] : (view.lines?.(r, nameCol) ?? [view.text(r, nameCol)]);
    if (stated) {
      reg.kind = stated.kind;
      reg.kindSource = 'column';
      reg.household = stated.household;
    } else if (dr.groupKind) {
      reg.kind = dr.groupKind;
      reg.kindSource = 'group';
      reg.household = dr.groupHousehold ?? false;
    }
    // The name without bullets, labels, or a position or birth year written after it (kept for below).
    const cell = nameLines.length ? readName(nameLines, reg.kind) : undefined;
    if (cell?.name) {
      const honorific = textAt(r, honorificCol);
      reg.name = cell.name;
      if (honorific || cell.honorific) reg.honorific = honorific || cell.honorific;
      if (!reg.kind) {
        const inferred = inferKind(reg.name) ?? kindOfAll(reg.name);
        if (inferred) {
          reg.kind = inferred;
          reg.kindSource = 'name';
        }
      }
      if (isHousehold(reg.name)) reg.household = true;
    }

    // Birth year: its own column, else "Nam | Nữ" columns where the column that holds the year gives the gender.
    // An unreadable birth year is the cell's error (INVALID_DATE), not the row's: the exemplar stays counted and listed.
    const y = readYear(view, r, own(r, yearCol), date1904, birthDates);
    let yearFrom = yearCol;
    if (y.state === 'ok') {
      reg.birthYear = y.year;
      if (y.day) reg.birthDay = y.day;
      // "Nữ 1980": the gender written before the year (a year cell starting with a digit is let go at once).
      const t = view.text(r, yearCol ?? 0);
      if (t.length > 4 && (t.charCodeAt(0) < 48 || t.charCodeAt(0) > 57)) reg.gender = yearOrGender(t)?.gender;
    } else if (y.state === 'invalid' && !(y.error && reg.kind === 'collective')) {
      // A failed formula in a collective's year cell (=YEAR() of its blank birth date) hides nothing: a body has none.
      findings.push(
        finding('INVALID_DATE', { ...place, column: columnLetter(yearCol ?? 0) }, birthYearMessage(y)),
      );
    }
    let marked: Gender | null | undefined;
    for (let k = 0; k < pairCols.length; k++) {
      const { c, gender } = pairCols[k] as (typeof pairCols)[number];
      const t = textAt(r, c);
      // An unticked box (FALSE) marks nothing, as a blank.
      if (!t || isUnticked(t)) continue;
      if (marksGender(t, gender)) {
        // Both columns marked says nothing.
        marked = marked === undefined ? gender : null;
        continue;
      }
      if (!pairHoldsYears) continue;
      const y = readYear(view, r, c, date1904);
      if (y.state === 'ok' && reg.birthYear === undefined) {
        reg.birthYear = y.year;
        if (y.day) reg.birthDay = y.day;
        reg.gender = gender;
        yearFrom = c;
      } else if (y.state === 'invalid') {
        findings.push(finding('INVALID_DATE', { ...place, column: columnLetter(c) }, birthYearMessage(y)));
      }
    }
    if (marked) reg.gender = marked;
    if (cell?.birthYear !== undefined && reg.birthYear === undefined) {
      reg.birthYear = cell.birthYear;
      yearFrom = nameCol;
    }
    const genderText = textAt(r, genderCol);
    const g = genderText ? gender(genderText) : null;
    if (g) reg.gender = g;
    else if (cell?.gender && !reg.gender) reg.gender = cell.gender;

    const pw = dittoPw(textAt(r, positionWorkplaceCol));
    const position = dittoPosition(textAt(r, positionCol));
    const workplace = dittoWorkplace(textAt(r, workplaceCol));
    if (position) reg.position = position;
    if (workplace) reg.workplace = workplace;
    if (pw) reg.position = reg.position ? `${reg.position}, ${pw}` : pw;
    if (cell?.position) reg.position = withPosition(reg.position, cell.position);
    const field = dittoField(textAt(r, fieldCol));
    if (field) reg.field = field;
    const achievements = dittoAchievements(achievementsAt(r));
    if (achievements) reg.achievements = achievements;
    // A check mark proposes the row without naming a form: the list then prints the ceremony's default form.
    const p = formCols
      ? readFormMarks(formCols.map(({ c, form }) => ({ text: textAt(r, c), form })))
      : proposalCols.length
        ? readProposalCells(proposalCols.map((c) => textAt(r, c)))
        : undefined;
    if (p?.proposed !== undefined) reg.proposed = p.proposed;
    if (p?.form) reg.proposal = p.form;
    if (p?.proposed && !p.form && proposalsNamed()) {
      const unclear = (formCols?.map(({ c }) => c) ?? proposalCols).map((c) => textAt(r, c)).find((t) => t && unclearProposal(t));
      if (unclear) reg.proposalUnclear = unclear;
    }
    if (p && !p.proposed) {
      const said = (formCols?.map(({ c }) => c) ?? proposalCols).map((c) => textAt(r, c)).filter((t) => t).join('; ');
      if (said) reg.notProposedAs = said;
    }
    const note = textAt(r, noteCol);
    if (note) reg.note = note;
    // No proposal column: a note that proposes a form («Đề nghị Thư biểu dương») gives the row's form.
    const noteForm = !p && note ? noteProposedForm(note) : undefined;
    if (noteForm) reg.proposal = noteForm;
    // A posthumous exemplar's mark after the name or the birth year ("(đã mất)", "1950 (từ trần)"): the note keeps it.
    const remark = cell?.remark ?? posthumousIn(textAt(r, yearCol));
    if (remark && !(note && toneKey(note).includes(toneKey(remark)))) reg.note = note ? `${note}; ${remark}` : remark;
    // A withdrawal with its reason, or in other words, is the unit's; so is its note that the row does not qualify. A
    // death withdraws the row unless a posthumous award is marked beside the name or the year.
    if (note && (withdraws(note) || disqualifies(note))) reg.withdrawn = true;
    else if (note && !remark && saysDied(note)) reg.withdrawn = reg.deceased = true;
    // The same words after the name in its cell (trial22b #1): the row is taken back just as.
    if (cell?.withdrawal) {
      reg.withdrawn = true;
      reg.withdrawnInName = cell.withdrawal;
    }
    // The district's verdict, in its own column or as the whole note.
    const verdict = textAt(r, vettingCol);
    if (verdict ? rejects(verdict) : note && rejects(note, true)) reg.vettedOut = verdict || note;
    // A name struck through: the unit crossed the row out rather than delete it.
    const nameCell = nameCol ? view.cell(r, nameCol) : undefined;
    if (nameCell?.t === 's' && nameCell.strike) reg.withdrawn = reg.struck = true;
    else if (nameCell?.t === 's' && nameCell.struckOut) reg.struckOut = nameCell.struckOut;
    // Under the list's reserve ("III. DỰ PHÒNG", a group row or a heading over the table): the unit does not propose it.
    const reserve = dr.groupReserve ?? table.reserve;
    if (reserve) {
      reg.withdrawn = true;
      reg.withdrawnUnder = reserve;
    }
    // A failed formula in the phase cell (#N/A of a lookup) says no phase: never phase 1 by default.
    const phaseError = errorAt(r, phaseCol);
    const phase = phaseError ?? textAt(r, phaseCol);
    // A phase after the unit's name on its group row first, unless it names the whole term; then the group's.
    const groupPhase = readOutside && ((dr.unitPhase && readOutside(dr.unitPhase)) || (dr.groupPhase && readOutside(dr.groupPhase)));
    if (readOutside) reg.phase = groupPhase || wholePhase || 1;
    const ownGroupPhase = !!groupPhase;
    if (firstAdded !== undefined && r < firstAdded && !ownGroupPhase) reg.phase = 1;
    // No phase column: a note about the phase only ("Giai đoạn 2", "Bổ sung năm 2024") says the row's own.
    // Or the number ("BS1", "6*" with its footnote), or a mark after the name ("Hồ Văn Em (bổ sung 2024)").
    const stt = readOutside ? textAt(r, sttCol) : '';
    const stars = stt ? starsOf(stt) : undefined;
    // A bare «Mới» or «BS» is no phase: said of a new post, a doctor (review 18), it would take rows off the 2023 list.
    const inNote = readOutside && note ? notePhase(note, readPhase) : undefined;
    const inNumber = stt && isAdditionNumber(stt) ? 2 : stars ? footnotePhase(stars) : undefined;
    const afterName = readOutside && cell?.phaseMark ? notePhase(cell.phaseMark, readPhase) : undefined;
    const phaseInNote = inNote ?? inNumber ?? afterName;
    if (phaseInNote) reg.phase = phaseInNote;
    if (withPhase && !phase) reg.phase = withPhase.phase;
    if (phase) {
      const p = phaseError ? null : readPhaseCell(phase);
      reg.phase = p ?? undefined;
      if (p === null)
        findings.push(
          finding(
            'PHASE_UNREADABLE',
            { ...place, column: columnLetter(phaseCol ?? 0) },
            phaseError
              ? msg.phaseError(phase, `${years.first.from} – ${years.first.to}`, `${years.second.from} – ${years.second.to}`)
              : msg.phaseUnreadable(phase, `${years.first.from} – ${years.first.to}`, `${years.second.from} – ${years.second.to}`, yearOutsidePeriod(phase, years)),
          ),
        );
    }

    const d = readDate(view, r, own(r, dateCol), date1904);
    if (d.state === 'ok') reg.date = d.date;
    // A row registered in a year of phase 2 only, with no phase column (nor phase written anywhere), is an addition of
    // phase 2, as a «BỔ SUNG» list dated then is. A phase cell left empty is phase 1 (issue 14), whatever the row's date:
    // a district's master typed in 2025 dates every row so.
    if (readOutside && !dr.groupPhase && !dr.unitPhase && !statedPhase && !phaseInNote && reg.phase === 1 && reg.date && yearsPhase([reg.date.y], years) === 2) reg.phase = 2;
    else if (firstCeremony && reg.phase === 2 && !ownGroupPhase && !phaseInNote && reg.date && compareDates(reg.date, firstCeremony) <= 0) reg.phase = 1;
    else if (d.state === 'invalid') {
      // The cell's error, not the row's (rules.md): the exemplar stays counted and listed.
      findings.push(
        finding('INVALID_DATE', { ...place, column: columnLetter(dateCol ?? 0) }, msg.invalidDate(FIELD_LABELS.date, d.text, d.reason)),
      );
    }

    if (reg.birthYear !== undefined) {
      // The person's age in the year of the ceremony the row is for. A birth year not yet come is a slip ("2068" for
      // 1968), reported like "1068"; one that makes a small child, or someone past a hundred ("1907" for 1970), is a
      // slip or no birth year. None is printed.
      const ceremonyYear = reg.phase === 1 ? years.first.to : profile.period.to;
      const age = ceremonyYear - reg.birthYear;
      const person = reg.kind !== 'collective';
      const wrong =
        age < 0
          ? msg.futureBirthYear(reg.birthYear, ceremonyYear)
          : person && age < YOUNGEST_AGE
            ? msg.childBirthYear(reg.birthYear, ceremonyYear)
            : person && age > OLDEST_AGE
              ? msg.oldBirthYear(reg.birthYear, ceremonyYear)
              : undefined;
      if (wrong) {
        findings.push(finding('INVALID_DATE', { ...place, column: columnLetter(yearFrom ?? 0) }, wrong));
        reg.birthYear = undefined;
      }
    }
    // A name of no known shape ("Păng", "Y-Bhin Êban") with a birth year or a gender is a person's: a body has neither.
    // So is a one-word name that is also a body's word («Sóc», «Hội»), judged a collective by its name alone.
    const personsWord = reg.kindSource === 'name' && reg.kind === 'collective' && isPersonsOneWordName(reg.name, reg);
    if (reg.name && (!reg.kind || personsWord) && (reg.birthYear !== undefined || reg.gender)) {
      reg.kind = 'individual';
      reg.kindSource = 'row';
    }
    if (!reg.name) {
      // A failed formula (#N/A of a lookup) is no name left out: the message names the error, as for units and years.
      const nameError = errorAt(r, nameCol);
      const column = nameCol ? columnLetter(nameCol) : undefined;
      findings.push(finding('MISSING_VALUE', { ...place, column }, nameError ? msg.errorName(nameError) : msg.missingName('tên tập thể hoặc họ và tên cá nhân')));
      reg.readError = true;
    } else if (!reg.kind) {
      findings.push(finding('MISSING_VALUE', { ...place, column: kindCol ? columnLetter(kindCol) : undefined }, msg.missingKind(reg.name)));
      reg.readError = true;
    }
    if (commendationCols.length) {
      const commended = commendedYears(view, r, commendationCols);
      if (commended) reg.commendedYears = commended;
    }
    registrations.push(reg);
    if (sentAgain && reg.phase === 2 && !ownGroupPhase && !phaseInNote && !reg.date) datedOnly.push(reg);
  }
  return { registrations, findings, datedOnly };
}

/** What an unreadable birth year is told: a failed formula, a bare number (and the day it would be), a text. */
function birthYearMessage(y: Extract<YearValue, { state: 'invalid' }>): string {
  if (y.error) return msg.errorBirthYear(y.text);
  return y.asDate ? msg.numberBirthYear(y.text, formatDate(y.asDate)) : msg.invalidBirthYear(y.text);
}

/**
 * The kind of a cell naming several exemplars of one kind ("Trần Văn Bình" over "Lê Thị Cúc", "A / B"): the row is
 * then NOT_SINGLE_SUBJECT's to report, not a row whose kind is missing. Mixed kinds ("Nguyễn Văn Tư / Chi bộ ấp 3":
 * two subjects, or a person and a workplace?) are left for the user to state.
 */
function kindOfAll(name: string): SubjectKind | undefined {
  const parts = subjectsIn(name, undefined, false);
  if (parts.length < 2) return undefined;
  const kinds = new Set(parts.map(inferSubjectKind));
  const [only] = kinds;
  return kinds.size === 1 ? only : undefined;
}

/** A sentence wrapped by hand goes on on the next line in lower case, or after a comma: one line, not two items. */
function unwrapped(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const last = out.length - 1;
    if (last >= 0 && (/^\p{Ll}/u.test(line) || (out[last] as string).endsWith(','))) out[last] = `${out[last] as string} ${line}`;
    else out.push(line);
  }
  return out;
}

/** A position written after the name, added to the row's own unless that already says it. */
function withPosition(own: string | undefined, fromName: string): string {
  if (!own) return fromName;
  const a = toneKey(own);
  const b = toneKey(fromName);
  if (a.includes(b)) return own;
  if (b.includes(a)) return fromName;
  return `${fromName}, ${own}`;
}

/**
 * A verdict that does not accept the row: "Không đạt", "Loại", "Không đồng ý", "Đề nghị rút"; not "Đạt", "Đồng ý",
 * nor a verdict still to come ("Chưa xét", "Chưa duyệt").
 * `whole`: a note says only that ("Không đạt chuẩn nông thôn mới" is a fact about a village, no verdict).
 */
function rejects(verdict: string, whole = false): boolean {
  const k = asciiKey(verdict);
  // "Loại" alone or "bị loại", never a grade ("Loại A", "Loại 1"); "rút" as a withdrawal, never "rút kinh nghiệm";
  // "không xét" alone, never "không xét tặng Bằng khen, đề nghị Giấy khen".
  return ALONE_VERDICT.test(k) || (!whole && OPEN_VERDICT.test(k));
}

const ALONE_VERDICT = /^(khong (dat|dong y|duyet|nhat tri|thong qua)|chua dat|bi loai|loai|khong xet|(de nghi )?rut( ten)?)$/;
const OPEN_VERDICT = /^(khong (dat|dong y|duyet|nhat tri|thong qua)|chua dat|bi loai|loai khoi|(de nghi )?rut (ten|ho so|khoi))( |$)/;

/** The posthumous mark a birth-year cell writes beside the year: "1950 (đã từ trần)", "SN 1955, mất 2024", "1948 - 2024". */
function posthumousIn(yearText: string): string | undefined {
  // A life's years ("1948 - 2024"): the year of death.
  const life = /^(\d{4})\s*[-–—]\s*(\d{4})$/.exec(yearText.trim());
  if (life && Number(life[2]) - Number(life[1]) >= 10) return `mất năm ${life[2]}`;
  const at = yearText.search(/[(,;]/);
  const rest = at < 0 ? '' : yearText.slice(at + 1).replace(/\)\s*$/, '').trim();
  return rest && isPosthumousMark(rest) ? rest : undefined;
}

/** The one year a sheet's name gives ("DS 2024", "Năm 2025", "Đề nghị khen 2025"), if it gives one. */
function sheetYear(name: string): number | undefined {
  const years = name.match(/(?<!\d)(?:19|20)\d\d(?!\d)/g);
  return years?.length === 1 ? Number(years[0]) : undefined;
}

/** Phase 2 when one of the years given falls in phase 2 only (after the year that closes phase 1); else undefined. */
function yearsPhase(given: readonly (number | undefined)[], years: PhaseYears): 2 | undefined {
  return given.some((y) => y !== undefined && y > years.first.to && y <= years.second.to) ? 2 : undefined;
}

/** The texts under a table's first row, a footnote's place: its rows' cells (a sheet), its paragraphs below (Word). */
function* textsBelow(table: RecognizedTable): Iterable<string> {
  const { view, rows } = table;
  const from = rows[0]?.r ?? view.rowCount + 1;
  const to = Math.min(view.rowCount, (rows[rows.length - 1]?.r ?? 0) + 20);
  for (let r = from; r <= to; r++)
    for (let c = 1; c <= view.colCount; c++) {
      const t = view.text(r, c);
      if (t.includes('*')) yield t;
    }
  yield* table.paragraphsBelow ?? [];
}

/** The day of the ceremony that closes phase 1 (19/05/2023): a row registered by then is of phase 1. */
function firstCeremonyDay(profile: Profile): CalendarDate | undefined {
  const first = profile.ceremonies.find((c) => !c.phases.includes(2));
  return first ? parseIsoDate(first.date) : undefined;
}

// The phase headers that may head something else ("Loại đăng ký": Cá nhân | Tập thể; "Hình thức đăng ký": …).
const LOOSE_PHASE_HEADER = /^(loai|hinh thuc) /;

/**
 * What a loosely headed phase column holds: the kind, by its first value ("Cá nhân"); phases, when at least half its
 * values read as one ("Chính thức", "Bổ sung"); or neither ('other': the column is left unread, as before it was known).
 */
function loosePhaseColumn(table: RecognizedTable, c: number | undefined, parseKind: (text: string) => unknown, profile: Profile): 'phase' | 'kind' | 'other' {
  if (c === undefined || !LOOSE_PHASE_HEADER.test(asciiKey(table.header.labels.get(c) ?? ''))) return 'phase';
  const read = phaseReader(phaseYears(profile));
  let values = 0;
  let phases = 0;
  for (const dr of table.rows) {
    const t = table.view.text(dr.r, c);
    if (!t) continue;
    if (values === 0 && parseKind(t) !== null) return 'kind';
    values++;
    // «Mới» beside «Tái đăng ký» says how a unit registers, not the phase: «Mới» alone is no evidence of one.
    if (read(t) !== null && !/^(dang ky |dk )?moi$/.test(asciiKey(t))) phases++;
  }
  return values === 0 || phases * 2 >= values ? 'phase' : 'other';
}
