import { NotificationKind } from '@idt/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface NotificationRecord {
  readonly id: string;
  readonly kind: NotificationKind;
  readonly message: string;
  readonly assessmentId: string | null;
  readonly createdAt: Date;
  readonly readAt: Date | null;
}

export interface Recipient {
  readonly userId: string;
  readonly email: string;
}

/** What a notification about one assessment needs to say. */
export interface AssessmentNotice {
  readonly assessmentId: string;
  readonly systemId: string;
  readonly systemName: string;
  readonly cycleName: string;
  readonly closesOn: string;
}

export interface NewNotification {
  readonly recipientUserId: string;
  readonly kind: NotificationKind;
  readonly assessmentId: string;
  readonly message: string;
  /** Set for a notification to send once only (a reminder): a second one with the same key is not created. */
  readonly dedupeKey?: string;
}

@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async assessmentNotice(assessmentId: string): Promise<AssessmentNotice | null> {
    const [row] = await this.dataSource.query(
      `SELECT a.id AS "assessmentId", s.id AS "systemId", s.name AS "systemName", c.name AS "cycleName",
         to_char(c.closes_on, 'YYYY-MM-DD') AS "closesOn"
       FROM assessment a JOIN system s ON s.id = a.system_id JOIN assessment_cycle c ON c.id = a.cycle_id
       WHERE a.id = $1`,
      [assessmentId],
    );
    return row ?? null;
  }

  /** The coaches of every cohort the ICS is in. */
  async coachesOf(systemId: string): Promise<Recipient[]> {
    return this.dataSource.query(
      `SELECT DISTINCT u.id AS "userId", u.email FROM role_grant g
       JOIN cohort_member m ON m.cohort_id = g.cohort_id JOIN user_account u ON u.id = g.user_id
       WHERE g.role = 'COACH' AND m.system_id = $1 ORDER BY u.email`,
      [systemId],
    );
  }

  async leadsOf(systemId: string): Promise<Recipient[]> {
    return this.dataSource.query(
      `SELECT DISTINCT u.id AS "userId", u.email FROM role_grant g JOIN user_account u ON u.id = g.user_id
       WHERE g.role = 'ICS_LEAD' AND g.system_id = $1 ORDER BY u.email`,
      [systemId],
    );
  }

  /** Unsubmitted assessments (draft or returned) in cycles that close from `from` to `to` (ISO dates, inclusive). */
  async unsubmittedClosingBetween(from: string, to: string): Promise<AssessmentNotice[]> {
    return this.dataSource.query(
      `SELECT a.id AS "assessmentId", s.id AS "systemId", s.name AS "systemName", c.name AS "cycleName",
         to_char(c.closes_on, 'YYYY-MM-DD') AS "closesOn"
       FROM assessment a JOIN system s ON s.id = a.system_id JOIN assessment_cycle c ON c.id = a.cycle_id
       WHERE a.status IN ('DRAFT', 'RETURNED') AND c.closes_on BETWEEN $1::date AND $2::date AND NOT c.illustrative
       ORDER BY c.closes_on, s.name`,
      [from, to],
    );
  }

  /**
   * Creates the notifications; returns those created or renewed (to email). A person has at most one unread
   * notification of a kind about an assessment (a unique index): with `onUnread` 'keep', a new one is not created
   * while the older is unread (nor one whose dedupe key that person already has); with 'replace', the unread one is
   * renewed in place, saying the new news with the new time, so it is listed once, newest first, and emailed again.
   */
  async create(notifications: readonly NewNotification[], onUnread: 'keep' | 'replace'): Promise<{ id: string; recipientUserId: string }[]> {
    if (notifications.length === 0) return [];
    const onConflict =
      onUnread === 'keep'
        ? 'ON CONFLICT DO NOTHING'
        : `ON CONFLICT (recipient_user_id, kind, assessment_id) WHERE read_at IS NULL
           DO UPDATE SET message = EXCLUDED.message, created_at = EXCLUDED.created_at, emailed_at = NULL`;
    return this.dataSource.query(
      `INSERT INTO notification (recipient_user_id, kind, assessment_id, message, dedupe_key)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[])
       ${onConflict}
       RETURNING id::text AS id, recipient_user_id AS "recipientUserId"`,
      [
        notifications.map((n) => n.recipientUserId),
        notifications.map((n) => n.kind),
        notifications.map((n) => n.assessmentId),
        notifications.map((n) => n.message),
        notifications.map((n) => n.dedupeKey ?? null),
      ],
    );
  }

  /** What emailing one notification needs: where to, what it says, and whether it has gone already. */
  async forEmail(id: string): Promise<{ email: string; message: string; emailedAt: Date | null } | null> {
    const [row] = await this.dataSource.query(
      `SELECT u.email, n.message, n.emailed_at AS "emailedAt" FROM notification n JOIN user_account u ON u.id = n.recipient_user_id WHERE n.id = $1`,
      [id],
    );
    return row ?? null;
  }

  async markEmailed(id: string): Promise<void> {
    await this.dataSource.query(`UPDATE notification SET emailed_at = now() WHERE id = $1`, [id]);
  }

  async listFor(userId: string, limit: number): Promise<NotificationRecord[]> {
    return this.dataSource.query(
      `SELECT id::text AS id, kind, message, assessment_id AS "assessmentId", created_at AS "createdAt", read_at AS "readAt"
       FROM notification WHERE recipient_user_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2`,
      [userId, limit],
    );
  }

  async unreadCount(userId: string): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE recipient_user_id = $1 AND read_at IS NULL`, [
      userId,
    ]);
    return row.n;
  }

  /** Marks these of the person's own notifications read (anyone else's ids are ignored); returns how many changed. */
  async markRead(userId: string, ids: readonly string[]): Promise<number> {
    const [rows] = await this.dataSource.query(
      `UPDATE notification SET read_at = now() WHERE recipient_user_id = $1 AND id = ANY($2::bigint[]) AND read_at IS NULL RETURNING id`,
      [userId, ids],
    );
    return rows.length;
  }
}
