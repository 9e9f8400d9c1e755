import { dmyToIso, formatNumber, isoToDmy } from '../../src/taskpane/ui/format';

describe('task pane formats', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1.000'],
    [100000, '100.000'],
    [1234567, '1.234.567'],
    [-4500, '-4.500'],
  ])('%d → %s', (n, s) => expect(formatNumber(n)).toBe(s));

  it('shows ISO dates day first and reads typed ones back', () => {
    expect(isoToDmy('2023-02-25')).toBe('25/02/2023');
    expect(dmyToIso('25/02/2023')).toBe('2023-02-25');
    expect(dmyToIso(' 5-2-2023 ')).toBe('2023-02-05');
    expect(dmyToIso('05.02.2023')).toBe('2023-02-05');
  });

  it.each(['31/02/2023', '2023-02-25', '02/25/2023', '25/02/23', ''])('refuses %p', (t) => expect(dmyToIso(t)).toBeUndefined());
});
