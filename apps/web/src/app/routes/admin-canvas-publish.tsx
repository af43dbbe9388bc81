import { useParams } from 'react-router';
import { PublishVersionPage } from '../../features/canvas-versions/components/PublishVersionPage';
import { RequireAccount } from '../require-account';

export function Component() {
  const { frameworkId = '' } = useParams();
  return (
    <RequireAccount role="ADMIN" needs="Only admins can see and change versions of the canvas.">
      {() => <PublishVersionPage key={frameworkId} id={frameworkId} />}
    </RequireAccount>
  );
}
