import { useEffect, useState } from 'react';
import { Navigate, Outlet, ScrollRestoration, useLocation, useNavigate } from 'react-router';
import { Layout } from '../../components/Layout';
import { useSignOut } from '../../features/auth/api/sign-out';
import { useAccount } from '../../features/auth/hooks/use-account';
import { useCohorts } from '../../features/cohorts/api/get-cohorts';
import { useUnreadNotificationCount } from '../../features/notifications/api/get-unread-count';
import { signInPath } from '../../lib/return-to';
import { useRouteFocus } from '../use-route-focus';
import { currentState, navigationFor, needsCohortCount, notificationsLinkText } from '../utils/navigation';

const TWO_STEP_PATH = '/account/two-step';

/** The root route: the page frame with who is signed in and the navigation their roles open. */
export function AppLayout() {
  const state = useAccount();
  const location = useLocation();
  const navigate = useNavigate();
  const signOut = useSignOut({ leave: () => navigate('/sign-in') });
  useRouteFocus();

  // Two-step sign-in: someone whose role requires a second step they have not set up may only set it up.
  const enrolling = state.status === 'signed-in' && state.account.mustEnrolSecondStep;
  const roles = state.status === 'signed-in' && !enrolling ? state.account.roles : [];
  const countNeeded = needsCohortCount(roles);
  const cohorts = useCohorts({ enabled: countNeeded });
  const navigation = navigationFor(roles, countNeeded ? (cohorts.data?.length ?? null) : null).map((item) => ({
    ...item,
    current: currentState(item.href, location.pathname),
  }));
  const signedIn = state.status === 'signed-in';
  // Only the count, refetched when the window regains focus and whenever the notifications change.
  const unread = useUnreadNotificationCount({ enabled: signedIn && !enrolling });
  const notifications = signedIn && !enrolling
    ? { href: '/notifications', label: notificationsLinkText(unread.data), current: currentState('/notifications', location.pathname) }
    : null;
  const signInHref =
    location.pathname === '/sign-in' ? `/sign-in${location.search}` : signInPath(`${location.pathname}${location.search}`);

  // On the first load the frame is laid out (so the page's code and data start loading) but not shown until the
  // header knows who is signed in, which links they get and their unread count: otherwise it shows "Sign in" first
  // and then grows under the reader (layout shift). Once shown, it stays shown; and it is shown after 3 s whatever.
  const headerReady = state.status !== 'pending' && !(signedIn && !enrolling && unread.isPending) && !(countNeeded && cohorts.isPending);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (headerReady) setShown(true);
  }, [headerReady]);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), 3000);
    return () => clearTimeout(timer);
  }, []);

  return (
    <div className={shown || headerReady ? undefined : 'app-frame--pending'}>
      <Layout
        accountLabel={state.status === 'signed-in' ? state.account.label : null}
        navigation={navigation}
        notifications={notifications}
        signInHref={signInHref}
        onSignOut={() => {
          if (!signOut.isPending) signOut.mutate();
        }}
      >
        {signOut.isError ? (
          <div className="nhsuk-warning-callout" role="alert">
            <h2 className="nhsuk-warning-callout__label">
              <span role="text">
                <span className="nhsuk-u-visually-hidden">Important: </span>
                We could not sign you out
              </span>
            </h2>
            <p>{signOut.error.message}</p>
          </div>
        ) : null}
        {enrolling && location.pathname !== TWO_STEP_PATH ? (
          <Navigate replace to={`${TWO_STEP_PATH}?returnTo=${encodeURIComponent(`${location.pathname}${location.search}`)}`} />
        ) : (
          <Outlet />
        )}
        <ScrollRestoration />
      </Layout>
    </div>
  );
}
