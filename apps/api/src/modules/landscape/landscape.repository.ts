import { AssessmentStatus, MaturityLevel } from '@idt/domain';
import { DomainTally } from '@idt/maturity';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { appendAuditEvent } from '../audit/audit-event';

/** The statuses whose answers count in a landscape: drafts are private and returned ones are being changed. */
export const LANDSCAPE_STATUSES: readonly AssessmentStatus[] = ['SUBMITTED', 'IN_REVIEW', 'VALIDATED'];

export interface LandscapeRow {
  readonly systemId: string;
  readonly name: string;
  readonly onsCode: string;
  readonly regionName: string;
  readonly status: AssessmentStatus;
  readonly sharesName: boolean;
  readonly tallies: readonly DomainTally[];
}

/**
 * A cycle's answers, aggregated in PostgreSQL to one row per ICS with a tally per domain (how many criteria were
 * scored from which source, and the sum of their levels): one statement, whatever the number of ICSs, and never
 * every answer into memory. The rule for a criterion's level is `scoreAssessment`'s: the coach's moderated level on a
 * validated assessment, else the self-assessed level; "not assessed" counted apart. A criterion's domain is its key's first
 * part (the framework validator guarantees `domain.criterion` keys).
 */
export const CYCLE_AGGREGATES_SQL = `SELECT s.id AS "systemId", s.name, s.ons_code AS "onsCode", rg.name AS "regionName", a.status,
    COALESCE(ps.share_name_with_peers, false) AS "sharesName",
    COALESCE((
      SELECT json_agg(json_build_object('domainKey', t.domain_key, 'moderated', t.moderated, 'selfScored', t.self_scored,
               'notAssessed', t.not_assessed, 'levelSum', t.level_sum))
      FROM (
        SELECT split_part(r.criterion_key, '.', 1) AS domain_key,
          count(*) FILTER (WHERE m.moderated)::int AS moderated,
          count(*) FILTER (WHERE NOT m.moderated AND NOT r.not_assessed AND r.self_level IS NOT NULL)::int AS self_scored,
          count(*) FILTER (WHERE NOT m.moderated AND r.not_assessed)::int AS not_assessed,
          COALESCE(sum(CASE WHEN m.moderated THEN r.moderated_level WHEN r.not_assessed THEN NULL ELSE r.self_level END), 0)::int AS level_sum
        FROM assessment_response r
        CROSS JOIN LATERAL (SELECT a.status = 'VALIDATED' AND r.moderated_level IS NOT NULL AS moderated) m
        WHERE r.assessment_id = a.id
        GROUP BY 1
      ) t
    ), '[]') AS tallies
  FROM assessment a
  JOIN system s ON s.id = a.system_id
  JOIN region rg ON rg.id = s.region_id
  LEFT JOIN peer_sharing ps ON ps.system_id = s.id
  WHERE a.cycle_id = $1 AND a.status = ANY($2::text[])
  ORDER BY s.name`;

