import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { col, defineQuery, runOne } from '../../database/typed-sql';
import { appendAuditEvent, AuditEvent } from './audit-event';

const RECENT_FAILED_SIGN_INS = defineQuery<[email: string, ip: string | null, minutes: number]>()({
  name: 'audit.recentFailedSignIns',
  text: `SELECT count(*) FILTER (WHERE subject_id = $1)::int AS for_email,
                count(*) FILTER (WHERE ip = $2)::int AS from_ip
         FROM audit_event
         WHERE action = 'SIGN_IN_FAILED' AND occurred_at > now() - make_interval(mins => $3)`,
  columns: { for_email: col.int, from_ip: col.int },
});

@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  append(event: AuditEvent): Promise<void> {
    return appendAuditEvent(this.dataSource, event);
  }

  /** Failed sign-ins in the last `minutes`, for this email address and from this IP address. */
  async recentFailedSignIns(email: string, ip: string | null, minutes: number): Promise<{ forEmail: number; fromIp: number }> {
    const row = await runOne(this.dataSource, RECENT_FAILED_SIGN_INS, [email, ip, minutes]);
    return { forEmail: row?.for_email ?? 0, fromIp: row?.from_ip ?? 0 };
  }
}
