import { CanvasPrintPage } from '../../features/canvas-print/components/CanvasPrintPage';
import { RequireAccount } from '../require-account';

/** The published canvas as a paper form, for anyone signed in. */
export function Component() {
  return <RequireAccount>{() => <CanvasPrintPage />}</RequireAccount>;
}
