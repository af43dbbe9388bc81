import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A cohort member's projects: what an ICS works on in the programme (the Pioneers each made one care pathway more
 * accessible; Surrey Heartlands and North West London ran two). A project belongs to a membership, so it goes when
 * the ICS leaves the cohort.
 */
export class CohortMemberProjects1763900000001 implements MigrationInterface {
  name = 'CohortMemberProjects1763900000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE cohort_member_project (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cohort_id uuid NOT NULL,
        system_id uuid NOT NULL,
        name text NOT NULL CHECK (char_length(btrim(name)) BETWEEN 1 AND 200),
        pathway text NOT NULL DEFAULT '' CHECK (char_length(pathway) <= 200),
        description text NOT NULL DEFAULT '' CHECK (char_length(description) <= 2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (cohort_id, system_id) REFERENCES cohort_member (cohort_id, system_id) ON DELETE CASCADE,
        UNIQUE (cohort_id, system_id, name)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE cohort_member_project`);
  }
}
