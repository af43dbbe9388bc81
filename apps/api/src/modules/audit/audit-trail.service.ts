import { isCycleDate } from '@idt/domain';
import { Injectable } from '@nestjs/common';
import { BadUserInputError, requireUuid } from '../../common/app-error';
import { Caller } from '../auth/current-user.decorator';
import { requirePermission } from '../auth/require-permission';
import { AuditCursor, AuditRow, AuditRowFilter, AuditTrailRepository } from './audit-trail.repository';
import { AUDIT_ACTION_WORDS, AUDIT_ACTIONS, AUDIT_SUBJECT_WORDS, describeAuditEvent, isAuditAction } from './audit-words';
import { AuditEventFilterInput, AuditEventModel, AuditEventPageModel, AuditEventsCsvModel } from './models/audit-trail.model';

/** Events on one page: 50 unless asked, at most 200. */
export const AUDIT_PAGE_SIZE = { default: 50, max: 200 } as const;
/** Events in one CSV file, newest first; more than that and the file says so (narrow the dates). */
export const AUDIT_CSV_MAX_ROWS = 10_000;
const CSV_CHUNK = 1_000;

/**
 * The audit trail, read: admins and national viewers (`can(actor, 'read', { kind: 'audit-trail' })`), newest first,
 * paged by keyset. Nobody changes it: the table refuses UPDATE, DELETE and TRUNCATE, and the app's role (`idt_app`)
 * may only read it and append to it.
 */
@Injectable()
export class AuditTrailService {
  constructor(private readonly trail: AuditTrailRepository) {}

  async page(caller: Caller, filterInput: AuditEventFilterInput | null | undefined, after: string | null | undefined, first: number | null | undefined): Promise<AuditEventPageModel> {
    requirePermission(caller.actor, 'read', { kind: 'audit-trail' });
    const filter = checkFilter(filterInput);
    const cursor = after === null || after === undefined ? null : decodeCursor(after);
    const size = first ?? AUDIT_PAGE_SIZE.default;
    if (!Number.isInteger(size) || size < 1 || size > AUDIT_PAGE_SIZE.max) {
      throw new BadUserInputError(`Ask for between 1 and ${AUDIT_PAGE_SIZE.max} events at a time.`, 'first');
    }
    const [rows, people] = await Promise.all([this.trail.page(filter, cursor, size + 1), this.trail.people()]);
    const shown = rows.slice(0, size);
    const last = shown[shown.length - 1];
    const hasNextPage = rows.length > size;
    return {
      events: shown.map(toModel),
      endCursor: hasNextPage && last ? encodeCursor(last) : null,
      hasNextPage,
      kinds: AUDIT_ACTIONS.map((action) => ({ action, description: AUDIT_ACTION_WORDS[action] })),
      people,
    };
  }

  /** The filtered events as CSV (at most AUDIT_CSV_MAX_ROWS, newest first), read page by page along the same index. */
  async csv(caller: Caller, filterInput: AuditEventFilterInput | null | undefined): Promise<AuditEventsCsvModel> {
    requirePermission(caller.actor, 'read', { kind: 'audit-trail' });
    const filter = checkFilter(filterInput);
    const lines = [CSV_HEADER.map(csvCell).join(',')];
    let cursor: AuditCursor | null = null;
    let truncated = false;
    for (;;) {
      const rows = await this.trail.page(filter, cursor, CSV_CHUNK);
      for (const row of rows) {
        if (lines.length > AUDIT_CSV_MAX_ROWS) {
          truncated = true;
          break;
        }
        lines.push(csvRow(toModel(row)).map(csvCell).join(','));
      }
      const last = rows[rows.length - 1];
      if (truncated || rows.length < CSV_CHUNK || !last) break;
      cursor = { occurredAt: last.cursorAt, id: last.id };
    }
    return { csv: lines.join('\r\n') + '\r\n', rows: lines.length - 1, truncated };
  }
}

function toModel(row: AuditRow): AuditEventModel {
  return {
    id: row.id,
    occurredAt: row.occurredAt,
    actorUserId: row.actorUserId,
    actorName: row.actorName,
    action: row.action,
    description: describeAuditEvent(row.action, row.after, row.systemName, row.before),
    subjectKind: (AUDIT_SUBJECT_WORDS as Readonly<Record<string, string>>)[row.subjectType] ?? 'Other',
    subjectName: row.subjectName,
    systemId: row.systemId,
    systemName: row.systemName,
  };
}

/** Checks every filter field strictly; the first problem is refused with its field, before anything is read. */
export function checkFilter(input: AuditEventFilterInput | null | undefined): AuditRowFilter {
  const actorUserId = input?.actorUserId ? requireUuid(input.actorUserId, 'filter.actorUserId') : null;
  const systemId = input?.systemId ? requireUuid(input.systemId, 'filter.systemId') : null;
  const actions = input?.actions && input.actions.length > 0 ? input.actions : null;
  actions?.forEach((action, index) => {
    if (!isAuditAction(action)) throw new BadUserInputError('Choose a kind of event from the list.', `filter.actions[${index}]`);
  });
  const day = (value: string | null | undefined, field: 'from' | 'to') => {
    if (value === null || value === undefined || value === '') return null;
    if (!isCycleDate(value)) throw new BadUserInputError(`The "${field}" date must be a real date written as YYYY-MM-DD.`, `filter.${field}`);
    return value;
  };
  const from = day(input?.from, 'from');
  const to = day(input?.to, 'to');
  if (from && to && from > to) throw new BadUserInputError('The "to" date must be the same as or after the "from" date.', 'filter.to');
  return { actorUserId, systemId, actions, from, to };
}

/** A cursor names the last event of a page (its exact time and id); to clients it is an opaque word. */
export function encodeCursor(row: { cursorAt: string; id: string }): string {
  return Buffer.from(JSON.stringify([row.cursorAt, row.id])).toString('base64url');
}

const CURSOR_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

export function decodeCursor(cursor: string): AuditCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (
    Array.isArray(parsed) &&
    parsed.length === 2 &&
    typeof parsed[0] === 'string' &&
    CURSOR_TIME.test(parsed[0]) &&
    !Number.isNaN(Date.parse(parsed[0])) &&
    typeof parsed[1] === 'string' &&
    /^[1-9]\d{0,17}$/.test(parsed[1])
  ) {
    return { occurredAt: parsed[0], id: parsed[1] };
  }
  throw new BadUserInputError('That page of the audit trail does not exist: start again from the first page.', 'after');
}

const CSV_HEADER = ['When (UTC)', 'Who', 'What happened', 'Kind of thing', 'What it was done to', 'ICS'];

const csvRow = (e: AuditEventModel) => [
  e.occurredAt.toISOString(),
  e.actorName ?? 'Nobody signed in',
  e.description,
  e.subjectKind,
  e.subjectName ?? '',
  e.systemName ?? '',
];

/** RFC 4180, and a cell that a spreadsheet would run as a formula is kept as text (an apostrophe first). */
function csvCell(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}
