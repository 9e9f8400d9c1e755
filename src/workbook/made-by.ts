/** The creator every workbook and document Điển hình writes carries: a later run may replace only such a file. */
export const MADE_BY = 'Điển hình';
