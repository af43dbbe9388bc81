import { useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';

/**
 * Stops the person leaving a page while `unsaved` is true: a link to another page or the browser's back button is
 * held (the page shows why, and lets them stay or leave: see `blocker.state`), and closing or reloading the tab
 * asks the browser's own "Leave site?" question. `allowNext()` lets the page's own next navigation through (e.g.
 * "Save and continue" once everything is saved).
 */
export function useLeaveGuard(unsaved: boolean) {
  const unsavedRef = useRef(unsaved);
  const allowed = useRef(false);
  useEffect(() => {
    unsavedRef.current = unsaved;
  }, [unsaved]);

  const blocker = useBlocker(({ currentLocation, nextLocation }) => {
    if (allowed.current) {
      allowed.current = false;
      return false;
    }
    return unsavedRef.current && currentLocation.pathname !== nextLocation.pathname;
  });

  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers ask only when this is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  return {
    blocker,
    allowNext: () => {
      allowed.current = true;
    },
  };
}
