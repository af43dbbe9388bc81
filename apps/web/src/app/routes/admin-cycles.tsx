import { CyclesPage } from '../../features/cycles/components/CyclesPage';
import { RequireAccount } from '../require-account';

export function Component() {
  return (
    <RequireAccount role="ADMIN" needs="Only admins can open and close assessment cycles.">
      {() => <CyclesPage />}
    </RequireAccount>
  );
}
