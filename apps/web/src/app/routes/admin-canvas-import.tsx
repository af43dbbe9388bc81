import { ImportVersionPage } from '../../features/canvas-versions/components/ImportVersionPage';
import { RequireAccount } from '../require-account';

export function Component() {
  return (
    <RequireAccount role="ADMIN" needs="Only admins can see and change versions of the canvas.">
      {() => <ImportVersionPage />}
    </RequireAccount>
  );
}
