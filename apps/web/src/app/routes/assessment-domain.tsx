import { useParams, useSearchParams } from 'react-router';
import { DomainPage } from '../../features/assessments/components/DomainPage';
import { RequireAccount } from '../require-account';

export function Component() {
  const { assessmentId = '', domainKey = '' } = useParams();
  const [searchParams] = useSearchParams();
  return (
    <RequireAccount>
      {(account) => (
        <DomainPage
          key={`${assessmentId}/${domainKey}`}
          assessmentId={assessmentId}
          domainKey={domainKey}
          cameFromCheck={searchParams.get('from') === 'check'}
          leadsSystems={account.leadsSystems}
        />
      )}
    </RequireAccount>
  );
}
