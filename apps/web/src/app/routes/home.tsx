import { useLocation } from 'react-router';
import { RoleHome } from '../../features/home/components/RoleHome';
import { FiguresToCheck } from '../../features/sign-off/components/FiguresToCheck';
import { OpenQueries } from '../../features/sign-off/components/OpenQueries';
import { VisitorHome } from '../../features/home/components/VisitorHome';
import { signInPath } from '../../lib/return-to';
import { AccountGate } from '../account-gate';

/** `/`: a visitor learns what the service is; someone signed in sees what to do next, for each of their roles. */
export function HomeRoute() {
  const location = useLocation();
  return (
    <AccountGate
      loading="your home page"
      signedOut={() => <VisitorHome signInHref={signInPath(location.pathname)} />}
      signedIn={(account) => (
        <RoleHome
          name={account.name}
          roles={account.roles}
          first={
            <>
              {account.roles.includes('ICS_LEAD') ? <FiguresToCheck /> : null}
              {account.roles.includes('COACH') ? <OpenQueries /> : null}
            </>
          }
        />
      )}
    />
  );
}
