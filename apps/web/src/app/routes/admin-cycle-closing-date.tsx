import { useParams } from 'react-router';
import { ChangeClosingDatePage } from '../../features/cycles/components/CyclePage';
import { RequireAccount } from '../require-account';

export function Component() {
  const { cycleId = '' } = useParams();
  return (
    <RequireAccount role="ADMIN" needs="Only admins can open and close assessment cycles.">
      {() => <ChangeClosingDatePage key={cycleId} cycleId={cycleId} />}
    </RequireAccount>
  );
}
