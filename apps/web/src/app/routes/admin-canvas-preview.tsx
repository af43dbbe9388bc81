import { useParams } from 'react-router';
import { PaperForm } from '../../features/canvas-print/components/CanvasPrintPage';
import '../../features/canvas-print/components/canvas-print.css';
import { PreviewVersionPage } from '../../features/canvas-versions/components/PreviewVersionPage';
import { RequireAccount } from '../require-account';

/** A canvas version before it is published, as the printed canvas: the same form, composed here. */
export function Component() {
  const { frameworkId = '' } = useParams();
  return (
    <RequireAccount role="ADMIN" needs="Only admins can see and change versions of the canvas.">
      {() => <PreviewVersionPage key={frameworkId} id={frameworkId} form={(framework) => <PaperForm framework={framework} />} />}
    </RequireAccount>
  );
}
