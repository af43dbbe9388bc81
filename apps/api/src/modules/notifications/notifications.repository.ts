import { NotificationKind } from '@idt/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import { col, defineQuery, run, runOne } from '../../database/typed-sql';
import { NotificationEntity } from './notification.entity';

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

const NOTICE_SELECT = `
  SELECT a.id AS "assessmentId", s.id AS "systemId", s.name AS "systemName", c.name AS "cycleName",
    to_char(c.closes_on, 'YYYY-MM-DD') AS "closesOn"
  FROM assessment a JOIN system s ON s.id = a.system_id JOIN assessment_cycle c ON c.id = a.cycle_id`;

const NOTICE_COLUMNS = { assessmentId: col.uuid, systemId: col.uuid, systemName: col.text, cycleName: col.text, closesOn: col.text };

const ASSESSMENT_NOTICE = defineQuery<[assessmentId: string]>()({
  name: 'notifications.assessmentNotice',
  text: `${NOTICE_SELECT} WHERE a.id = $1`,
  columns: NOTICE_COLUMNS,
});

const UNSUBMITTED_CLOSING_BETWEEN = defineQuery<[from: string, to: string]>()({
  name: 'notifications.unsubmittedClosingBetween',
  text: `${NOTICE_SELECT}
         WHERE a.status IN ('DRAFT', 'RETURNED') AND c.closes_on BETWEEN $1::date AND $2::date AND NOT c.illustrative
           AND c.closed_on IS NULL
         ORDER BY c.closes_on, s.name`,
  columns: NOTICE_COLUMNS,
});

const COACHES_OF = defineQuery<[systemId: string]>()({
  name: 'notifications.coachesOf',
  text: `SELECT DISTINCT u.id AS "userId", u.email FROM role_grant g
         JOIN cohort_member m ON m.cohort_id = g.cohort_id JOIN user_account u ON u.id = g.user_id
         WHERE g.role = 'COACH' AND m.system_id = $1 ORDER BY u.email`,
  columns: { userId: col.uuid, email: col.text },
});

const LEADS_OF = defineQuery<[systemId: string]>()({
  name: 'notifications.leadsOf',
  text: `SELECT DISTINCT u.id AS "userId", u.email FROM role_grant g JOIN user_account u ON u.id = g.user_id
         WHERE g.role = 'ICS_LEAD' AND g.system_id = $1 ORDER BY u.email`,
  columns: { userId: col.uuid, email: col.text },
});

/** The leads of every ICS taking part in a cycle, each with its ICS's assessment in it. */
const CYCLE_LEADS = defineQuery<[cycleId: string]>()({
  name: 'notifications.cycleLeads',
  text: `SELECT DISTINCT u.id AS "userId", u.email, a.id AS "assessmentId", s.name AS "systemName"
         FROM assessment a JOIN system s ON s.id = a.system_id
         JOIN role_grant g ON g.role = 'ICS_LEAD' AND g.system_id = a.system_id JOIN user_account u ON u.id = g.user_id
         WHERE a.cycle_id = $1 ORDER BY s.name, u.email`,
  columns: { userId: col.uuid, email: col.text, assessmentId: col.uuid, systemName: col.text },
});

const ADMINS = defineQuery<[]>()({
  name: 'notifications.admins',
  text: `SELECT DISTINCT u.id AS "userId", u.email FROM role_grant g JOIN user_account u ON u.id = g.user_id
         WHERE g.role = 'ADMIN' ORDER BY u.email`,
  columns: { userId: col.uuid, email: col.text },
});

type NewNotificationColumns = [
  recipientUserIds: string[],
  kinds: NotificationKind[],
  assessmentIds: string[],
  messages: string[],
  dedupeKeys: (string | null)[],
];

const INSERT_NOTIFICATIONS = `
  INSERT INTO notification (recipient_user_id, kind, assessment_id, message, dedupe_key)
  SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[])`;
const CREATED_COLUMNS = { id: col.text, recipientUserId: col.uuid };

/** New notifications, leaving an unread one of the same kind (or the same dedupe key) alone. */
const CREATE_KEEPING_UNREAD = defineQuery<NewNotificationColumns>()({
  name: 'notifications.createKeepingUnread',
  text: `${INSERT_NOTIFICATIONS}
         ON CONFLICT DO NOTHING
         RETURNING id::text AS id, recipient_user_id AS "recipientUserId"`,
  columns: CREATED_COLUMNS,
});

