import { ForbiddenPage } from '../../components/ErrorPages';
import { ReviewQueuePage } from '../../features/review/components/ReviewQueuePage';
import { RequireAccount } from '../require-account';
import { reviewsAllowed } from '../utils/navigation';

export function Component() {
  return (
    <RequireAccount>
      {(account) =>
        reviewsAllowed(account.roles) ? (
          <ReviewQueuePage />
        ) : (
          <ForbiddenPage who={account.label} needs="Only programme coaches and admins review submitted assessments." />
        )
      }
    </RequireAccount>
  );
}
