/** A person's position and workplace as the matcher compares them, and the commune they name. */
import { Expander, organisationTokens } from './expand';
import { sortedDistinct } from './names';
import { CommuneIndex, findPlaces, firstOf, outsideDistrictNames, Place } from './places';
import type { Token } from './tokens';

export interface Job {
  /** Folded words of position and workplace, commune left out (it is compared as `place`), sorted, distinct. */
  words: string[];
}

export interface JobFacts {
  job?: Job;
  commune?: Place;
}

export function jobOf(position: string | undefined, workplace: string | undefined, expand: Expander, communes: CommuneIndex): JobFacts {
  let commune: Place | undefined;
  let named: Place | undefined;
  const words: string[] = [];
  const read = (text: string | undefined) => {
    if (!text) return;
    const tokens = organisationTokens(text, expand);
    const spans = findPlaces(tokens);
    const span = firstOf(spans, 'commune');
    if (span && !commune) commune = span.place;
    // "Phòng Nội vụ huyện Phú Hòa" works for the district, not in its town "thị trấn Phú Hòa".
    named ??= communes.find(outsideDistrictNames(tokens, spans));
    for (let i = 0; i < tokens.length; i++) if (!span || i < span.start || i >= span.end) words.push((tokens[i] as Token).fold);
  };
  read(position);
  read(workplace);
  // "xã An Bình" written out wins over a school or cooperative named after a commune ("Trường THCS An Bình").
  return { job: words.length ? { words: sortedDistinct(words) } : undefined, commune: commune ?? named };
}

