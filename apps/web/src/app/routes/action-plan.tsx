import { useParams } from 'react-router';
import { ActionPlanPage } from '../../features/action-plan/components/ActionPlanPage';
import { RequireAccount } from '../require-account';

/** One ICS's action plan: its leads change it; its coaches, national viewers and admins read it (the API decides). */
export function Component() {
  const { systemId = '' } = useParams();
  return (
    <RequireAccount>
      {(account) => <ActionPlanPage key={systemId} systemId={systemId} canManage={account.leadsSystems.includes(systemId)} />}
    </RequireAccount>
  );
}
