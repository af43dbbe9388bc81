import { MigrationInterface, QueryRunner } from 'typeorm';

/** Two more notification kinds: a comment in a review thread, from the ICS (to its reviewers) or from a reviewer. */
export class CommentNotifications1763850000000 implements MigrationInterface {
  name = 'CommentNotifications1763850000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await queryRunner.query(`ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN
      ('ASSESSMENT_SUBMITTED', 'ASSESSMENT_RETURNED', 'ASSESSMENT_VALIDATED', 'CYCLE_CLOSING', 'COMMENT_FROM_ICS', 'COMMENT_FROM_REVIEWER'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM notification WHERE kind IN ('COMMENT_FROM_ICS', 'COMMENT_FROM_REVIEWER')`);
    await queryRunner.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await queryRunner.query(`ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN
      ('ASSESSMENT_SUBMITTED', 'ASSESSMENT_RETURNED', 'ASSESSMENT_VALIDATED', 'CYCLE_CLOSING'))`);
  }
}
