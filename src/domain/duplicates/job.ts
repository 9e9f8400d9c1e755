/**
 * A person's position and workplace as the matcher compares them, apart: the post held ("Trưởng thôn", "Hội
 * viên") changes from one unit's file to another's and says little; the body worked for ("Trường THCS An Bình",
 * "UBND xã Tân Lập") and the commune and village say much. A position column alone is split, the words before the
 * first organisation or place being the post, so a combined column lands right wherever it is.
 */
import { Expander, organisationTokens } from './expand';
import { wordTable, Words } from './tokens';
import { sortedDistinct } from './names';
import { organisationStart } from './organisations';
import { CommuneIndex, findPlaces, firstOf, outsideDistrictNames, Place, PlaceSpan } from './places';
import type { Token } from './tokens';

export interface Job {
  /** Folded words of the post held, sorted, distinct; undefined when none is given. */
  position?: string[];
  /** Folded words of the body worked for, commune and village left out (they are compared as places). */
  workplace?: string[];
}

export interface JobFacts {
  job?: Job;
  commune?: Place;
  /** The village, residential group or hamlet named ("Thôn 3", "Khu phố 2", "Ấp 4"). */
  village?: Place;
}

const inside = (spans: readonly PlaceSpan[], i: number) => {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k] as PlaceSpan;
    if (s.place.level !== 'district' && i >= s.start && i < s.end) return true;
  }
  return false;
};

/** What one text says: its post and body words, the commune and village it names, a commune known by name. */
interface TextFacts {
  post: readonly string[];
  body: readonly string[];
  commune?: Place;
  village?: Place;
  named?: Place;
}

// With a workplace column filled, the position column holds the post only, whatever bodies it names ("Chi hội
// trưởng Chi hội Phụ nữ"); alone, it may hold both ("Bí thư Chi bộ Thôn 3, xã An Bình").
function readText(text: string, as: 'post' | 'split' | 'body', expand: Expander, communes: CommuneIndex, words: Words): TextFacts {
  const tokens = organisationTokens(text, expand, words);
  const spans = findPlaces(tokens);
  // "Phòng Nội vụ huyện Phú Hòa" works for the district, not in its town "thị trấn Phú Hòa". A commune known by
  // name ("Trường THCS An Bình") is a place, as "xã An Bình" is: its words are left out of the workplace.
  const outer = outsideDistrictNames(tokens, spans);
  const at = outer === tokens ? communes.locate(tokens) : undefined;
  const org = organisationStart(tokens);
  const firstPlace = spans.length ? (spans[0] as PlaceSpan).start : -1;
  const cut = org < 0 ? firstPlace : firstPlace < 0 ? org : Math.min(org, firstPlace);
  const end = as === 'body' ? 0 : as === 'post' || cut < 0 ? tokens.length : cut;
  const post: string[] = [];
  const body: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (inside(spans, i) || (at && i >= at.start && i < at.end)) continue;
    (i < end ? post : body).push((tokens[i] as Token).fold);
  }
  return {
    post,
    body,
    commune: firstOf(spans, 'commune')?.place,
    village: firstOf(spans, 'village')?.place,
    named: outer === tokens ? at?.place : communes.find(outer),
  };
}

const NO_WORDS: readonly string[] = [];

/** The words of both texts, in order: one of them itself when the other has none (they are never changed). */
function joined(a: readonly string[] | undefined, b: readonly string[] | undefined): readonly string[] {
  if (!b?.length) return a ?? NO_WORDS;
  return a?.length ? [...a, ...b] : b;
}

/**
 * Reads positions and workplaces for one run: each distinct text once (a list repeats a few hundred posts and a
 * few thousand workplaces in ever new pairs), each pair then put together.
 */
export function jobReader(expand: Expander, communes: CommuneIndex, words: Words = wordTable()): (position: string | undefined, workplace: string | undefined) => JobFacts {
  const texts = { post: new Map<string, TextFacts>(), split: new Map<string, TextFacts>(), body: new Map<string, TextFacts>() };
  const read = (text: string | undefined, as: keyof typeof texts): TextFacts | undefined => {
    if (!text) return undefined;
    const cache = texts[as];
    let facts = cache.get(text);
    if (!facts) {
      facts = readText(text, as, expand, communes, words);
      cache.set(text, facts);
    }
    return facts;
  };
  // A workplace column is the body worked for, all of it.
  return (position, workplace) => {
    const a = read(position, workplace?.trim() ? 'post' : 'split');
    const b = read(workplace, 'body');
    const post = joined(a?.post, b?.post);
    const body = joined(a?.body, b?.body);
    const job: Job = {};
    if (post.length) job.position = sortedDistinct(post);
    if (body.length) job.workplace = sortedDistinct(body);
    // "xã An Bình" written out wins over a school or cooperative named after a commune ("Trường THCS An Bình").
    const commune = a?.commune ?? b?.commune ?? a?.named ?? b?.named;
    return { job: post.length || body.length ? job : undefined, commune, village: a?.village ?? b?.village };
  };
}

export function jobOf(position: string | undefined, workplace: string | undefined, expand: Expander, communes: CommuneIndex): JobFacts {
  return jobReader(expand, communes)(position, workplace);
}
