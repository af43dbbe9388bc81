/**
 * The order the browser suites run in, one after another against one app and one database (maxWorkers 1):
 * - first, the journey that completes the demo ICS lead's untouched draft in the demo's open cycle (assessment.e2e);
 * - then the others, by name;
 * - last, the suites that change the programme year for good, as its people would: canvas v2 is published, the demo's
 *   open cycle is closed, a cycle is published. After them, the demo is no longer the demo the others read.
 */
const { basename } = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

const FIRST = ['assessment.e2e.ts'];
const LAST = ['canvas-versions.e2e.ts', 'cycles-admin.e2e.ts', 'sign-off.e2e.ts'];

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
