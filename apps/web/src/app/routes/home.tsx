import { useLocation } from 'react-router';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { QueryError } from '../../components/QueryError';
import { useAccount } from '../../features/auth/hooks/use-account';
import { RoleHome } from '../../features/home/components/RoleHome';
import { VisitorHome } from '../../features/home/components/VisitorHome';
import { signInPath } from '../../lib/return-to';

/** `/`: a visitor learns what the service is; someone signed in sees what to do next, for each of their roles. */
export function HomeRoute() {
  const state = useAccount();
  const location = useLocation();
  switch (state.status) {
    case 'pending':
      return <Loading what="your home page" />;
    case 'error':
      return (
        <>
          <PageHeading>Sorry, there is a problem</PageHeading>
          <QueryError error={state.error} what="your account" onRetry={state.retry} />
        </>
      );
    case 'signed-out':
      return <VisitorHome signInHref={signInPath(location.pathname)} />;
    case 'signed-in':
      return <RoleHome name={state.account.name} roles={state.account.roles} />;
  }
}
