/**
 * What the reader throws on a file it cannot read as a workbook (malformed XML, a part missing or out of the zip,
 * bad deflate data, beyond the limits of a real worksheet). The reader's entry turns it, and only it, into the
 * user's Vietnamese message; any other error is a bug and is not dressed up as a damaged file.
 */
export class Damaged extends Error {}

/** What the reader throws on a workbook beyond its limits; the message says which, in Vietnamese, for the user. */
export class TooLarge extends Error {}
