/** Loading a profile: a partial override (JSON file, "Cấu hình" sheet, task pane) laid over the default. */
import type { z } from 'zod';
import { msg } from '../findings/messages';
import { withBodyTexts } from './body-texts';
import { withDistrictLevel } from './district-level';
import { defaultProfile } from './default-profile';
import { Profile, profileSchema } from './schema';

export class ProfileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProfileError';
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Objects merge key by key; arrays and values replace. Keys such as "__proto__" are data, never prototypes. */
export function mergeOver(base: unknown, over: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(over)) return over === undefined ? base : over;
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [k, v] of Object.entries(base)) out[k] = v;
  for (const [k, v] of Object.entries(over)) out[k] = k in out ? mergeOver(out[k], v) : v;
  return { ...out };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return msg.profileNeedsType(issue.expected);
    case 'unrecognized_keys':
      return msg.profileUnknownKeys(issue.keys);
    case 'too_small':
      return issue.origin === 'array'
        ? msg.profileTooFewItems(String(issue.minimum))
        : issue.origin === 'string'
          ? msg.profileEmptyText
          : msg.profileTooSmall(String(issue.minimum));
    case 'too_big':
      return msg.profileTooBig(String(issue.maximum));
    case 'invalid_union':
    case 'invalid_value':
      return msg.profileValueRefused;
    default:
      return issue.message;
  }
}

/** Validates a full profile; the error names the key and the problem in Vietnamese. */
export function validateProfile(candidate: unknown, source: string): Profile {
  const parsed = profileSchema.safeParse(candidate);
  if (parsed.success) return withDistrictLevel(withBodyTexts(parsed.data));
  const issue = parsed.error.issues[0];
  if (!issue) throw new ProfileError(msg.profileInvalid(source));
  const key = issue.path.length ? issue.path.map(String).join('.') : undefined;
  throw new ProfileError(msg.profileKeyInvalid(source, key, describeIssue(issue)));
}

/** The default profile with a partial override (already parsed JSON) laid over it. */
export function profileFrom(override: unknown, source: string): Profile {
  if (override !== undefined && !isPlainObject(override))
    throw new ProfileError(msg.profileNotObject(source));
  return validateProfile(mergeOver(defaultProfile(), override), source);
}

/** Parses the text of a profile JSON file. */
export function profileFromJson(text: string, source: string): Profile {
  let data: Json;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, '')) as Json;
  } catch (e) {
    const pos = /position (\d+)/.exec(e instanceof Error ? e.message : '');
    throw new ProfileError(msg.profileNotJson(source, pos ? lineOf(text, Number(pos[1])) : undefined));
  }
  return profileFrom(data, source);
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}
