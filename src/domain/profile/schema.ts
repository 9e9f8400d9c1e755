/** The rule profile: every date, quota and name of the guideline, validated, never in code. */
import { z } from 'zod';
import { parseIsoDate } from '../dates';
import { msg } from '../findings/messages';

const isoDate = z.string().refine((s) => parseIsoDate(s) !== undefined, {
  message: 'cần một ngày có thật, viết dạng NĂM-THÁNG-NGÀY (ví dụ 2023-02-25)',
});
const year = z.number().int().min(1900).max(2100);

const unitTypeSchema = z.strictObject({
  /** Canonical value as staff write it in the "Loại đơn vị" column, e.g. "Đảng bộ xã". */
  name: z.string().min(1),
  bloc: z.string().min(1),
  /** Minimum number of exemplars (R2, R3). */
  quota: z.number().int().min(0),
  /** Beginnings of unit names that reveal the type ("Đảng ủy xã", "Huyện đoàn"). */
  patterns: z.array(z.string().min(1)),
});

const ceremonySchema = z.strictObject({
  id: z.string().min(1),
  date: isoDate,
  /** Which birthday of Hồ Chí Minh (133 in 2023, 135 in 2025). */
  anniversary: z.number().int().min(1),
  /** The period the ceremony closes, e.g. 2021–2023. */
  from: year,
  to: year,
  /** Registration phases honoured: [1] for R8, [1, 2] for R11. */
  phases: z.array(z.union([z.literal(1), z.literal(2)])).min(1),
});

const nurtureContentSchema = z.strictObject({
  key: z.string().min(1),
  label: z.string().min(1),
  /** Header texts of that content's column in the nurturing-plan table. */
  headers: z.array(z.string().min(1)).min(1),
});

/** Whole words, any case; a value is one expansion or several alternatives (the units list decides between them). */
const unitAbbreviationsSchema = z.record(
  z.string().trim().min(1),
  z.union([z.string().trim().min(1), z.array(z.string().trim().min(1)).min(1)]),
);
// ---- The ceremony list as a signed document (issue 17): signature, decision, recipients, default award. ----
const signatureSchema = z.strictObject({
  /** "T/M BAN THƯỜNG VỤ", "K/T TRƯỞNG BAN", or empty when the head signs in their own title. */
  authority: z.string(),
  /** The signer's title: "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN". */
  title: z.string().min(1),
  /** The signer's full name; empty leaves the line to be written by hand. */
  name: z.string(),
});

const decisionSchema = z.strictObject({
  /** Number and symbol, e.g. "125-QĐ/HU"; empty: the list has no "(Kèm theo Quyết định …)" line. */
  number: z.string(),
  /** Date of the decision (YYYY-MM-DD), or empty to leave "ngày … tháng … năm …" to be filled in. */
  date: z.union([isoDate, z.literal('')]),
  /** Who decided: "Ban Thường vụ Huyện ủy". */
  issuer: z.string(),
});

const ceremonyListSchema = z.strictObject({
  signature: signatureSchema,
  /** "Nơi nhận" lines, without the leading "- " or the final punctuation. */
  recipients: z.array(z.string()),
  /** By ceremony id: the "Hình thức" written where the workbook proposes none. */
  awards: z.record(z.string(), z.string()),
  /** By ceremony id: the decision the list is attached to. */
  decisions: z.record(z.string(), decisionSchema),
});
// ---- end of the ceremony list block ----

/** Hồ Chí Minh's birth year: the ceremonies are held on his birthday's anniversaries (19/5/1890). */
const BIRTH_YEAR = 1890;

