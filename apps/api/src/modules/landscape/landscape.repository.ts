import { MaturityLevel } from '@idt/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { col, defineQuery, run, runOne } from '../../database/typed-sql';
import { appendAuditEvent } from '../audit/audit-event';
import { AcrossEverySystem } from '../../database/database-scope';

type CalibrationAnswer = { criterionKey: string; selfLevel: MaturityLevel | null; notAssessed: boolean; moderatedLevel: MaturityLevel | null };

const SET_PEER_SHARING = defineQuery<[systemId: string, share: boolean, userId: string]>()({
  name: 'landscape.setPeerSharing',
  text: `INSERT INTO peer_sharing (system_id, share_name_with_peers, updated_by) VALUES ($1::uuid, $2::boolean, $3::uuid)
         ON CONFLICT (system_id) DO UPDATE SET share_name_with_peers = EXCLUDED.share_name_with_peers, updated_at = now(), updated_by = EXCLUDED.updated_by`,
  columns: {},
});

const PEER_SHARING_FOR_UPDATE = defineQuery<[systemId: string]>()({
  name: 'landscape.peerSharingForUpdate',
  text: `SELECT share_name_with_peers AS share FROM peer_sharing WHERE system_id = $1::uuid FOR UPDATE`,
  columns: { share: col.bool },
});

const PEER_SHARING = defineQuery<[systemId: string]>()({
  name: 'landscape.peerSharing',
  text: `SELECT s.id AS "systemId", s.name AS "systemName", COALESCE(ps.share_name_with_peers, false) AS "shareNameWithPeers",
                ps.updated_at AS "updatedAt"
         FROM system s LEFT JOIN peer_sharing ps ON ps.system_id = s.id WHERE s.id = $1::uuid`,
  columns: { systemId: col.uuid, systemName: col.text, shareNameWithPeers: col.bool, updatedAt: col.timestamptz.orNull },
});

const COHORT_MEMBERSHIPS = defineQuery<[systemIds: readonly string[]]>()({
  name: 'landscape.cohortMemberships',
  text: `SELECT m.system_id AS "systemId", c.name AS "cohortName" FROM cohort_member m JOIN cohort c ON c.id = m.cohort_id
         WHERE m.system_id = ANY($1::uuid[]) ORDER BY c.name`,
  columns: { systemId: col.uuid, cohortName: col.text },
});

const EVIDENCE_TALLIES = defineQuery<[systemId: string, cycleId: string]>()({
  name: 'landscape.evidenceTallies',
  text: `SELECT split_part(r.criterion_key, '.', 1) AS "domainKey",
           count(*) FILTER (WHERE btrim(r.evidence) <> '')::int AS "withEvidence",
           count(*) FILTER (WHERE cardinality(r.links) > 0)::int AS "withLinks",
           count(*) FILTER (WHERE r.not_assessed)::int AS "notAssessed"
         FROM assessment a JOIN assessment_response r ON r.assessment_id = a.id
         WHERE a.system_id = $1::uuid AND a.cycle_id = $2::uuid
         GROUP BY 1`,
  columns: { domainKey: col.text, withEvidence: col.int, withLinks: col.int, notAssessed: col.int },
});

const LATEST_VALIDATED_ANSWERS = defineQuery<[systemId: string]>()({
  name: 'landscape.latestValidatedAnswers',
  text: `SELECT c.name AS "cycleName", c.framework_id AS "frameworkId",
           COALESCE((SELECT json_agg(json_build_object('criterionKey', r.criterion_key, 'selfLevel', r.self_level,
                      'notAssessed', r.not_assessed, 'moderatedLevel', r.moderated_level))
                     FROM assessment_response r WHERE r.assessment_id = a.id), '[]') AS answers
         FROM assessment a JOIN assessment_cycle c ON c.id = a.cycle_id
         WHERE a.system_id = $1::uuid AND a.status = 'VALIDATED' ORDER BY c.opens_on DESC LIMIT 1`,
  columns: { cycleName: col.text, frameworkId: col.uuid, answers: col.json<CalibrationAnswer[]>() },
});

/** Landscapes: publishing, peer sharing, cohorts for movement, and an ICS's evidence and calibration. */
// Over every ICS whoever asks, by design: its callers decide what a person is shown (row-level security, ADR 0034).
@AcrossEverySystem()
@Injectable()
export class LandscapeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** An ICS's choice to be named to its peers (no row: not named), with its name; null when there is no such ICS. */
  async peerSharing(systemId: string) {
    return runOne(this.dataSource, PEER_SHARING, [systemId]);
  }

  /**
   * Records an ICS's choice to be named to its peers, with its audit row (the choice before and after). The cache of
   * published answers follows through the table's trigger (migration 1763930000000).
   */
  async setPeerSharing(systemId: string, share: boolean, actor: { userId: string; ip: string | null }): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const [before] = await run(tx, PEER_SHARING_FOR_UPDATE, [systemId]);
      await run(tx, SET_PEER_SHARING, [systemId, share, actor.userId]);
      await appendAuditEvent(tx, {
        actorUserId: actor.userId,
        action: 'PEER_SHARING_CHANGED',
        subjectType: 'peer_sharing',
        subjectId: systemId,
        before: { shareNameWithPeers: before?.share ?? false },
        after: { shareNameWithPeers: share },
        ip: actor.ip,
      });
    });
  }

  /** The cohorts each of these ICSs belongs to, by name (for movement by cohort). */
  async cohortMemberships(systemIds: readonly string[]): Promise<{ systemId: string; cohortName: string }[]> {
    if (systemIds.length === 0) return [];
    return run(this.dataSource, COHORT_MEMBERSHIPS, [systemIds]);
  }

  /** Per domain of one ICS's assessment in a cycle: answers with written evidence, with links, and not assessed. */
  async evidenceTallies(
    systemId: string,
    cycleId: string,
  ): Promise<{ domainKey: string; withEvidence: number; withLinks: number; notAssessed: number }[]> {
    return run(this.dataSource, EVIDENCE_TALLIES, [systemId, cycleId]);
  }

  /** The answers of this ICS's most recent validated assessment, for calibration (self against moderated). */
  async latestValidatedAnswers(systemId: string): Promise<{ cycleName: string; frameworkId: string; answers: CalibrationAnswer[] } | null> {
    return runOne(this.dataSource, LATEST_VALIDATED_ANSWERS, [systemId]);
  }
}
