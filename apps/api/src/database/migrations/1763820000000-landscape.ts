import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the national landscape needs beyond assessments: whether a cycle's results are published (until then they are
 * provisional, so each ICS can check its own figures first), whether a cycle is illustrative demo data, and which
 * ICSs agree to be named to their peers.
 */
export class Landscape1763820000000 implements MigrationInterface {
  name = 'Landscape1763820000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE assessment_cycle ADD COLUMN published_at timestamptz`);
    await queryRunner.query(`ALTER TABLE assessment_cycle ADD COLUMN illustrative boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`
      CREATE TABLE peer_sharing (
        system_id uuid PRIMARY KEY REFERENCES integrated_care_system (id),
        share_name_with_peers boolean NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES user_account (id) ON DELETE SET NULL
      )`);
    // The landscape reads every answer of a cycle's assessments grouped by domain: one index walk per assessment.
    await queryRunner.query(`CREATE INDEX assessment_cycle_status_idx ON assessment (cycle_id, status)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX assessment_cycle_status_idx`);
    await queryRunner.query(`DROP TABLE peer_sharing`);
    await queryRunner.query(`ALTER TABLE assessment_cycle DROP COLUMN illustrative`);
    await queryRunner.query(`ALTER TABLE assessment_cycle DROP COLUMN published_at`);
  }
}
