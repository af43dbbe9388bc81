import { MigrationInterface, QueryRunner } from 'typeorm';
import { FrozenCanvas as CanvasFramework } from './frozen/canvas-document';
import { CANVAS_V1_CORRECTED_WORDING as CANVAS_V1 } from './frozen/canvas-v1-corrected-wording';
import { wordingErratumProblems } from './frozen/wording-erratum';

/**
 * An erratum to the published canvas v1: its text named the source documents by the team's file numbers ("seed 003
 * found…", "KLOEs"), which nobody outside the team understands. The wording now names each document by its title
 * and spells out the abbreviation; nothing that gives v1 meaning changes (keys, numbering, levels, recommendations,
 * the documents and sections cited), and this migration refuses to run if anything but wording would (see
 * `wordingErratumProblems` and docs/decisions/0008). The corrected document and the check are frozen beside it in
 * `frozen/` as they were when it was released (docs/decisions/0021).
 *
 * The released migration that published v1 is not edited. The published row's immutability trigger is switched off
 * for this one statement, inside the migration's transaction, and back on before it commits.
 *
 * `down` leaves the corrected wording in place: putting "seed 003" back in front of users is not a state to return to.
 */
export class CanvasV1Wording1763900000000 implements MigrationInterface {
  name = 'CanvasV1Wording1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const rows: { id: string; definition: CanvasFramework }[] = await queryRunner.query(
      `SELECT id, definition FROM canvas_framework WHERE key = $1 AND version = $2`,
      [CANVAS_V1.key, CANVAS_V1.version],
    );
    if (rows.length === 0) return;
    const problems = wordingErratumProblems(rows[0].definition, CANVAS_V1);
    if (problems.length > 0) throw new Error(`Canvas v1 wording erratum refused: ${problems.join('; ')}`);
    await queryRunner.query(`ALTER TABLE canvas_framework DISABLE TRIGGER canvas_framework_immutable`);
    await queryRunner.query(`UPDATE canvas_framework SET title = $2, definition = $3 WHERE id = $1`, [
      rows[0].id,
      CANVAS_V1.title,
      JSON.stringify(CANVAS_V1),
    ]);
    await queryRunner.query(`ALTER TABLE canvas_framework ENABLE TRIGGER canvas_framework_immutable`);
  }

  async down(): Promise<void> {
    // the corrected wording stays (see above)
  }
}