export const profileSchema = z
  .strictObject({
    /** District name without "huyện", e.g. "An Phú"; may be empty. */
    district: z.string(),
    /** The superior Party body heading documents ("Huyện ủy"). */
    superiorBody: z.string().min(1),
    /** The body that issues the guideline and the ceremony list ("Ban Tuyên giáo", "Ban Tuyên giáo và Dân vận"). */
    issuingBody: z.string().min(1),
    /** Place written on the date line of documents; defaults to the district. */
    place: z.string(),
    period: z.strictObject({ from: year, to: year }),
    deadlines: z.strictObject({
      /** R12: implementation plans "trước ngày 25/01/2022". */
      plan: isoDate,
      /** R4: registration lists "trước ngày 25/02/2023". */
      list: isoDate,
    }),
    /** How "trước ngày D" is read: false = strictly before D (the guideline's words); true = D itself is on time. */
    deadlineDayIsOnTime: z.boolean(),
    ceremonies: z.array(ceremonySchema).min(1),
    blocs: z.array(z.string().min(1)).min(1),
    unitTypes: z.array(unitTypeSchema).min(1),
    nurtureContents: z.array(nurtureContentSchema).min(1),
    // ——— Unit names as staff abbreviate them (units area) ———
    /**
     * Short forms of unit names and what they stand for ("ĐU" → "Đảng ủy"; "TT" → "thị trấn" or "trung tâm", tried in
     * order, the units list deciding). An object, so that a district's override adds to these rather than replacing them.
     */
    unitAbbreviations: unitAbbreviationsSchema,
    // ——— end of units area ———
    /** The texts of the signed ceremony list (issue 17). */
    ceremonyList: ceremonyListSchema,
  })
  .superRefine((p, ctx) => {
    if (p.period.from > p.period.to)
      ctx.addIssue({ code: 'custom', path: ['period', 'to'], message: 'năm kết thúc phải sau năm bắt đầu' });
    p.unitTypes.forEach((t, i) => {
      if (!p.blocs.includes(t.bloc))
        ctx.addIssue({
          code: 'custom',
          path: ['unitTypes', i, 'bloc'],
          message: `khối «${t.bloc}» không có trong danh sách khối (${p.blocs.join(', ')})`,
        });
    });
    // A period moved without its dates leaves every deadline years away: each date must lie within the period, give or
    // take a year (a plan due the December before it starts, a final ceremony held early the year after it ends).
    const within = (y: number | undefined) => y !== undefined && y >= p.period.from - 1 && y <= p.period.to + 1;
    const outside = (path: (string | number)[], what: string) =>
      ctx.addIssue({ code: 'custom', path, message: msg.profileOutsidePeriod(what, p.period.from, p.period.to) });
    for (const key of ['plan', 'list'] as const)
      if (!within(parseIsoDate(p.deadlines[key])?.y)) outside(['deadlines', key], `ngày ${p.deadlines[key]}`);
    p.ceremonies.forEach((c, i) => {
      if (!within(parseIsoDate(c.date)?.y)) outside(['ceremonies', i, 'date'], `ngày ${c.date}`);
      // The list's title prints it beside the span 19/5/1890 – 19/5/<year> (trial 19 #6): a number left from another
      // period's template would be printed on the list to be signed.
      const year = parseIsoDate(c.date)?.y;
      if (year !== undefined && c.anniversary !== year - BIRTH_YEAR)
        ctx.addIssue({ code: 'custom', path: ['ceremonies', i, 'anniversary'], message: msg.profileAnniversary(c.anniversary, year, year - BIRTH_YEAR) });
      if (!within(c.from) || !within(c.to)) outside(['ceremonies', i], `giai đoạn ${c.from} – ${c.to}`);
    });
    const ids = new Set<string>();
    p.ceremonies.forEach((c, i) => {
      if (ids.has(c.id))
        ctx.addIssue({ code: 'custom', path: ['ceremonies', i, 'id'], message: `lễ «${c.id}» bị khai báo hai lần` });
      ids.add(c.id);
    });
  });

export type Profile = z.infer<typeof profileSchema>;
export type UnitTypeDef = z.infer<typeof unitTypeSchema>;
export type Ceremony = z.infer<typeof ceremonySchema>;
export type NurtureContent = z.infer<typeof nurtureContentSchema>;
export type UnitAbbreviations = z.infer<typeof unitAbbreviationsSchema>;
export type CeremonyListTexts = z.infer<typeof ceremonyListSchema>;
export type Decision = z.infer<typeof decisionSchema>;
