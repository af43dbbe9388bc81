import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reading the audit trail (issue 13): the page lists events newest first, `(occurred_at, id)` descending, and pages by
 * keyset (the last row seen), so an index in that order serves the first page and the ten-thousandth alike; a second
 * one, led by the person, serves "what did this person do".
 *
 * And a database role for the app that cannot rewrite history: `idt_app` may read the trail and append to it, nothing
 * else (no UPDATE, DELETE, TRUNCATE, and as a non-owner no ALTER TABLE, so it cannot switch the append-only trigger
 * off either). The API still connects as the database owner today (issue 14 moves it onto this role); the role is
 * NOLOGIN here, and a test checks its limits with `SET ROLE idt_app`. Roles belong to the whole PostgreSQL cluster,
 * so it is created only when missing and is never dropped by `down` (another database may use it).
 */
export class AuditTrailReading1764000400000 implements MigrationInterface {
  name = 'AuditTrailReading1764000400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX audit_event_newest_first_idx ON audit_event (occurred_at DESC, id DESC)`);
    await queryRunner.query(
      `CREATE INDEX audit_event_actor_newest_first_idx ON audit_event (actor_user_id, occurred_at DESC, id DESC)`,
    );
    await queryRunner.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'idt_app') THEN CREATE ROLE idt_app NOLOGIN; END IF;
      END $$`);
    await queryRunner.query(`REVOKE ALL ON audit_event FROM idt_app`);
    await queryRunner.query(`GRANT SELECT, INSERT ON audit_event TO idt_app`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`REVOKE ALL ON audit_event FROM idt_app`);
    await queryRunner.query(`DROP INDEX audit_event_actor_newest_first_idx`);
    await queryRunner.query(`DROP INDEX audit_event_newest_first_idx`);
  }
}
