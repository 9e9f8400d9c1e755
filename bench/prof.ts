import { generateDuplicateData, DEFAULT_DUPLICATE_OPTIONS } from './duplicates-data';
import { matchRegistrations } from '../src/domain/duplicates';
const data = generateDuplicateData(DEFAULT_DUPLICATE_OPTIONS);
(globalThis as { gc?: () => void }).gc?.();
const { Session } = require('inspector') as typeof import('inspector');
const session = new Session();
session.connect();
session.post('Profiler.enable', () =>
  session.post('Profiler.start', () => {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    matchRegistrations(data.registrations, data.units);
    const c = process.cpuUsage(c0);
    console.log('ms', performance.now() - t0, 'cpu', (c.user + c.system) / 1000);
    session.post('Profiler.stop', (_e, r) => {
      require('fs').writeFileSync('/tmp/match.cpuprofile', JSON.stringify(r.profile));
    });
  }),
);
