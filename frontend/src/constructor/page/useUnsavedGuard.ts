import { useEffect } from 'react';
import { useBlocker, type Blocker } from 'react-router-dom';

/**
 * useUnsavedGuard asks before unsaved changes are lost: leaving for another
 * page of the app is held by the router (the caller asks and proceeds or
 * resets the returned blocker); closing or reloading the tab gets the
 * browser's own question.
 */
export function useUnsavedGuard(dirty: boolean): Blocker {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);
  return blocker;
}
