import { CanvasVersionsPage } from '../../features/canvas-versions/components/CanvasVersionsPage';
import { RequireAccount } from '../require-account';

export function Component() {
  return (
    <RequireAccount role="ADMIN" needs="Only admins can see and change versions of the canvas.">
      {() => <CanvasVersionsPage />}
    </RequireAccount>
  );
}
