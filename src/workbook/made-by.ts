/** The creator every workbook and document Điển hình writes carries. */
export const MADE_BY = 'Điển hình';
/**
 * The keyword every output carries beside its creator: a later run may replace only a file with both. The template and
 * the sample are made by Điển hình too, and a district's own workbook copied from them keeps that creator (trial 20b #1).
 */
export const OUTPUT_KEYWORD = 'dienhinh-ket-qua';
/** The sheets of the template and the sample (scripts/make-assets.ts): a workbook holding one is the user's own. */
export const TEMPLATE_SHEETS: readonly string[] = ['Đơn vị', 'Đăng ký', 'Kế hoạch bồi dưỡng', 'Cấu hình'];
