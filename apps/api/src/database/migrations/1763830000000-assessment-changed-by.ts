import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who made an assessment's current version. A save sent as a page closes may follow one of the same person's saves
 * that is still under way; it is accepted on top of that save's version only if that person made it (see
 * SaveAnswersInput.followsOwnSave), never on top of someone else's.
 */
export class AssessmentChangedBy1763830000000 implements MigrationInterface {
  name = 'AssessmentChangedBy1763830000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE assessment ADD COLUMN updated_by uuid REFERENCES user_account (id) ON DELETE SET NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE assessment DROP COLUMN updated_by`);
  }
}
