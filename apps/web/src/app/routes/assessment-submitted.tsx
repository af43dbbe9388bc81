import { useParams } from 'react-router';
import { SubmittedPage } from '../../features/assessments/components/SubmittedPage';
import { RequireAccount } from '../require-account';

export function Component() {
  const { assessmentId = '' } = useParams();
  return <RequireAccount>{(account) => <SubmittedPage key={assessmentId} assessmentId={assessmentId} leadsSystems={account.leadsSystems} />}</RequireAccount>;
}
