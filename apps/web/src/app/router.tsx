import { createBrowserRouter } from 'react-router';
import { NotFoundPage } from '../components/ErrorPages';
import { HomeRoute } from './routes/home';
import { AppLayout } from './routes/root';
import { FirstLoad, RouteErrorPage } from './routes/route-error';

/**
 * Every page. The home page is in the first bundle; every other page loads its code when first visited
 * (`lazy`), so the first page stays small (`npm run build` prints its size against the budget).
 */
export function createAppRouter() {
  return createBrowserRouter([
    {
      Component: AppLayout,
      HydrateFallback: FirstLoad,
      ErrorBoundary: RouteErrorPage,
      children: [
        {
          // Errors below the frame are shown inside it, with the header and navigation still there.
          ErrorBoundary: RouteErrorPage,
          children: [
            { index: true, Component: HomeRoute },
            { path: 'systems', lazy: () => import('./routes/systems') },
            { path: 'sign-in', lazy: () => import('./routes/sign-in') },
            // passwords and sessions (ADR 0031)
            { path: 'forgot-password', lazy: () => import('./routes/forgot-password') },
            { path: 'reset-password/:token', lazy: () => import('./routes/reset-password') },
            { path: 'account', lazy: () => import('./routes/account') },
            { path: 'account/password', lazy: () => import('./routes/account-password') },
            { path: 'invitation/:token', lazy: () => import('./routes/invitation') },
            { path: 'sign-in/second-step', lazy: () => import('./routes/sign-in-second-step') },
            { path: 'account/two-step', lazy: () => import('./routes/account-two-step') },
            { path: 'cohorts', lazy: () => import('./routes/cohorts') },
            { path: 'cohorts/:cohortId', lazy: () => import('./routes/cohort') },
            { path: 'cohorts/:cohortId/overview', lazy: () => import('./routes/cohort-overview') },
            { path: 'cohorts/:cohortId/learning-programme', lazy: () => import('./routes/learning-programme') },
            { path: 'reviews', lazy: () => import('./routes/reviews') },
            { path: 'reviews/:assessmentId', lazy: () => import('./routes/review') },
            { path: 'notifications', lazy: () => import('./routes/notifications') },
            { path: 'canvas/print', lazy: () => import('./routes/canvas-print') },
            { path: 'landscape', lazy: () => import('./routes/landscape') },
            { path: 'landscape/crosswalk', lazy: () => import('./routes/landscape-crosswalk') },
            { path: 'systems/:systemId/profile', lazy: () => import('./routes/system-profile') },
            { path: 'systems/:systemId/action-plan', lazy: () => import('./routes/action-plan') },
            { path: 'systems/:systemId/sharing', lazy: () => import('./routes/system-sharing') },
            { path: 'admin/audit', lazy: () => import('./routes/admin-audit') },
            { path: 'assessments', lazy: () => import('./routes/assessments') },
            { path: 'assessments/:assessmentId', lazy: () => import('./routes/assessment') },
            { path: 'assessments/:assessmentId/domains/:domainKey', lazy: () => import('./routes/assessment-domain') },
            { path: 'assessments/:assessmentId/check', lazy: () => import('./routes/assessment-check') },
            { path: 'assessments/:assessmentId/submitted', lazy: () => import('./routes/assessment-submitted') },
            { path: 'cycles/:cycleId/figures', lazy: () => import('./routes/cycle-figures') },
            { path: 'cycles/:cycleId/sign-off', lazy: () => import('./routes/cycle-sign-off') },
            { path: 'cycles/:cycleId/publish', lazy: () => import('./routes/cycle-publish') },
            { path: 'cycles/:cycleId/corrections/:systemId', lazy: () => import('./routes/cycle-correction') },
            { path: 'admin/users', lazy: () => import('./routes/admin-users') },
            { path: 'admin/users/:userId', lazy: () => import('./routes/admin-user') },
            { path: 'admin/canvas', lazy: () => import('./routes/admin-canvas') },
            { path: 'admin/canvas/import', lazy: () => import('./routes/admin-canvas-import') },
            { path: 'admin/canvas/:frameworkId', lazy: () => import('./routes/admin-canvas-version') },
            { path: 'admin/canvas/:frameworkId/publish', lazy: () => import('./routes/admin-canvas-publish') },
            { path: 'admin/canvas/:frameworkId/preview', lazy: () => import('./routes/admin-canvas-preview') },
            { path: 'admin/canvas/:frameworkId/preview/form/*', lazy: () => import('./routes/admin-canvas-preview-form') },
            { path: 'admin/cycles', lazy: () => import('./routes/admin-cycles') },
            { path: 'admin/cycles/new', lazy: () => import('./routes/admin-cycle-new') },
            { path: 'admin/cycles/:cycleId', lazy: () => import('./routes/admin-cycle') },
            { path: 'admin/cycles/:cycleId/closing-date', lazy: () => import('./routes/admin-cycle-closing-date') },
            { path: 'admin/cycles/:cycleId/close', lazy: () => import('./routes/admin-cycle-close') },
            { path: '*', Component: NotFoundPage },
          ],
        },
      ],
    },
  ]);
}
