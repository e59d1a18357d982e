// Whether every chart inside `root` has been drawn: recharts measures its box first and
// draws on a later frame, and a PDF printed before that would show empty frames.
import { useEffect, useState } from 'react';
import type { RefObject } from 'react';

function allDrawn(root: HTMLElement): boolean {
  return [...root.querySelectorAll('.chart-figure')].every((figure) => {
    const surface = figure.querySelector('svg.recharts-surface');
    return surface !== null && Number(surface.getAttribute('width')) > 0;
  });
}

/** `watching`: the charts are on the page (the data has arrived). */
export function useChartsDrawn(root: RefObject<HTMLElement | null>, watching: boolean): boolean {
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    const element = root.current;
    if (!watching || !element) return;
    const check = () => {
      if (!allDrawn(element)) return;
      observer.disconnect();
      setDrawn(true);
    };
    const observer = new MutationObserver(check);
    observer.observe(element, { childList: true, subtree: true, attributes: true });
    check();
    return () => observer.disconnect();
  }, [root, watching]);
  return drawn;
}
