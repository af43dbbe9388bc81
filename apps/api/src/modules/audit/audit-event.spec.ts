import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { auditEventInsert, auditWord } from './audit-event';

const src = join(__dirname, '..', '..');

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return typeScriptFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('the audit trail insert', () => {
  const fields = { actorUserId: 'a', action: 'b', subjectType: 'c', subjectId: 'd', before: 'e', after: 'f', ip: 'g' };

  it('pairs each field with its column, from parameters or from a row source', () => {
    expect(auditEventInsert(fields)).toBe(
      'INSERT INTO audit_event (actor_user_id, action, subject_type, subject_id, before, after, ip) VALUES (a, b, c, d, e, f, g)',
    );
    expect(auditEventInsert({ ...fields, action: auditWord('RESPONSE_CHANGED') }, 'src AS e')).toBe(
      "INSERT INTO audit_event (actor_user_id, action, subject_type, subject_id, before, after, ip) SELECT a, 'RESPONSE_CHANGED', c, d, e, f, g FROM src AS e",
    );
  });

  it('is written in the audit module only (migrations aside)', () => {
    const writers = typeScriptFiles(src)
      .map((path) => relative(src, path).split(sep).join('/'))
      .filter((name) => !name.startsWith('database/migrations/'))
      .filter((name) => /INSERT\s+INTO\s+audit_event\b/i.test(readFileSync(join(src, name), 'utf8')));
    expect(writers).toEqual(['modules/audit/audit-event.ts']);
  });
});
