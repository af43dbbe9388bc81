import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CANVAS_V1, CANVAS_V2, parseFrameworkDocument, serializeFrameworkDocument } from '../src';

/**
 * `data/canvas-v2.yaml` is the file an admin imports to create canvas v2; `CANVAS_V2` is the same document as a typed
 * constant for pure code. They must say the same. After changing `src/canvas/v2.ts`, rewrite the file with
 * `WRITE_CANVAS_V2=1 npx jest -c jest.config.cjs test/canvas-v2-file.spec.ts` and review the diff.
 */
const file = join(__dirname, '../data/canvas-v2.yaml');

describe('data/canvas-v2.yaml', () => {
  if (process.env['WRITE_CANVAS_V2'] === '1') writeFileSync(file, serializeFrameworkDocument(CANVAS_V2, 'yaml'));
  const text = readFileSync(file, 'utf8');

  it('reads as canvas v2, with no problems against v1', () => {
    expect(parseFrameworkDocument(text, 'yaml', { previous: CANVAS_V1 })).toEqual({ framework: CANVAS_V2 });
  });

  it('is exactly the document CANVAS_V2 serializes to (so the two cannot drift)', () => {
    expect(text).toBe(serializeFrameworkDocument(CANVAS_V2, 'yaml'));
  });
});
