import { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS_BEFORE = `'ASSESSMENT_SUBMITTED', 'ASSESSMENT_RETURNED', 'ASSESSMENT_VALIDATED', 'CYCLE_CLOSING', 'COMMENT_FROM_ICS', 'COMMENT_FROM_REVIEWER'`;

/**
 * Notifications, put right:
 * - two more kinds, for the assisted route: an ICS's leads are told when a coach starts recording its draft on its
 *   behalf, and when the coach submits it;
 * - a person has at most one unread notification of each kind about each assessment (older unread duplicates are
 *   removed first, keeping the newest), so the same news is never listed twice, however requests race;
 * - the list is read newest first by when it happened (`created_at`), not by insertion order.
 */
export class AssistedRouteNotifications1763880000000 implements MigrationInterface {
  name = 'AssistedRouteNotifications1763880000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await queryRunner.query(`ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN
      (${KINDS_BEFORE}, 'RECORDING_ON_BEHALF_STARTED', 'ASSESSMENT_SUBMITTED_ON_BEHALF'))`);
    await queryRunner.query(`
      DELETE FROM notification n USING notification newer
      WHERE n.read_at IS NULL AND newer.read_at IS NULL AND n.recipient_user_id = newer.recipient_user_id
        AND n.kind = newer.kind AND n.assessment_id = newer.assessment_id AND n.id < newer.id`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX notification_one_unread_idx ON notification (recipient_user_id, kind, assessment_id) WHERE read_at IS NULL`);
    await queryRunner.query(`DROP INDEX notification_recipient_idx`);
    await queryRunner.query(`CREATE INDEX notification_recipient_idx ON notification (recipient_user_id, created_at DESC, id DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX notification_recipient_idx`);
    await queryRunner.query(`CREATE INDEX notification_recipient_idx ON notification (recipient_user_id, id DESC)`);
    await queryRunner.query(`DROP INDEX notification_one_unread_idx`);
    await queryRunner.query(`DELETE FROM notification WHERE kind IN ('RECORDING_ON_BEHALF_STARTED', 'ASSESSMENT_SUBMITTED_ON_BEHALF')`);
    await queryRunner.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await queryRunner.query(`ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN (${KINDS_BEFORE}))`);
  }
}
