/**
 * «Bổ xung», «bo xung»: the everyday s/x misspelling of «bổ sung» (an addition, phase 2), read as it is meant where
 * phases and additions are read (cells, column headers, titles, group rows). Not in every key: names keep theirs.
 */
import { asciiKey } from './fold';

const MISSPELLED = /(^| )bo xung(?= |$)/g;

/** An ASCII key with «bo xung» spelled «bo sung». */
export function additionSpelled(key: string): string {
  return key.includes('bo xung') ? key.replace(MISSPELLED, '$1bo sung') : key;
}

/** The ASCII key of a text that may name an addition, «bổ xung» spelled «bổ sung». */
export const additionKey = (text: string): string => additionSpelled(asciiKey(text));
