import type { CalendarDate } from './calendar';

/** A date the list writes besides the one that dates it, with its line as written. */
export interface OtherDate {
  date: CalendarDate;
  text: string;
}

/**
 * A list that writes several dates (trial17b #8): how its date was chosen — labelled «Ngày gửi: …» ('sent'), the last
 * date line under the table ('signature'), the title block's ('title'), a sentence's ('sentence') — its line, and the
 * other dates its own date lines write (a draft line, the signature under a «Ngày gửi»), each once.
 */
export interface DateLineOf {
  by: 'sent' | 'signature' | 'title' | 'sentence';
  text?: string;
  others: OtherDate[];
}

/** One of a unit's other lists (DateLineEvidence.otherLists): its date line's date, file and sheet. */
export interface OtherList {
  date: CalendarDate;
  file: string;
  sheet: string;
  /** Its date line leaves the day blank: `date` stands for the month (DateLineEvidence.dayBlank). */
  dayBlank?: true;
}

/** How the units list records a unit's list as sent: its date, a mark («x», «Đã nộp», «Nộp trễ», a note), a mistyped date. */
export type ListRecord = { date: CalendarDate } | { mark: 'sent' | 'late' } | { invalid: true };
