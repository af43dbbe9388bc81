import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { col, defineQuery, run } from '../../database/typed-sql';

/** A subject id that is a UUID, as one (failed sign-ins keep the email address typed). */
const subjectUuid = (e: string) =>
  `CASE WHEN ${e}.subject_id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN ${e}.subject_id::uuid END`;

/**
 * One page of the trail, newest first, after the keyset cursor `($6, $7)`: `(occurred_at, id) < cursor` is an index
 * condition on `audit_event_newest_first_idx`, so the last page costs what the first does. The first page passes
 * ('infinity', max id). The filters are optional (null: any); days are UK days. Only the page's rows are named. An
 * event's ICS is `audit_event.system_id`, worked out when it was appended (`audit_event_system_of`, migration
 * 1764000600000). Two statements, one per `systemCondition`: every ICS (`$2` is null), or one ICS (`system_id = $2`,
 * an index range on `audit_event_system_newest_first_idx`). Not one statement with "$2 IS NULL OR …": a prepared
 * statement's generic plan cannot use an index for a condition that a parameter may switch off.
 */
const pageText = (systemCondition: string) => `WITH page AS (
           SELECT e.* FROM audit_event e
           WHERE (e.occurred_at, e.id) < ($6::timestamptz, $7::bigint)
             AND ($1::uuid IS NULL OR e.actor_user_id = $1::uuid)
             AND ($3::text[] IS NULL OR e.action = ANY($3::text[]))
             AND ($4::date IS NULL OR e.occurred_at >= ($4::date::timestamp AT TIME ZONE 'Europe/London'))
             AND ($5::date IS NULL OR e.occurred_at < (($5::date + 1)::timestamp AT TIME ZONE 'Europe/London'))
             AND ${systemCondition}
           ORDER BY e.occurred_at DESC, e.id DESC
           LIMIT $8
         )
         SELECT p.id::text AS id, p.occurred_at AS "occurredAt",
                to_char(p.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt",
                p.actor_user_id AS "actorUserId", actor.name AS "actorName", p.action, p.subject_type AS "subjectType",
                p.before, p.after, s.id AS "systemId", s.name AS "systemName",
                CASE p.subject_type
                  WHEN 'assessment' THEN (SELECT sa.name || '’s assessment for ' || c.name FROM assessment a
                                          JOIN assessment_cycle c ON c.id = a.cycle_id
                                          JOIN system sa ON sa.id = a.system_id WHERE a.id = p.sid)
                  WHEN 'assessment_cycle' THEN (SELECT c.name FROM assessment_cycle c WHERE c.id = p.sid)
                  WHEN 'peer_sharing' THEN s.name
                  WHEN 'action_plan_item' THEN s.name || '’s action plan'
                  WHEN 'user_account' THEN COALESCE((SELECT u.name FROM user_account u WHERE u.id = p.sid), p.subject_id)
                  WHEN 'user_session' THEN (SELECT u.name FROM user_session us JOIN user_account u ON u.id = us.user_id
                                            WHERE us.id = p.sid)
                  WHEN 'role_grant' THEN (SELECT u.name FROM user_account u
                                          WHERE u.id::text = COALESCE(p.after->>'userId', p.before->>'userId'))
                  WHEN 'cohort' THEN (SELECT co.name FROM cohort co WHERE co.id = p.sid)
                  WHEN 'learning_programme' THEN (SELECT co.name || ', ' || c.name FROM learning_programme lp
                                                  JOIN cohort co ON co.id = lp.cohort_id
                                                  JOIN assessment_cycle c ON c.id = lp.cycle_id WHERE lp.id = p.sid)
                  WHEN 'canvas_framework' THEN (SELECT f.title || ', version ' || f.version FROM canvas_framework f
                                                WHERE f.id = p.sid)
                END AS "subjectName"
         FROM (SELECT page.*, ${subjectUuid('page')} AS sid FROM page) p
         LEFT JOIN user_account actor ON actor.id = p.actor_user_id
         LEFT JOIN system s ON s.id = p.system_id
         ORDER BY p.occurred_at DESC, p.id DESC`;

const PAGE_COLUMNS = {
  id: col.text,
  occurredAt: col.timestamptz,
  cursorAt: col.text,
  actorUserId: col.uuid.orNull,
  actorName: col.text.orNull,
  action: col.text,
  subjectType: col.text,
  before: col.json<unknown>().orNull,
  after: col.json<unknown>().orNull,
  systemId: col.uuid.orNull,
  systemName: col.text.orNull,
  subjectName: col.text.orNull,
};

type AuditPageParameters<S> = [
  actorUserId: string | null,
  systemId: S,
  actions: readonly string[] | null,
  from: string | null,
  to: string | null,
  cursorAt: string,
  cursorId: string,
  limit: number,
];

/** A page of every ICS's events ($2 is null and unused, so both statements take the same parameters). */
const AUDIT_PAGE = defineQuery<AuditPageParameters<null>>()({ name: 'audit.page', text: pageText('$2::uuid IS NULL'), columns: PAGE_COLUMNS });

/** A page of one ICS's events. */
const AUDIT_PAGE_OF_SYSTEM = defineQuery<AuditPageParameters<string>>()({
  name: 'audit.pageOfSystem',
  text: pageText('e.system_id = $2::uuid'),
  columns: PAGE_COLUMNS,
});

const PEOPLE = defineQuery()({
  name: 'audit.people',
  text: `SELECT id, name FROM user_account ORDER BY name, email`,
  columns: { id: col.uuid, name: col.text },
});

export interface AuditRowFilter {
  readonly actorUserId: string | null;
  readonly systemId: string | null;
  readonly actions: readonly string[] | null;
  readonly from: string | null;
  readonly to: string | null;
}

/** Where a page starts: after this event (exclusive); `null` for the newest. */
export interface AuditCursor {
  readonly occurredAt: string;
  readonly id: string;
}

export type AuditRow = Awaited<ReturnType<AuditTrailRepository['page']>>[number];

/** Reads the audit trail (appending is `appendAuditEvent`'s job). */
@Injectable()
export class AuditTrailRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  page(filter: AuditRowFilter, after: AuditCursor | null, limit: number) {
    const rest = [filter.actions, filter.from, filter.to, after?.occurredAt ?? 'infinity', after?.id ?? '9223372036854775807', limit] as const;
    return filter.systemId === null
      ? run(this.dataSource, AUDIT_PAGE, [filter.actorUserId, null, ...rest])
      : run(this.dataSource, AUDIT_PAGE_OF_SYSTEM, [filter.actorUserId, filter.systemId, ...rest]);
  }

  people(): Promise<{ id: string; name: string }[]> {
    return run(this.dataSource, PEOPLE);
  }
}
