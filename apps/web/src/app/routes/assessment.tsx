import { useParams } from 'react-router';
import { AssessmentPage } from '../../features/assessments/components/AssessmentPage';
import { RequireAccount } from '../require-account';

export function Component() {
  const { assessmentId = '' } = useParams();
  return <RequireAccount>{(account) => <AssessmentPage key={assessmentId} assessmentId={assessmentId} leadsSystems={account.leadsSystems} />}</RequireAccount>;
}
