import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A correction after publishing carries the levels it corrected (docs/decisions/0028-corrections-after-publishing.md):
 * `cycle_figures_revision.changes` holds, per criterion, its key, its title and the level that counted before and
 * after, in the canvas's order. Revisions recorded before this carry none (`[]`). The corrected levels themselves are
 * written to the assessment's answers in the same transaction, where the placement reads them.
 */
export class CorrectedLevels1764000500000 implements MigrationInterface {
  name = 'CorrectedLevels1764000500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE cycle_figures_revision ADD COLUMN changes jsonb NOT NULL DEFAULT '[]'::jsonb`);
    await queryRunner.query(
      `ALTER TABLE cycle_figures_revision ADD CONSTRAINT cycle_figures_revision_changes_list CHECK (jsonb_typeof(changes) = 'array')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE cycle_figures_revision DROP COLUMN changes`);
  }
}
