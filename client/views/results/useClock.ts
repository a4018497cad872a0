import { useEffect, useState } from 'preact/hooks';

/** Re-renders the component every `ms` while `active` (a running timer on screen), stopping when it unmounts. */
export function useClock(active: boolean, ms = 500): void {
  const [, setNow] = useState(0);
  useEffect(() => {
    if (!active) return;
    const id = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(id);
  }, [active, ms]);
}
