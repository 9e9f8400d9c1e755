/**
 * How a phiếu ends, and what it asks about the quota, by what the unit has sent and what is overdue (R4, R12): a unit
 * that sent no list is asked to send it (by its deadline, or at once once it has passed), never to correct and resend
 * it; an overdue plan is named as such, not taken for the list.
 */
import { formatDate } from '../dates';
import type { Finding } from '../findings/finding';
import { deadlineOf, Profile } from '../profile';
import type { Timeliness } from '../rules/list-timeliness';

const to = (p: Profile) => `về ${p.issuingBody} ${p.superiorBody}${p.district ? ` ${p.district}` : ''}`;
const PLAN = 'kế hoạch triển khai thực hiện';
const LIST = 'danh sách đăng ký điển hình tiên tiến';

// fix12-outputs: the phiếu's closing and quota advice by what is overdue.
export const closingText = {
  /** Something overdue (the plan, the list or both) and nothing to correct. */
  urge: (p: Profile, what: string, listBy?: string) =>
    `Đề nghị đơn vị khẩn trương gửi ${what} ${to(p)}${listBy ? `; gửi ${LIST} trước ngày ${listBy}` : ''}.`,
  /** Nothing overdue, no list sent yet. */
  listDue: (p: Profile, by: string) => `Đề nghị đơn vị gửi ${LIST} ${to(p)} trước ngày ${by}.`,
  /** A list to correct and an overdue plan. */
  correctAndPlan: (p: Profile) => `Đề nghị đơn vị chỉnh sửa các nội dung trên, gửi lại danh sách và khẩn trương gửi ${PLAN} ${to(p)}.`,
  /** A list the units list records as sent, none of whose rows the Ban has (trial20b #2): sent again, nothing to correct. */
  resend: (p: Profile, planOverdue: boolean) =>
    `Đề nghị đơn vị gửi lại ${LIST} đã gửi${planOverdue ? ` và khẩn trương gửi ${PLAN}` : ''} ${to(p)}.`,
  quotaListDue: (by: string) => `Lựa chọn đủ số điển hình theo chỉ tiêu tối thiểu, gửi ${LIST} trước ngày ${by}.`,
  quotaListMissing: `Khẩn trương lựa chọn đủ số điển hình theo chỉ tiêu tối thiểu và gửi ${LIST} về Ban.`,
};

/** What the unit has sent of its list: `pending`/`missing` nothing (before/after the deadline); else some. */
export type ListState = Timeliness | undefined;

const nothingSent = (state: ListState) => state === 'pending' || state === 'missing';

/**
 * The closing for a unit whose list is `state`, when the old wording does not fit: undefined keeps it (a list sent
 * and to correct, nothing overdue but the list, or only lateness to note).
 */
export function closingFor(profile: Profile, sent: readonly Finding[], state: ListState): string | undefined {
  const planOverdue = sent.some((f) => f.code === 'PLAN_MISSING');
  const listBy = formatDate(deadlineOf(profile, 'list'));
  if (nothingSent(state)) {
    const listOverdue = state === 'missing' || sent.some((f) => f.code === 'REGISTRATION_MISSING');
    if (planOverdue) return closingText.urge(profile, listOverdue ? `${PLAN} và ${LIST}` : PLAN, listOverdue ? undefined : listBy);
    return listOverdue ? undefined : closingText.listDue(profile, listBy);
  }
  if (!planOverdue) return undefined;
  // The list was sent: the plan is what is missing, with or without rows to correct.
  const toCorrect = sent.some((f) => f.code !== 'PLAN_MISSING' && f.code !== 'PLAN_LATE' && f.code !== 'REGISTRATION_LATE');
  return toCorrect ? closingText.correctAndPlan(profile) : closingText.urge(profile, PLAN);
}

/** The quota row's advice for a unit that sent no list: send one (by the deadline), not "add more and resend". */
export function quotaAdviceFor(profile: Profile, state: ListState): string | undefined {
  if (state === 'pending') return closingText.quotaListDue(formatDate(deadlineOf(profile, 'list')));
  return state === 'missing' ? closingText.quotaListMissing : undefined;
}
