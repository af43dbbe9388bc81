import { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS_BEFORE = `'ASSESSMENT_SUBMITTED', 'ASSESSMENT_RETURNED', 'ASSESSMENT_VALIDATED', 'CYCLE_CLOSING', 'COMMENT_FROM_ICS',
  'COMMENT_FROM_REVIEWER', 'RECORDING_ON_BEHALF_STARTED', 'ASSESSMENT_SUBMITTED_ON_BEHALF'`;

/**
 * The leads of a cycle's ICSs are told when its closing date changes and when it closes (docs/decisions/0023): two
 * more notification kinds. And a published cycle has closed: cycles published since migration 1764000000000 (the demo's
 * history, seeded after it) get the closing day it would have recorded.
 */
export class CycleNotices1764000200000 implements MigrationInterface {
  name = 'CycleNotices1764000200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await queryRunner.query(`ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN
      (${KINDS_BEFORE}, 'CYCLE_CLOSING_DATE_CHANGED', 'CYCLE_CLOSED'))`);
    await queryRunner.query(`UPDATE assessment_cycle SET closed_on = LEAST(closes_on, published_at::date) WHERE published_at IS NOT NULL AND closed_on IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM notification WHERE kind IN ('CYCLE_CLOSING_DATE_CHANGED', 'CYCLE_CLOSED')`);
    await queryRunner.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await queryRunner.query(`ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN (${KINDS_BEFORE}))`);
  }
}
