import { useParams } from 'react-router';
import { CyclePage } from '../../features/cycles/components/CyclePage';
import { RequireAccount } from '../require-account';

export function Component() {
  const { cycleId = '' } = useParams();
  return (
    <RequireAccount role="ADMIN" needs="Only admins can open and close assessment cycles.">
      {() => <CyclePage key={cycleId} cycleId={cycleId} />}
    </RequireAccount>
  );
}
