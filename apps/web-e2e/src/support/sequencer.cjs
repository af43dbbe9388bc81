/**
 * The order the browser suites run in, one after another against one app and one database (maxWorkers 1):
 * - first, the suites that read and answer the demo as seeded, in its open cycle: each role's home (homes.e2e), then
 *   the demo ICS lead completing their untouched draft (assessment.e2e, whose last test opens a new Pioneers cycle and
 *   so closes the demo's, as an admin would);
 * - then the others, by name;
 * - last, the suites that change the programme year for good, as its people would: canvas v2 is published, the demo's
 *   open cycle is closed, a cycle is published; the crosswalk view (crosswalk.e2e) reads canvas v2 once it is
 *   published. After them, the demo is no longer the demo the others read.
 * A suite on an app of its own (`useOwnApp()`, support/own-app.ts, e.g. programme-year.e2e) needs no place here: it
 * starts from the demo as seeded and changes nothing the others read (ADR 0029).
 */
const { basename } = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

const FIRST = ['homes.e2e.ts', 'assessment.e2e.ts'];
const LAST = [
  'canvas-versions.e2e.ts',
  'crosswalk.e2e.ts',
  'cycles-admin.e2e.ts',
  'sign-off.e2e.ts',
  'versions-progress.e2e.ts',
  'corrections.e2e.ts',
];

function rank(test) {
  const name = basename(test.path);
  if (FIRST.includes(name)) return -100 + FIRST.indexOf(name);
  if (LAST.includes(name)) return 100 + LAST.indexOf(name);
  return 0;
}

class ProgrammeYearLast extends Sequencer {
  sort(tests) {
    return [...tests].sort((a, b) => rank(a) - rank(b) || a.path.localeCompare(b.path));
  }
}

module.exports = ProgrammeYearLast;
