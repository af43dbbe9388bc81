import { useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';

/**
 * Stops the person leaving a page while `unsaved` is true: a link to another page or the browser's back button is
 * held (the page shows why, and lets them stay or leave: see `blocker.state`), and closing or reloading the tab
 * asks the browser's own "Leave site?" question. `allowNext()` lets the page's own next navigation through (e.g.
 * "Save and continue" once everything is saved). A page whose address's query says what it shows (one domain of a
 * review, `?domain=`) says `pageIncludesQuery`: moving to another domain is leaving the page too.
 */
export function useLeaveGuard(unsaved: boolean, { pageIncludesQuery = false }: { pageIncludesQuery?: boolean } = {}) {
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
    const page = (location: { pathname: string; search: string }) => (pageIncludesQuery ? `${location.pathname}${location.search}` : location.pathname);
    return unsavedRef.current && page(currentLocation) !== page(nextLocation);
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
