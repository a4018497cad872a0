import { signal } from '@preact/signals';

// One polite live region for the whole app: views announce what changed out of sight
// ("Orders sent", "Offer accepted by Meta") without moving focus.

const message = signal('');
let clearTimer: ReturnType<typeof setTimeout> | null = null;

export function announce(text: string): void {
  // Re-announcing the same words needs a change in the region's text.
  message.value = '';
  if (clearTimer) clearTimeout(clearTimer);
  queueMicrotask(() => {
    message.value = text;
  });
  clearTimer = setTimeout(() => {
    message.value = '';
  }, 8000);
}

export function LiveRegion() {
  return (
    <div class="sr-only" role="status" aria-live="polite" id="live-region">
      {message.value}
    </div>
  );
}
