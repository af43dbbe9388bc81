import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { col, defineQuery, runOne } from '../../database/typed-sql';
import { AuditAction, appendAuditEvent, AuditEvent } from './audit-event';

const RECENT_FAILED_SIGN_INS = defineQuery<[email: string, ip: string | null, addressMinutes: number]>()({
  name: 'audit.recentFailedSignIns',
  // Each count is an index range (migration 1764001400000): the failures for this account (and from this address) in
  // the last day, this address's in its window, this account's in the last hour.
  text: `WITH account AS (
      SELECT ip, occurred_at FROM audit_event
      WHERE action = 'SIGN_IN_FAILED' AND subject_id = $1 AND occurred_at > now() - interval '1 day'
    ), pair AS (
      SELECT occurred_at FROM account WHERE ip IS NOT DISTINCT FROM $2
    )
    SELECT (SELECT count(*) FROM pair)::int AS account_and_address,
      (SELECT extract(epoch FROM now() - max(occurred_at)) / 60 FROM pair)::float8 AS minutes_since_account_and_address,
      (SELECT count(*) FROM account WHERE occurred_at > now() - interval '1 hour')::int AS account,
      (SELECT count(*) FROM audit_event WHERE action = 'SIGN_IN_FAILED' AND ip = $2
         AND occurred_at > now() - make_interval(mins => $3))::int AS address`,
  columns: {
    account_and_address: col.int,
    minutes_since_account_and_address: col.float.orNull,
    account: col.int,
    address: col.int,
  },
});

const RECENT_ABOUT_ACCOUNT = defineQuery<[action: AuditAction, userId: string, minutes: number]>()({
  name: 'audit.recentAboutAccount',
  text: `SELECT count(*)::int AS n FROM audit_event
    WHERE action = $1 AND subject_type = 'user_account' AND subject_id = $2 AND occurred_at > now() - make_interval(mins => $3)`,
  columns: { n: col.int },
});

@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  append(event: AuditEvent): Promise<void> {
    return appendAuditEvent(this.dataSource, event);
  }

  /** Recent failed sign-ins for this email address, from this address and both (see sign-in-throttle.ts). */
  async recentFailedSignIns(
    email: string,
    ip: string | null,
    addressMinutes: number,
  ): Promise<{ accountAndAddress: number; minutesSinceAccountAndAddress: number | null; account: number; address: number }> {
    const row = await runOne(this.dataSource, RECENT_FAILED_SIGN_INS, [email, ip, addressMinutes]);
    return {
      accountAndAddress: row?.account_and_address ?? 0,
      minutesSinceAccountAndAddress: row?.minutes_since_account_and_address ?? null,
      account: row?.account ?? 0,
      address: row?.address ?? 0,
    };
  }

  /**
   * How many `action` events about this account the audit trail has from the last `minutes`: what a limit on repeated
   * tries (wrong second-step codes, wrong current passwords) counts, the same on every replica.
   */
  async recentAboutAccount(action: AuditAction, userId: string, minutes: number): Promise<number> {
    return (await runOne(this.dataSource, RECENT_ABOUT_ACCOUNT, [action, userId, minutes]))?.n ?? 0;
  }
}
