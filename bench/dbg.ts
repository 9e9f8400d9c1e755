import { generateDuplicateData, DEFAULT_DUPLICATE_OPTIONS } from './duplicates-data';
import { normalizeRegistrations } from '../src/domain/duplicates/normalize';
import { PairScorer, nameFrequencies } from '../src/domain/duplicates/score';
const data = generateDuplicateData(DEFAULT_DUPLICATE_OPTIONS);
const names = process.argv.slice(2);
const recs = normalizeRegistrations(data.registrations, data.units);
const scorer = new PairScorer(recs, nameFrequencies(recs));
const idx = names.map((n) => { const [name, y] = n.split('|'); return recs.findIndex((r) => r.reg.name === name && r.reg.birthYear === Number(y)); });
for (const k of idx) { const r = recs[k]!; console.log(k, JSON.stringify({ unit: r.reg.unitId, pos: r.reg.position, wp: r.reg.workplace, place: r.place?.display, village: r.village?.display, job: r.job, bearers: scorer.facts.bearers[k] })); }
const [a, b] = idx as [number, number];
console.log(scorer.verdict(a, b), JSON.stringify(scorer.outcome()));
