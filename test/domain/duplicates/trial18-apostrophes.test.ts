/**
 * Trial 18a #11: the apostrophe of an Ê Đê / Jrai name in any of its forms — «'» (U+0027), «’» (U+2019), «‘», «`»,
 * «´», «′», and the modifier letters Word's autocorrect and Unikey type, «ʼ» (U+02BC), «ˈ» (U+02C8), «ʻ» (U+02BB) —
 * is one apostrophe to the matcher: «HʼHen Niê» = «H'Hen Niê», a certain duplicate across blocs. The printed name
 * capitalises after it as after «'». Near misses: another given name, another birth year.
 */
import { printedPersonName } from '../../../src/domain/ceremony/name-case';
import { person, verdict } from './factory';

const female = { gender: 'female' as const, position: 'Hội viên', workplace: 'Buôn Ea Tiêu' };
const MARKS = ["'", '’', '‘', '`', '´', '′', 'ʼ', 'ˈ', 'ʻ'];

describe('an apostrophe in any form is one apostrophe to the matcher', () => {
  it.each(MARKS.flatMap((a) => MARKS.map((b) => [a, b])))('«H%sHen Niê» = «H%sHen Niê»', (a, b) => {
    expect(verdict(person(`H${a}Hen Niê`, 1978, female), person(`H${b}Hen Niê`, 1978, { ...female, unitId: 'PN' }))).toBe('certain');
  });

  it.each(['ʼ', 'ˈ'])('«H%sZen Êban», «Ksor H…Blông», «Điểu K…Lơi»: the same person as with «\'»', (m) => {
    const pairs: [string, string][] = [
      [`H${m}Zen Êban`, "H'Zen Êban"],
      [`Ksor H${m}Blông`, "Ksor H'Blông"],
      [`Điểu K${m}Lơi`, "Điểu K'Lơi"],
      [`H${m}Hen Niê`, 'H Hen Niê'],
    ];
    for (const [x, y] of pairs)
      expect(verdict(person(x, 1983, female), person(y, 1983, { ...female, unitId: 'PN' }))).toBe('certain');
  });

  it.each([
    ["H'Hen Niê", 'HʼHương Niê', 1978],
    ["H'Hen Niê", 'HʼHen Niê', 1990],
  ])('near miss: «%s» / «%s» (%s) are not one certain person', (a, b, year) => {
    expect(verdict(person(a, 1978, female), person(b, year, { ...female, unitId: 'PN' }))).not.toBe('certain');
  });

  it.each([
    ['HʼHEN NIÊ', 'HʼHen Niê'],
    ['HˈZEN ÊBAN', 'HˈZen Êban'],
    ["H'HEN NIÊ", "H'Hen Niê"],
  ])('«%s» is printed «%s»', (typed, printed) => {
    expect(printedPersonName(typed)).toBe(printed);
  });
});
