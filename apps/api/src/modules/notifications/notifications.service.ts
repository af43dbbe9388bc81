import { CLOSING_REMINDER_DAYS, cycleNoticeMessage, notificationMessage, NotificationKind, Transition } from '@idt/domain';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { BadUserInputError } from '../../common/app-error';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { Caller } from '../auth/current-user.decorator';
import { JobsService } from '../jobs/jobs.service';
import { EMAIL_SENDER, EmailSender } from './email-sender';
import { AssessmentNotice, NewNotification, NotificationRecord, NotificationsRepository, Recipient } from './notifications.repository';

const HOUR_MS = 3_600_000;
/** Every hour, on the hour: reminders go out within an hour of a cycle coming within a week of closing. */
const REMINDER_CRON = '0 * * * *';
const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Who acted: they are never told of their own action. */
export interface NoticeActor {
  readonly id: string;
  readonly name: string;
}

/**
 * Which workflow changes tell whom: a submission its coaches, a return or validation its ICS leads. (A submission by
 * someone other than the ICS's own leads, a coach on the assisted route, is told to its leads too.)
 */
const TRANSITION_NOTICES: Partial<Record<Transition, { kind: NotificationKind; to: 'coaches' | 'leads' }>> = {
  SUBMIT: { kind: 'ASSESSMENT_SUBMITTED', to: 'coaches' },
  RETURN: { kind: 'ASSESSMENT_RETURNED', to: 'leads' },
  VALIDATE: { kind: 'ASSESSMENT_VALIDATED', to: 'leads' },
};

/**
 * Notifications: in the app always, and by email too when a sender is configured. Emails and the hourly closing
 * reminders are jobs on the PostgreSQL-backed queue, so a failed email is tried again (with backoff) and survives a
 * restart. A notification is a courtesy: if one cannot be created or emailed, the change that caused it still stands.
 */
