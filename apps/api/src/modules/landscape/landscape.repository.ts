import { MaturityLevel } from '@idt/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { appendAuditEvent } from '../audit/audit-event';

/** Landscapes: publishing, peer sharing, cohorts for movement, and an ICS's evidence and calibration. */
@Injectable()
export class LandscapeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
