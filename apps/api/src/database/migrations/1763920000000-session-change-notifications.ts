import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every API replica keeps the sessions it has checked in memory (docs/decisions/0017-sessions-from-memory.md). Any
 * change that ends or alters a signed-in person's session, whichever code path or tool makes it, tells every replica
 * in the same transaction: `pg_notify('idt_session_changed', <user id>)`, delivered on commit and not at all on
 * rollback; 'all' when a table is truncated. Touching `last_seen_at` changes nothing a replica keeps, so it is silent.
 *
 * What the session carries: the account (`user_account`), the live session (`user_session`), the person's roles
 * (`role_grant`) and, for a coach, the ICSs of the cohorts they coach (`cohort_member`).
 */
export class SessionChangeNotifications1763920000000 implements MigrationInterface {
  name = 'SessionChangeNotifications1763920000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // One function per table shape: PL/pgSQL resolves OLD.x and NEW.x against the table's own columns.
    await queryRunner.query(`
      CREATE FUNCTION notify_session_changed_session() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          IF NEW.revoked_at IS NOT DISTINCT FROM OLD.revoked_at AND NEW.expires_at = OLD.expires_at
             AND NEW.user_id = OLD.user_id AND NEW.token_hash = OLD.token_hash THEN
            RETURN NULL;
          END IF;
          PERFORM pg_notify('idt_session_changed', NEW.user_id::text);
        END IF;
        PERFORM pg_notify('idt_session_changed', OLD.user_id::text);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION notify_session_changed_account() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('idt_session_changed', OLD.id::text);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION notify_session_changed_grant() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM pg_notify('idt_session_changed', OLD.user_id::text); END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM pg_notify('idt_session_changed', NEW.user_id::text); END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION notify_session_changed_cohort_member() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          PERFORM pg_notify('idt_session_changed', g.user_id::text) FROM role_grant g
          WHERE g.role = 'COACH' AND g.cohort_id = OLD.cohort_id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          PERFORM pg_notify('idt_session_changed', g.user_id::text) FROM role_grant g
          WHERE g.role = 'COACH' AND g.cohort_id = NEW.cohort_id;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION notify_session_changed_all() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('idt_session_changed', 'all');
        RETURN NULL;
      END $$`);
    // user_session: a new session is in no replica's memory yet, so only updates and deletes tell.
    await queryRunner.query(`
      CREATE TRIGGER user_session_changed AFTER UPDATE OR DELETE ON user_session
      FOR EACH ROW EXECUTE FUNCTION notify_session_changed_session()`);
    await queryRunner.query(`
      CREATE TRIGGER user_account_changed AFTER UPDATE OR DELETE ON user_account
      FOR EACH ROW EXECUTE FUNCTION notify_session_changed_account()`);
    await queryRunner.query(`
      CREATE TRIGGER role_grant_changed AFTER INSERT OR UPDATE OR DELETE ON role_grant
      FOR EACH ROW EXECUTE FUNCTION notify_session_changed_grant()`);
    await queryRunner.query(`
      CREATE TRIGGER cohort_member_changed AFTER INSERT OR UPDATE OR DELETE ON cohort_member
      FOR EACH ROW EXECUTE FUNCTION notify_session_changed_cohort_member()`);
    for (const table of ['user_session', 'user_account', 'role_grant', 'cohort_member']) {
      await queryRunner.query(`
        CREATE TRIGGER ${table}_truncated AFTER TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION notify_session_changed_all()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['user_session', 'user_account', 'role_grant', 'cohort_member']) {
      await queryRunner.query(`DROP TRIGGER ${table}_truncated ON ${table}`);
    }
    await queryRunner.query(`DROP TRIGGER cohort_member_changed ON cohort_member`);
    await queryRunner.query(`DROP TRIGGER role_grant_changed ON role_grant`);
    await queryRunner.query(`DROP TRIGGER user_account_changed ON user_account`);
    await queryRunner.query(`DROP TRIGGER user_session_changed ON user_session`);
    await queryRunner.query(`DROP FUNCTION notify_session_changed_all()`);
    await queryRunner.query(`DROP FUNCTION notify_session_changed_cohort_member()`);
    await queryRunner.query(`DROP FUNCTION notify_session_changed_grant()`);
    await queryRunner.query(`DROP FUNCTION notify_session_changed_account()`);
    await queryRunner.query(`DROP FUNCTION notify_session_changed_session()`);
  }
}
