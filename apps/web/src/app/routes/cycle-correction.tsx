import { useParams } from 'react-router';
import { CorrectionPage } from '../../features/sign-off/components/CorrectionPage';
import { RequireAccount } from '../require-account';

/** The admin corrects one ICS's published figures in a cycle (the API refuses anyone else). */
export function Component() {
  const { cycleId = '', systemId = '' } = useParams();
  return (
    <RequireAccount role="ADMIN" needs="Only admins correct an ICS's published figures.">
      {() => <CorrectionPage key={`${cycleId}/${systemId}`} cycleId={cycleId} systemId={systemId} />}
    </RequireAccount>
  );
}