@Injectable()
export class NotificationsService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Notifications');

  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly jobs: JobsService,
    @Inject(EMAIL_SENDER) private readonly email: EmailSender | null,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.email) await this.jobs.work<{ notificationId: string }>('notification-email', (job) => this.sendEmail(job.notificationId));
    if (this.config.closingReminders) {
      await this.jobs.work('closing-reminders', async () => void (await this.remindClosingCycles()));
      await this.jobs.schedule('closing-reminders', REMINDER_CRON);
      // And once now, rather than waiting for the hour.
      await this.jobs.send('closing-reminders', {}, { singletonKey: 'closing-reminders', retryLimit: 0 });
    }
  }

  /** After an assessment changed status: tells whoever needs to act next (never the person who changed it). Never throws. */
  async assessmentTransitioned(assessmentId: string, transition: Transition, actor: NoticeActor): Promise<void> {
    const notice = TRANSITION_NOTICES[transition];
    if (!notice) return;
    try {
      const facts = await this.notifications.assessmentNotice(assessmentId);
      if (!facts) return;
      await this.notify(await this.recipients(notice.to, facts.systemId), notice.kind, facts, { actor });
      if (transition === 'SUBMIT') {
        const leads = await this.notifications.leadsOf(facts.systemId);
        // Submitted on the ICS's behalf: its leads hear it from the service, not only from the coach.
        if (!leads.some((lead) => lead.userId === actor.id)) await this.notify(leads, 'ASSESSMENT_SUBMITTED_ON_BEHALF', facts, { actor });
      }
    } catch (error) {
      this.logger.error(`Could not notify about ${transition} of assessment ${assessmentId}: ${String(error)}`);
    }
  }

  /**
   * The assisted route: a coach has started recording the ICS's draft on its behalf, and can now read it. Its leads
   * are told at once (in the app, and by email when email is on). Never throws.
   */
  async recordingOnBehalfStarted(assessmentId: string, actor: NoticeActor): Promise<void> {
    try {
      const facts = await this.notifications.assessmentNotice(assessmentId);
      if (!facts) return;
      await this.notify(await this.notifications.leadsOf(facts.systemId), 'RECORDING_ON_BEHALF_STARTED', facts, { actor });
    } catch (error) {
      this.logger.error(`Could not notify about recording assessment ${assessmentId} on the ICS's behalf: ${String(error)}`);
    }
  }

  /**
   * After a comment in a review thread: tells the other side (the ICS's coaches, or its leads) — once until they have
   * read it, however many comments follow, so a review of many criteria is one notification, not dozens. Never throws.
   */
  async commentAdded(assessmentId: string, side: 'ICS' | 'REVIEWER', actor: NoticeActor): Promise<void> {
    try {
      const facts = await this.notifications.assessmentNotice(assessmentId);
      if (!facts) return;
      const kind = side === 'ICS' ? 'COMMENT_FROM_ICS' : 'COMMENT_FROM_REVIEWER';
      await this.notify(await this.recipients(side === 'ICS' ? 'coaches' : 'leads', facts.systemId), kind, facts, { actor, onUnread: 'keep' });
    } catch (error) {
      this.logger.error(`Could not notify about a comment on assessment ${assessmentId}: ${String(error)}`);
    }
  }

  /**
   * A cycle's closing date changed, or it closed: the leads of every ICS taking part are told (in the app, and by email
   * when email is on), in the words of `cycleNoticeMessage`, about their ICS's assessment in it. Never throws.
   */
  async cycleChanged(
    cycleId: string,
    kind: 'CYCLE_CLOSING_DATE_CHANGED' | 'CYCLE_CLOSED',
    facts: { cycleName: string; closesOn: string; previousClosesOn?: string; actorUserId: string },
  ): Promise<number> {
    try {
      const rows: NewNotification[] = (await this.notifications.cycleLeads(cycleId))
        .filter((lead) => lead.userId !== facts.actorUserId)
        .map((lead) => ({
          recipientUserId: lead.userId,
          kind,
          assessmentId: lead.assessmentId,
          message: cycleNoticeMessage(kind, { ...facts, systemName: lead.systemName }),
        }));
      const created = await this.notifications.create(rows, 'replace');
      if (this.email) for (const row of created) await this.jobs.send('notification-email', { notificationId: row.id });
      return created.length;
    } catch (error) {
      this.logger.error(`Could not tell the leads of cycle ${cycleId} about ${kind}: ${String(error)}`);
      return 0;
    }
  }

  /**
   * A cycle's sign-off, publishing or correction (docs/decisions/0023): tells each ICS's leads, or its reviewers (its
   * coaches and the admins), the message given, about that ICS's assessment in the cycle (never the person who acted).
   * Never throws: the change stands whether or not anyone could be told.
   */
  async cycleNotices(
    kind: Extract<NotificationKind, 'CYCLE_PUBLISHED' | 'SIGN_OFF_QUERIED' | 'FIGURES_REVISED'>,
    notices: readonly { readonly assessmentId: string; readonly systemId: string; readonly to: 'leads' | 'reviewers'; readonly message: string }[],
    actor: NoticeActor,
  ): Promise<number> {
    let created = 0;
    for (const notice of notices) {
      try {
        const recipients =
          notice.to === 'leads'
            ? await this.notifications.leadsOf(notice.systemId)
            : [...(await this.notifications.coachesOf(notice.systemId)), ...(await this.notifications.admins())];
        const unique = [...new Map(recipients.filter((r) => r.userId !== actor.id).map((r) => [r.userId, r])).values()];
        const rows = unique.map((r) => ({ recipientUserId: r.userId, kind, assessmentId: notice.assessmentId, message: notice.message }));
        const made = await this.notifications.create(rows, 'replace');
        if (this.email) for (const row of made) await this.jobs.send('notification-email', { notificationId: row.id });
        created += made.length;
      } catch (error) {
        this.logger.error(`Could not notify about ${kind} for assessment ${notice.assessmentId}: ${String(error)}`);
      }
    }
    return created;
  }

  /**
   * Reminds the ICS leads of every unsubmitted assessment whose cycle closes within CLOSING_REMINDER_DAYS of `now`,
   * once per person per assessment however often it runs. Returns how many reminders were created.
   */
  async remindClosingCycles(now: Date = new Date()): Promise<number> {
    const until = new Date(now.getTime() + CLOSING_REMINDER_DAYS * 24 * HOUR_MS);
    let created = 0;
    for (const facts of await this.notifications.unsubmittedClosingBetween(isoDay(now), isoDay(until))) {
      const leads = await this.notifications.leadsOf(facts.systemId);
      created += await this.notify(leads, 'CYCLE_CLOSING', facts, { dedupeKey: `closing:${facts.assessmentId}`, onUnread: 'keep' });
    }
    return created;
  }

  async list(caller: Caller, limit: number): Promise<{ unreadCount: number; items: NotificationRecord[] }> {
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new BadUserInputError('Ask for 1 to 100 notifications.', 'first');
    const [items, unreadCount] = await Promise.all([this.notifications.listFor(caller.user.id, limit), this.notifications.unreadCount(caller.user.id)]);
    return { unreadCount, items };
  }

  /** Marks the caller's own notifications read; ids that are not theirs change nothing. */
  async markRead(caller: Caller, ids: readonly string[]): Promise<number> {
    if (ids.length > 100) throw new BadUserInputError('Mark at most 100 notifications at once.', 'ids');
    if (ids.some((id) => !/^[1-9]\d{0,17}$/.test(id))) throw new BadUserInputError('That is not a notification id.', 'ids');
    return this.notifications.markRead(caller.user.id, ids);
  }

  /** The ICS's coaches (of every cohort it is in), or its leads. */
  private recipients(who: 'coaches' | 'leads', systemId: string): Promise<Recipient[]> {
    return who === 'coaches' ? this.notifications.coachesOf(systemId) : this.notifications.leadsOf(systemId);
  }

  /**
   * Tells these people (never `actor`, who knows what they did). A person has one unread notification of a kind about
   * an assessment at most: by default a newer one renews it (newest first, emailed again); with `onUnread` 'keep' the
   * unread one stands and nothing new is sent. Returns how many were created or renewed.
   */
  private async notify(
    recipients: readonly Recipient[],
    kind: NotificationKind,
    facts: AssessmentNotice,
    options: { actor?: NoticeActor; dedupeKey?: string; onUnread?: 'keep' | 'replace' } = {},
  ): Promise<number> {
    const { actor, dedupeKey, onUnread = 'replace' } = options;
    const message = notificationMessage(kind, {
      ...facts,
      closesOn: longDate.format(new Date(`${facts.closesOn}T00:00:00Z`)),
      actorName: actor?.name ?? null,
    });
    const rows: NewNotification[] = recipients
      .filter((r) => r.userId !== actor?.id)
      .map((r) => ({ recipientUserId: r.userId, kind, assessmentId: facts.assessmentId, message, dedupeKey }));
    const created = await this.notifications.create(rows, onUnread);
    if (this.email) for (const row of created) await this.jobs.send('notification-email', { notificationId: row.id });
    return created.length;
  }

  /** The job: emails one notification, once (a retry after success sends nothing). Throws to be tried again. */
  private async sendEmail(notificationId: string): Promise<void> {
    const notification = await this.notifications.forEmail(notificationId);
    if (!notification || notification.emailedAt || !this.email) return;
    try {
      await this.email.send({
        to: notification.email,
        subject: notification.message,
        text: `${notification.message}\n\nSee your notifications in IDT Canvas: ${this.config.publicUrl}/notifications\n`,
      });
    } catch (error) {
      this.logger.warn(`Could not email notification ${notificationId} (it will be tried again): ${String(error)}`);
      throw error;
    }
    await this.notifications.markEmailed(notificationId);
  }
}
