import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { col, defineQuery, run } from '../../database/typed-sql';
import { AcrossEverySystem } from '../../database/database-scope';

const SYSTEMS_ON_LANDSCAPE = defineQuery<[cycleId: string]>()({
  name: 'newestLandscape.systemsOnLandscape',
  text: `SELECT a.system_id AS "systemId", COALESCE(ps.share_name_with_peers, false) AS "sharesName"
         FROM assessment a LEFT JOIN peer_sharing ps ON ps.system_id = a.system_id
         WHERE a.cycle_id = $1 AND assessment_status_counts(a.status)`,
  columns: { systemId: col.uuid, sharesName: col.bool },
});

/** Who is on a cycle's landscape, and whether each chose to be named: what decides whether someone sees anyone there. */
// Over every ICS whoever asks, by design: its callers decide what a person is shown (row-level security, ADR 0034).
@AcrossEverySystem()
@Injectable()
export class NewestLandscapeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async systemsOnLandscape(cycleId: string): Promise<{ systemId: string; sharesName: boolean }[]> {
    return run(this.dataSource, SYSTEMS_ON_LANDSCAPE, [cycleId]);
  }
}
