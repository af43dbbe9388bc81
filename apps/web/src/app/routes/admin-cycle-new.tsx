import { OpenCyclePage } from '../../features/cycles/components/OpenCyclePage';
import { RequireAccount } from '../require-account';

export function Component() {
  return (
    <RequireAccount role="ADMIN" needs="Only admins can open and close assessment cycles.">
      {() => <OpenCyclePage />}
    </RequireAccount>
  );
}