/** Landscapes: cycles' aggregates, publishing, peer sharing, and an ICS's counted cycles. */
@Injectable()
export class LandscapeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async cycleAggregates(cycleId: string): Promise<LandscapeRow[]> {
    return this.dataSource.query(CYCLE_AGGREGATES_SQL, [cycleId, LANDSCAPE_STATUSES]);
  }

  async findCycle(cycleId: string): Promise<{ id: string; frameworkId: string; publishedAt: Date | null; illustrative: boolean } | null> {
    const [row] = await this.dataSource.query(
      `SELECT id, framework_id AS "frameworkId", published_at AS "publishedAt", illustrative FROM assessment_cycle WHERE id = $1`,
      [cycleId],
    );
    return row ?? null;
  }

  /** Publishes a cycle's landscape (once); returns false if it was already published. */
  async publish(cycleId: string, actorUserId: string, ip: string | null): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const [rows] = await tx.query(
        `UPDATE assessment_cycle SET published_at = now() WHERE id = $1 AND published_at IS NULL RETURNING id`,
        [cycleId],
      );
      if (rows.length === 0) return false;
      await appendAuditEvent(tx, {
        actorUserId,
        action: 'CYCLE_PUBLISHED',
        subjectType: 'assessment_cycle',
        subjectId: cycleId,
        after: { published: true },
        ip,
      });
      return true;
    });
  }

  /** Records an ICS's choice to be named to its peers, with its audit row. */
  async setPeerSharing(systemId: string, share: boolean, actor: { userId: string; ip: string | null }): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO peer_sharing (system_id, share_name_with_peers, updated_by) VALUES ($1, $2, $3)
         ON CONFLICT (system_id) DO UPDATE SET share_name_with_peers = EXCLUDED.share_name_with_peers, updated_at = now(), updated_by = EXCLUDED.updated_by`,
        [systemId, share, actor.userId],
      );
      await appendAuditEvent(tx, {
        actorUserId: actor.userId,
        action: 'PEER_SHARING_CHANGED',
        subjectType: 'peer_sharing',
        subjectId: systemId,
        after: { shareNameWithPeers: share },
        ip: actor.ip,
      });
    });
  }

  /** The cohorts each of these ICSs belongs to, by name (for movement by cohort). */
  async cohortMemberships(systemIds: readonly string[]): Promise<{ systemId: string; cohortName: string }[]> {
    if (systemIds.length === 0) return [];
    return this.dataSource.query(
      `SELECT m.system_id AS "systemId", c.name AS "cohortName" FROM cohort_member m JOIN cohort c ON c.id = m.cohort_id
       WHERE m.system_id = ANY($1::uuid[]) ORDER BY c.name`,
      [systemIds],
    );
  }

  /** The cycles in which this ICS has an assessment that counts, oldest first. */
  async cyclesWithCountedAssessment(systemId: string): Promise<string[]> {
    const rows = await this.dataSource.query(
      `SELECT c.id FROM assessment a JOIN assessment_cycle c ON c.id = a.cycle_id
       WHERE a.system_id = $1 AND a.status = ANY($2::text[]) ORDER BY c.opens_on, c.name`,
      [systemId, LANDSCAPE_STATUSES],
    );
    return rows.map((r: { id: string }) => r.id);
  }

  /** Per domain of one ICS's assessment in a cycle: answers with written evidence, with links, and not assessed. */
  async evidenceTallies(
    systemId: string,
    cycleId: string,
  ): Promise<{ domainKey: string; withEvidence: number; withLinks: number; notAssessed: number }[]> {
    return this.dataSource.query(
      `SELECT split_part(r.criterion_key, '.', 1) AS "domainKey",
         count(*) FILTER (WHERE btrim(r.evidence) <> '')::int AS "withEvidence",
         count(*) FILTER (WHERE cardinality(r.links) > 0)::int AS "withLinks",
         count(*) FILTER (WHERE r.not_assessed)::int AS "notAssessed"
       FROM assessment a JOIN assessment_response r ON r.assessment_id = a.id
       WHERE a.system_id = $1 AND a.cycle_id = $2
       GROUP BY 1`,
      [systemId, cycleId],
    );
  }

  /** The answers of this ICS's most recent validated assessment, for calibration (self against moderated). */
  async latestValidatedAnswers(systemId: string): Promise<{
    cycleName: string;
    frameworkId: string;
    answers: { criterionKey: string; selfLevel: MaturityLevel | null; notAssessed: boolean; moderatedLevel: MaturityLevel | null }[];
  } | null> {
    const [row] = await this.dataSource.query(
      `SELECT c.name AS "cycleName", c.framework_id AS "frameworkId",
         COALESCE((SELECT json_agg(json_build_object('criterionKey', r.criterion_key, 'selfLevel', r.self_level,
                    'notAssessed', r.not_assessed, 'moderatedLevel', r.moderated_level))
                   FROM assessment_response r WHERE r.assessment_id = a.id), '[]') AS answers
       FROM assessment a JOIN assessment_cycle c ON c.id = a.cycle_id
       WHERE a.system_id = $1 AND a.status = 'VALIDATED' ORDER BY c.opens_on DESC LIMIT 1`,
      [systemId],
    );
    return row ?? null;
  }
}
