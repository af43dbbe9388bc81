import { useParams } from 'react-router';
import { PublishPage } from '../../features/sign-off/components/PublishPage';
import { RequireAccount } from '../require-account';

/** The confirmation before publishing a cycle's landscape. */
export function Component() {
  const { cycleId = '' } = useParams();
  return (
    <RequireAccount role="ADMIN" needs="Only admins publish a cycle's landscape.">
      {() => <PublishPage key={cycleId} cycleId={cycleId} />}
    </RequireAccount>
  );
}
