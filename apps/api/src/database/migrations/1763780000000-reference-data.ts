import { MigrationInterface, QueryRunner } from 'typeorm';
import { REGIONS_2022, SYSTEMS_2022 } from './frozen/ics-2022';

/**
 * The NHS England regions and the 42 ICSs (July 2022 boundaries, April 2023 ONS codes), from `ics-2022.csv` as it was
 * when this migration was released, frozen beside it in `frozen/ics-2022.ts` (it no longer reads the live file).
 */
export class ReferenceData1763780000000 implements MigrationInterface {
  name = 'ReferenceData1763780000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE region (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ods_code varchar(3) NOT NULL UNIQUE,
        ons_code varchar(9) NOT NULL UNIQUE,
        name text NOT NULL UNIQUE
      )`);
    await queryRunner.query(`
      CREATE TABLE integrated_care_system (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ons_code varchar(9) NOT NULL UNIQUE,
        ods_code varchar(3) NOT NULL UNIQUE,
        name text NOT NULL UNIQUE,
        region_id uuid NOT NULL REFERENCES region (id)
      )`);
    await queryRunner.query(`CREATE INDEX integrated_care_system_region_id_idx ON integrated_care_system (region_id)`);

    const regions = REGIONS_2022;
    const systems = SYSTEMS_2022;
    await queryRunner.query(
      `INSERT INTO region (ods_code, ons_code, name)
       SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::text[])`,
      [regions.map((r) => r.odsCode), regions.map((r) => r.onsCode), regions.map((r) => r.name)],
    );
    await queryRunner.query(
      `INSERT INTO integrated_care_system (ons_code, ods_code, name, region_id)
       SELECT s.ons_code, s.ods_code, s.name, r.id
       FROM unnest($1::varchar[], $2::varchar[], $3::text[], $4::varchar[]) AS s (ons_code, ods_code, name, region_ods_code)
       JOIN region r ON r.ods_code = s.region_ods_code`,
      [
        systems.map((s) => s.onsCode),
        systems.map((s) => s.odsCode),
        systems.map((s) => s.name),
        systems.map((s) => s.regionOdsCode),
      ],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE integrated_care_system`);
    await queryRunner.query(`DROP TABLE region`);
  }
}
