import { useParams } from 'react-router';
import { ProvisionalFiguresPage } from '../../features/sign-off/components/ProvisionalFiguresPage';
import { RequireAccount } from '../require-account';

/** An ICS lead checks their ICS's provisional figures in a closed cycle. */
export function Component() {
  const { cycleId = '' } = useParams();
  return (
    <RequireAccount role="ICS_LEAD" needs="Only an ICS's leads can check and confirm its figures.">
      {() => <ProvisionalFiguresPage key={cycleId} cycleId={cycleId} />}
    </RequireAccount>
  );
}
