import { useEffect, useState } from 'preact/hooks';

/** Re-renders the component every `ms` (a timer on screen), stopping when it unmounts. */
export function useClock(ms = 500): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(id);
  }, [ms]);
  return now;
}
