import { useParams } from 'react-router';
import { VersionPage } from '../../features/canvas-versions/components/VersionPage';
import { RequireAccount } from '../require-account';

export function Component() {
  const { frameworkId = '' } = useParams();
  return (
    <RequireAccount role="ADMIN" needs="Only admins can see and change versions of the canvas.">
      {() => <VersionPage key={frameworkId} id={frameworkId} />}
    </RequireAccount>
  );
}
