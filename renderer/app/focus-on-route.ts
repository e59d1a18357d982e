// Keyboard and screen-reader users follow the focus: when the screen changes (a link, a
// grid row opened with Enter, sign-in), the focus moves to the new screen's heading
// instead of staying on an element that is gone (WCAG 2.4.3). Screens draw their
// heading once their data has come, so this waits for it a few seconds.
import { useEffect } from 'react';
import type { RefObject } from 'react';

const WAIT_MS = 5_000;

function focusHeading(main: HTMLElement): boolean {
  const heading = main.querySelector<HTMLElement>('h1');
  if (!heading) return false;
  // Someone already at work in the new screen keeps their place.
  const active = document.activeElement;
  if (active && active !== main && main.contains(active)) return true;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus();
  return true;
}

/** Moves the focus to the first <h1> inside `mainRef` each time `screenKey` changes. */
export function useFocusHeadingOnScreenChange(
  mainRef: RefObject<HTMLElement | null>,
  screenKey: string,
): void {
  useEffect(() => {
    const main = mainRef.current;
    if (!main || focusHeading(main)) return;
    const observer = new MutationObserver(() => {
      if (focusHeading(main)) stop();
    });
    const timer = setTimeout(() => stop(), WAIT_MS);
    function stop() {
      observer.disconnect();
      clearTimeout(timer);
    }
    observer.observe(main, { childList: true, subtree: true });
    return stop;
  }, [mainRef, screenKey]);
}

/** Skips to the main content without touching the location's hash (it holds the route). */
export function focusMain(main: HTMLElement | null): void {
  if (!main) return;
  main.focus();
  main.scrollIntoView({ block: 'start' });
}
