import { CANVAS_V1, CanvasFramework } from '@idt/domain';
import { DataSource } from 'typeorm';
import { databaseOptions } from '../src/database/database.options';
import { CanvasV1Wording1763900000000 } from '../src/database/migrations/1763900000000-canvas-v1-wording';
import { startTestApp, TestApp } from './support/test-app';
import { createPerson, gql } from './support/world';

/** The canvas v1 as first published: the same document with the team's words in it. */
const asFirstPublished = (): CanvasFramework => {
  const old = JSON.parse(JSON.stringify(CANVAS_V1));
  old.domains[0].summary = old.domains[0].summary.replace(/The 2022 discovery report, [^,]+ in mental health,/, 'Seed 003');
  old.domains[1].summary = 'In seed 003, self-reported KLOEs suggested …';
  return old;
};

describe('canvas v1 wording (an erratum, not a new version)', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api?.close();
  });

  const stored = async () => (await api.database.query(`SELECT definition FROM canvas_framework WHERE version = 1`))[0].definition;
  const storeOld = async (definition: CanvasFramework) => {
    await api.asOwner(`ALTER TABLE canvas_framework DISABLE TRIGGER canvas_framework_immutable`);
    await api.database.query(`UPDATE canvas_framework SET definition = $1 WHERE version = 1`, [JSON.stringify(definition)]);
    await api.asOwner(`ALTER TABLE canvas_framework ENABLE TRIGGER canvas_framework_immutable`);
  };
  const runErratum = async () => {
    // As a migration runs: as the database's owner (the API's own role may not change a table's triggers).
    const owner = await new DataSource(databaseOptions(api.databaseUrl)).initialize();
    const runner = owner.createQueryRunner();
    try {
      await runner.startTransaction();
      await new CanvasV1Wording1763900000000().up(runner);
      await runner.commitTransaction();
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
      await owner.destroy();
    }
  };

  it('serves the canvas without the team’s words: no "seed", no unexplained KLOE', async () => {
    expect(await stored()).toEqual(JSON.parse(JSON.stringify(CANVAS_V1)));
    const admin = await createPerson(api.database, 'Admin', [{ role: 'ADMIN' }]);
    const { body } = await gql(api, admin.token, `{ canvasFrameworks { domains { summary criteria { guidance sources { note } } } } }`);
    const text = JSON.stringify(body.data ?? body);
    expect(text).not.toMatch(/\bseed\b/i);
    expect(text.match(/KLOE/g)?.length).toBe(text.match(/key lines of enquiry \(KLOEs\)/g)?.length);
  });

  it('corrects a database published with the old wording, and keeps the published row immutable afterwards', async () => {
    await storeOld(asFirstPublished());
    expect(JSON.stringify(await stored())).toMatch(/Seed 003/);
    await runErratum();
    expect(await stored()).toEqual(JSON.parse(JSON.stringify(CANVAS_V1)));
    await expect(api.database.query(`UPDATE canvas_framework SET title = 'x' WHERE version = 1`)).rejects.toThrow(/published and cannot change/);
  });

  it('refuses, changing nothing, when the stored v1 differs in more than wording', async () => {
    const different = asFirstPublished();
    (different.domains[2].criteria[0] as { key: string }).key = 'something.else';
    await storeOld(different);
    await expect(runErratum()).rejects.toThrow(/wording erratum refused: domain 3 differs in more than wording/);
    expect(await stored()).toEqual(JSON.parse(JSON.stringify(different)));
    await storeOld(CANVAS_V1);
  });
});
