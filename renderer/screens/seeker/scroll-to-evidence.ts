// Brings the first month or action a signal rests on into view: the evidence may sit
// two years down the timeline, out of sight of the signal's button.
import type { ScrollTarget } from './highlight';

export function scrollToEvidence(timeline: HTMLElement | null, target: ScrollTarget | null): void {
  if (!timeline || !target) return;
  const selector =
    target.kind === 'period'
      ? `[data-period="${target.period}"]`
      : `[data-action-id="${CSS.escape(target.actionId)}"]`;
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  timeline
    .querySelector(selector)
    ?.scrollIntoView({ block: 'start', behavior: reduceMotion ? 'auto' : 'smooth' });
}
