import { useParams } from 'react-router';
import { CloseCyclePage } from '../../features/cycles/components/CyclePage';
import { RequireAccount } from '../require-account';

export function Component() {
  const { cycleId = '' } = useParams();
  return (
    <RequireAccount role="ADMIN" needs="Only admins can open and close assessment cycles.">
      {() => <CloseCyclePage key={cycleId} cycleId={cycleId} />}
    </RequireAccount>
  );
}
