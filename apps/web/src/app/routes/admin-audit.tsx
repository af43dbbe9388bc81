import { ForbiddenPage } from '../../components/ErrorPages';
import { AuditPage } from '../../features/audit/components/AuditPage';
import { RequireAccount } from '../require-account';

const NEEDS = 'Only admins and national viewers can read the audit trail.';

/** The audit trail: admins and national viewers read it (the API decides; this spares others a page of errors). */
export function Component() {
  return (
    <RequireAccount needs={NEEDS}>
      {(account) =>
        account.roles.includes('ADMIN') || account.roles.includes('NATIONAL') ? <AuditPage /> : <ForbiddenPage who={account.label} needs={NEEDS} />
      }
    </RequireAccount>
  );
}