/** New notifications, renewing an unread one of the same kind in place. */
const CREATE_REPLACING_UNREAD = defineQuery<NewNotificationColumns>()({
  name: 'notifications.createReplacingUnread',
  text: `${INSERT_NOTIFICATIONS}
         ON CONFLICT (recipient_user_id, kind, assessment_id) WHERE read_at IS NULL
         DO UPDATE SET message = EXCLUDED.message, created_at = EXCLUDED.created_at, emailed_at = NULL
         RETURNING id::text AS id, recipient_user_id AS "recipientUserId"`,
  columns: CREATED_COLUMNS,
});

const FOR_EMAIL = defineQuery<[id: string]>()({
  name: 'notifications.forEmail',
  text: `SELECT u.email, n.message, n.emailed_at AS "emailedAt"
         FROM notification n JOIN user_account u ON u.id = n.recipient_user_id WHERE n.id = $1`,
  columns: { email: col.text, message: col.text, emailedAt: col.timestamptz.orNull },
});

@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private notifications() {
    return this.dataSource.getRepository(NotificationEntity);
  }

  async assessmentNotice(assessmentId: string): Promise<AssessmentNotice | null> {
    return runOne(this.dataSource, ASSESSMENT_NOTICE, [assessmentId]);
  }

  /** The coaches of every cohort the ICS is in. */
  async coachesOf(systemId: string): Promise<Recipient[]> {
    return run(this.dataSource, COACHES_OF, [systemId]);
  }

  async leadsOf(systemId: string): Promise<Recipient[]> {
    return run(this.dataSource, LEADS_OF, [systemId]);
  }

  /** The leads of every ICS taking part in the cycle, with their ICS's assessment in it. */
  async cycleLeads(cycleId: string): Promise<(Recipient & { assessmentId: string; systemName: string })[]> {
    return run(this.dataSource, CYCLE_LEADS, [cycleId]);
  }

  /** Unsubmitted assessments (draft or returned) in cycles that close from `from` to `to` (ISO dates, inclusive). */
  /** Everyone who administers the programme. */
  async admins(): Promise<Recipient[]> {
    return run(this.dataSource, ADMINS, []);
  }

  async unsubmittedClosingBetween(from: string, to: string): Promise<AssessmentNotice[]> {
    return run(this.dataSource, UNSUBMITTED_CLOSING_BETWEEN, [from, to]);
  }

  /**
   * Creates the notifications; returns those created or renewed (to email). A person has at most one unread
   * notification of a kind about an assessment (a unique index): with `onUnread` 'keep', a new one is not created
   * while the older is unread (nor one whose dedupe key that person already has); with 'replace', the unread one is
   * renewed in place, saying the new news with the new time, so it is listed once, newest first, and emailed again.
   */
  async create(notifications: readonly NewNotification[], onUnread: 'keep' | 'replace'): Promise<{ id: string; recipientUserId: string }[]> {
    if (notifications.length === 0) return [];
    return run(this.dataSource, onUnread === 'keep' ? CREATE_KEEPING_UNREAD : CREATE_REPLACING_UNREAD, [
      notifications.map((n) => n.recipientUserId),
      notifications.map((n) => n.kind),
      notifications.map((n) => n.assessmentId),
      notifications.map((n) => n.message),
      notifications.map((n) => n.dedupeKey ?? null),
    ]);
  }

  /** What emailing one notification needs: where to, what it says, and whether it has gone already. */
  async forEmail(id: string): Promise<{ email: string; message: string; emailedAt: Date | null } | null> {
    return runOne(this.dataSource, FOR_EMAIL, [id]);
  }

  async markEmailed(id: string): Promise<void> {
    await this.notifications().update({ id }, { emailedAt: () => 'now()' });
  }

  async listFor(userId: string, limit: number): Promise<NotificationRecord[]> {
    const rows = await this.notifications().find({
      where: { recipientUserId: userId },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: limit,
    });
    return rows.map(({ id, kind, message, assessmentId, createdAt, readAt }) => ({ id, kind, message, assessmentId, createdAt, readAt }));
  }

  async unreadCount(userId: string): Promise<number> {
    return this.notifications().count({ where: { recipientUserId: userId, readAt: IsNull() } });
  }

  /** Marks these of the person's own notifications read (anyone else's ids are ignored); returns how many changed. */
  async markRead(userId: string, ids: readonly string[]): Promise<number> {
    if (ids.length === 0) return 0;
    const result = await this.notifications().update(
      { recipientUserId: userId, id: In([...ids]), readAt: IsNull() },
      { readAt: () => 'now()' },
    );
    return result.affected ?? 0;
  }
}
