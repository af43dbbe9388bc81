import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * At most one draft of the canvas at a time: a new version starts as a copy of the latest published one, or is
 * imported over the draft there is, so two admins cannot prepare two different next versions.
 */
export class OneCanvasDraft1764000100000 implements MigrationInterface {
  name = 'OneCanvasDraft1764000100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE UNIQUE INDEX canvas_framework_one_draft ON canvas_framework (key) WHERE status = 'DRAFT'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX canvas_framework_one_draft`);
  }
}
