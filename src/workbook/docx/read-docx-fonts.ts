/** The font a `w:rFonts` element names for the text: a legacy font wherever it is named, else the Latin one. */
import { encodingOfFont } from '../../domain/text/legacy';

export function fontOf(attrs: Record<string, string>): string | undefined {
  const named = [attrs['w:ascii'], attrs['w:hAnsi'], attrs['w:cs'], attrs['w:eastAsia']].filter((f): f is string => Boolean(f));
  // A .VnTime document may name the legacy font for high-ANSI text only, where its Vietnamese letters lie.
  return named.find((f) => encodingOfFont(f)) ?? named[0];
}
