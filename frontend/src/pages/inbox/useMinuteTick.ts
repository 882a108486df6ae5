import { useEffect, useState } from 'react';

/** useMinuteTick re-renders the caller every minute, so "5 minutes ago" stays true. */
export function useMinuteTick(): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), 60_000);
    return () => clearInterval(timer);
  }, []);
  return tick;
}
