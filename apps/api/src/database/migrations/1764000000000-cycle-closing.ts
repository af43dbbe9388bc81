import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A cycle's closing is stored (docs/decisions/0023-cycle-states.md): `closed_on` is the day it stopped taking answers
 * (null while open), `closed_early` whether an admin closed it before its closing date. Figures are provisional from
 * closing until `published_at`. Cycles already published closed on their closing date or the day they were published,
 * whichever came first.
 */
export class CycleClosing1764000000000 implements MigrationInterface {
  name = 'CycleClosing1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE assessment_cycle ADD COLUMN closed_on date, ADD COLUMN closed_early boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`UPDATE assessment_cycle SET closed_on = LEAST(closes_on, published_at::date) WHERE published_at IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE assessment_cycle ADD CONSTRAINT assessment_cycle_closed_early_has_day CHECK (NOT closed_early OR closed_on IS NOT NULL)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE assessment_cycle DROP CONSTRAINT assessment_cycle_closed_early_has_day`);
    await queryRunner.query(`ALTER TABLE assessment_cycle DROP COLUMN closed_early, DROP COLUMN closed_on`);
  }
}
