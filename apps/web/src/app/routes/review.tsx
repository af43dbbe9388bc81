import { useParams, useSearchParams } from 'react-router';
import { ForbiddenPage } from '../../components/ErrorPages';
import { ReviewPage } from '../../features/review/components/ReviewPage';
import { RequireAccount } from '../require-account';
import { reviewsAllowed } from '../utils/navigation';

export function Component() {
  const { assessmentId = '' } = useParams();
  const [search] = useSearchParams();
  return (
    <RequireAccount>
      {(account) =>
        reviewsAllowed(account.roles) ? (
          <ReviewPage key={assessmentId} assessmentId={assessmentId} domainKey={search.get('domain')} />
        ) : (
          <ForbiddenPage who={account.label} needs="Only programme coaches and admins review submitted assessments." />
        )
      }
    </RequireAccount>
  );
}
