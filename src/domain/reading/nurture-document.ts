/**
 * A unit's nurturing plan (R6, "KẾ HOẠCH bồi dưỡng, nhân rộng điển hình tiên tiến") sent on its own, as a Word text
 * that writes its contents out ("5. Biểu dương, khen thưởng: …"), as a checklist of them ("STT | Nội dung kế
 * hoạch | Có | Không") or as a table of its tasks ("STT | Nội dung | Thời gian | Phân công"): which of the profile's
 * contents it holds. A content is held when a line under the title begins with its name, unless the line's checklist
 * marks say it is not, when a task names it, or when a line of the plan states it as done.
 */
import type { CalendarDate } from '../dates';
import { dateInText } from '../dates/parse-date';
import type { NurtureContent } from '../profile';
import { asciiKey } from '../text';
import { hasContent } from './cell-values';
import { documentDate } from './documents';

const YES = /^(?:co|da co|co thuc hien|da thuc hien|dat)$/;
const NO = /^(?:khong|chua co|khong co|chua thuc hien|chua dat)$/;

/** A checklist's columns headed "Có", when a row heads both "Có" and "Không" (or "Chưa có") columns. */
function yesColumns(rows: readonly (readonly string[])[]): Set<number> | undefined {
  for (const row of rows) {
    const keys = row.map((t) => asciiKey(t));
    const yes = new Set(keys.flatMap((k, i) => (YES.test(k) ? [i] : [])));
    if (yes.size && keys.some((k) => NO.test(k))) return yes;
  }
  return undefined;
}

/**
 * The rows under the plan's title: "KẾ HOẠCH bồi dưỡng, nhân rộng …" on one line, or "KẾ HOẠCH" over the line that
 * says what of (which names contents' words, not contents).
 */
function underTitle(rows: readonly (readonly string[])[]): readonly (readonly string[])[] {
  const title = rows.findIndex((row) => row.some((t) => /^ke hoach\b/.test(asciiKey(t))));
  if (title < 0) return rows;
  const alone = (rows[title] ?? []).some((t) => asciiKey(t) === 'ke hoach');
  return rows.slice(title + (alone ? 2 : 1));
}

/** The date the plan was issued: its date line, its number's date, or a line "Ngày ban hành: 15/3/2023". */
export function issuedDate(texts: readonly string[]): CalendarDate | undefined {
  const issued = texts.find((t) => /^ngay (?:ban hanh|ky)\b/.test(asciiKey(t)));
  return documentDate(texts) ?? (issued === undefined ? undefined : dateInText(issued));
}

/** A line's text without its number or bullet ("5.", "a)", "II.", "-", "+"). */
const withoutBullet = (text: string) => text.replace(/^\s*(?:[-+•*]|\(?(?:\d{1,2}|[a-zđ]|[ivx]{1,4})[.)/])\s*/iu, '');

/**
 * A line that begins with a content's name names it: "5. Biểu dương, khen thưởng: …", also led in by «Về», «Công tác»
 * or «Tăng cường» ("1. Công tác lãnh đạo, chỉ đạo"). A name of two words or fewer
 * ("Lãnh đạo", "Tuyên truyền") is a whole line or a line's heading before its colon: a sentence beginning so
 * ("Tuyên truyền sâu rộng …", "Lãnh đạo Hội dự") names no content.
 */
function namesContent(text: string, c: NurtureContent): boolean {
  const line = withoutBullet(text);
  const k = withoutLead(asciiKey(line));
  const heading = withoutLead(asciiKey(line.split(/[:–]/)[0] ?? ''));
  return [c.label, ...c.headers].some((h) => {
    const key = asciiKey(h);
    if (k === key || heading === key) return true;
    return key.split(' ').length > 2 && k.startsWith(`${key} `);
  });
}

/** How plans lead into a content's name: "Công tác lãnh đạo, chỉ đạo", "Về phân công …", "Tăng cường sự lãnh đạo …". */
const withoutLead = (key: string) => key.replace(/^(?:ve|cong tac|tang cuong) (?=\S)/, '');

/**
 * Contents stated as what the plan does rather than headed by their names (trial13 #19): "Phân công đồng chí Phó Bí
 * thư phụ trách theo dõi, bồi dưỡng …", "Chi ủy lãnh đạo, chỉ đạo …", "Tổ chức tọa đàm, bồi dưỡng kỹ năng …", "Định
 * kỳ báo cáo kết quả …". The line's doer (the committee) and its lead-in ("Tổ chức", "Định kỳ") come off first; what
 * is left begins with the content's verb, and for the verbs that have other uses, says what of ("… phụ trách", "…
 * điển hình"). Keyed by the default profile's content keys: a district's own contents are named only as headings.
 */
const DOER =
  /^(?:(?:ban )?chi uy|(?:ban thuong vu |ban chap hanh |thuong truc )?(?:dang uy|chi uy)|cap uy(?: cac cap)?|ban thuong vu|ban chap hanh|thuong truc|chi bo|dang bo|ban can su dang|lanh dao (?:co quan|don vi)) /;
