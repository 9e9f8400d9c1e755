/**
 * A proposed form as the signed list prints it: the verb dropped, staff abbreviations written out, a capital first
 * letter, and a bare form the ceremony's own form begins with printed as that form. Near misses: other forms kept.
 */
import { printedForm } from '../../../src/domain/ceremony/proposal-form';

const OWN = 'Giấy khen của Ban Thường vụ Huyện ủy';

describe('a proposed form as printed', () => {
  it.each([
    ['Đề nghị tặng Giấy khen', OWN],
    ['Tặng giấy khen', OWN],
    ['GK BTV HU', OWN],
    ['Giấy khen', OWN],
    ['giấy khen của ban thường vụ huyện ủy', OWN],
    ['Bằng khen UBND tỉnh', 'Bằng khen của UBND tỉnh'],
    ['đề nghị tặng Bằng khen của UBND tỉnh', 'Bằng khen của UBND tỉnh'],
    ['thư biểu dương', 'Thư biểu dương'],
    // The short forms of a letter of praise are that letter, never the ceremony's certificate.
    ['TBD', 'Thư biểu dương'],
    ['Thư BD', 'Thư biểu dương'],
    ['TBD BTV HU', 'Thư biểu dương của Ban Thường vụ Huyện ủy'],
    ['Đề nghị BD', 'Biểu dương'],
  ])('«%s» → «%s»', (form, printed) => expect(printedForm(form, OWN)).toBe(printed));

  it.each(['Bác sĩ BDT', 'GK BDH'])('near miss: «%s» keeps its letters', (form) => expect(printedForm(form, OWN)).not.toMatch(/biểu dương/i));

  it.each(['Thư khen', 'Giấy khen của Chủ tịch UBND huyện', 'Kỷ niệm chương', 'Bằng khen của Thủ tướng Chính phủ'])(
    'near miss: «%s» is not the ceremony’s own form',
    (form) => expect(printedForm(form, OWN)).not.toBe(OWN),
  );
});

describe('a form copied from another level\'s template', () => {
  const TOWN = 'Giấy khen của Ban Thường vụ Thị ủy';
  it.each(['Giấy khen của Ban Thường vụ Huyện ủy', 'GK BTV HU', 'Giấy khen của BTV Thành ủy'])('«%s» on a Thị ủy\'s list is its own form', (form) => {
    expect(printedForm(form, TOWN)).toBe(TOWN);
  });

  it.each([
    ['Giấy khen Thị ủy', 'Giấy khen của Thị ủy'],
    ['Giấy khen của Chủ tịch UBND thị xã', 'Giấy khen của Chủ tịch UBND thị xã'],
  ])('near miss: «%s» is printed «%s»', (form, printed) => {
    expect(printedForm(form, TOWN)).toBe(printed);
  });
});
