/**
 * How a person's name is printed on the ceremony list: a word typed all in capitals ("TRẦN") or all in lower case
 * ("nguyễn") is written as a name is ("Trần", "Nguyễn"), each part after an apostrophe or a dot too ("H'HEN" →
 * "H'Hen", "T.THU" → "T.Thu"); a word in mixed case ("H'Hen", "McLane") is kept as the unit wrote it.
 */

const PARTS = /(['’.-])/u;
const HAS_LETTER = /\p{L}/u;

// One case throughout: no care was taken over it.
const inOneCase = (word: string) =>
  HAS_LETTER.test(word) && (word === word.toLocaleUpperCase('vi') || word === word.toLocaleLowerCase('vi'));

const capitalised = (part: string) => part.charAt(0).toLocaleUpperCase('vi') + part.slice(1).toLocaleLowerCase('vi');

/** True when some word of the name is typed in one case, other than a single capital ("Y Bhin", "Nguyễn Văn A"). */
export function typedCarelessly(name: string): boolean {
  return name.split(' ').some((w) => inOneCase(w) && w !== capitalised(w));
}

/** The person's name as printed: its words typed in one case written as names are. */
export function printedPersonName(name: string): string {
  if (!typedCarelessly(name)) return name;
  return name
    .split(' ')
    .map((w) => (inOneCase(w) ? w.split(PARTS).map(capitalised).join('') : w))
    .join(' ');
}
