import type { ReactNode } from 'react';
import type { useLeaveGuard } from '../lib/use-leave-guard';
import { ConfirmPanel } from './ConfirmPanel';

/**
 * Shown while leaving the page is held by `useLeaveGuard` because something typed is not saved: stay (focus goes to
 * `focusOnStay`, or the page's heading) or leave without saving.
 */
export function LeaveWarning({
  guard,
  children,
  focusOnStay,
}: {
  guard: ReturnType<typeof useLeaveGuard>;
  children: ReactNode;
  focusOnStay?: () => HTMLElement | null;
}) {
  if (guard.blocker.state !== 'blocked') return null;
  return (
    <ConfirmPanel
      heading="Your changes are not saved"
      confirm="Stay on this page"
      cancel="Leave without saving"
      onConfirm={() => {
        guard.blocker.reset?.();
        (focusOnStay?.() ?? document.querySelector<HTMLElement>('#maincontent h1'))?.focus();
      }}
      onCancel={() => guard.blocker.proceed?.()}
      testId="leave-warning"
    >
      {children}
    </ConfirmPanel>
  );
}