const LEAD_IN = /^(?:(?:truc tiep|thuong xuyen|dinh ky|kip thoi|chu dong|hang nam|hang quy|hang thang|6 thang(?:,? (?:mot lan|nam))?|to chuc|thuc hien|tien hanh|tang cuong|day manh|chu trong|quan tam|co|se),? )+/;
const EXEMPLAR = /\b(?:dien hinh|guong|nhan to|mo hinh|cach lam)\b/;
const STATED: Record<string, (rest: string, byDoer: boolean) => boolean> = {
  // "Lãnh đạo" alone also means the leaders ("Lãnh đạo các chi bộ quan tâm"): the verb has its doer, or "chỉ đạo".
  leadership: (k, byDoer) => /^lanh dao,? chi dao\b/.test(k) || (byDoer && /^(?:lanh dao|chiu trach nhiem lanh dao)\b/.test(k)),
  // Assigning is of someone who takes charge of, follows or finds exemplars; "Phân công nhiệm vụ …" is not.
  assignment: (k) =>
    /^(?:phan cong|giao (?:cho|dong chi|can bo|ban|to|chi bo|doan|hoi)|cu (?:dong chi|can bo|dang vien))\b/.test(k) && /\b(?:phu trach|theo doi|giup do|kem cap|phat hien)\b/.test(k),
  activities: (k) => /^(?:boi duong|tap huan|toa dam|tham quan|hoc tap kinh nghiem|hoi thao|trao doi kinh nghiem)\b/.test(k),
  propaganda: (k) => /^(?:tuyen truyen|nhan rong|gioi thieu|pho bien)\b/.test(k) && EXEMPLAR.test(k),
  commendation: (k) => /^(?:bieu duong|khen thuong|ton vinh|(?:de nghi|xet) (?:cap tren )?(?:khen thuong|bieu duong))\b/.test(k),
  reporting: (k) => /^(?:bao cao|gui bao cao)\b/.test(k) && !/^bao cao vien\b/.test(k),
};

/** Whether a line of the plan states a content as something done; `key` is the line's clean ASCII key. */
function statesContent(key: string, c: NurtureContent): boolean {
  const test = STATED[c.key];
  if (!test) return false;
  const doer = DOER.exec(key);
  const rest = (doer ? key.slice(doer[0].length) : key).replace(LEAD_IN, '');
  return test(rest, doer !== null);
}

/**
 * The section a plan states its aims in ("I. MỤC ĐÍCH, YÊU CẦU"): its lines say what is wanted ("Tuyên truyền sâu
 * rộng gương điển hình"), not what the plan does. A section's heading is a Roman-numbered line.
 */
function aimsSection(text: string, inAims: boolean): boolean {
  if (!/^\s*[IVX]{1,4}[.)/]\s/.test(text)) return inAims;
  return /^(?:muc dich|yeu cau)\b/.test(asciiKey(withoutBullet(text)));
}

const TASK = /^(?:noi dung(?: cong viec| nhiem vu| hoat dong)?|nhiem vu|cong viec|hoat dong)$/;
const TASK_DETAIL = /^(?:thoi gian(?: thuc hien)?|tien do|phan cong|chu tri|phoi hop|(?:don vi|bo phan|nguoi|co quan) (?:thuc hien|chu tri|phu trach))$/;

/**
 * The task column of a plan's task table ("STT | Nội dung | Thời gian | Phân công"), and its header row: each row under
 * it is a task of the plan, not a heading.
 */
function taskColumn(rows: readonly (readonly string[])[]): { row: number; col: number } | undefined {
  for (let r = 0; r < rows.length; r++) {
    const keys = (rows[r] as readonly string[]).map((t) => asciiKey(t));
    const col = keys.findIndex((k) => TASK.test(k));
    if (col >= 0 && keys.some((k) => TASK_DETAIL.test(k))) return { row: r, col };
  }
  return undefined;
}

/**
 * A task names a content when it holds the content's name, whatever verb leads it in ("Quán triệt, xác định trách
 * nhiệm lãnh đạo …", "Tổ chức bồi dưỡng, tập huấn …"): in a task table every row is something the plan does.
 */
function taskNamesContent(text: string, c: NurtureContent): boolean {
  const k = ` ${asciiKey(text)} `;
  return [c.label, ...c.headers].some((h) => k.includes(` ${asciiKey(h)} `));
}

/**
 * Content key → held, from the document's rows under its title (a paragraph is a row of one text; a table's row,
 * its cells' texts). In a row that names a content, the other cells are its marks: with a "Có | Không" header the
 * content is held when its "Có" cell is marked; without one, unless a mark says it is not ("Không", "Chưa có").
 */
export function nurtureContentsIn(rows: readonly (readonly string[])[], contents: readonly NurtureContent[]): Record<string, boolean> {
  const under = underTitle(rows);
  const yesCols = yesColumns(under);
  const held: Record<string, boolean> = {};
  for (const c of contents) held[c.key] = false;
  const tasks = taskColumn(under);
  let inAims = false;
  for (let r = 0; r < under.length; r++) {
    const row = under[r] as readonly string[];
    const task = tasks && r > tasks.row ? row[tasks.col] : undefined;
    // A paragraph outside the aims states what the plan does.
    const line = row.length === 1 ? (row[0] as string) : undefined;
    if (line !== undefined) inAims = aimsSection(line, inAims);
    const said = line !== undefined && !inAims ? asciiKey(withoutBullet(line)) : undefined;
    for (const c of contents) {
      if (task && taskNamesContent(task, c)) held[c.key] = true;
      if (said !== undefined && statesContent(said, c)) held[c.key] = true;
      const at = row.findIndex((t) => namesContent(t, c));
      if (at < 0) continue;
      const marks = row.map((t, i) => ({ t, i })).filter(({ t, i }) => i !== at && t !== '' && !/^\d+\.?$/.test(t));
      const yes = yesCols ? marks.some(({ t, i }) => yesCols.has(i) && hasContent(t)) : marks.every(({ t }) => hasContent(t));
      held[c.key] ||= yes;
    }
  }
  return held;
}
