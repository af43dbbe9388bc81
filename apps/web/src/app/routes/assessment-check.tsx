import { useParams } from 'react-router';
import { CheckAnswersPage } from '../../features/assessments/components/CheckAnswersPage';
import { RequireAccount } from '../require-account';

export function Component() {
  const { assessmentId = '' } = useParams();
  return <RequireAccount>{(account) => <CheckAnswersPage key={assessmentId} assessmentId={assessmentId} leadsSystems={account.leadsSystems} />}</RequireAccount>;
}
