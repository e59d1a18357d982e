// The attention score: how urgently the counsellor should look at this person now.
// Each signal adds its weight (a setting) times its severity; recent_success has a
// negative weight. Recency is in the signals themselves: they look at recent months,
// and inactivity and the benefit end grow more severe as time passes. The sum becomes
// 0–100 with 100 × (1 − e^(−sum / scale)): several strong signals approach 100 without
// passing it, and one mild signal stays low.
import type { AnalysisSettings } from './settings';
import type { Signal } from './types';

export function attentionScore(signals: readonly Signal[], settings: AnalysisSettings): number {
  const sum = signals.reduce((n, s) => n + (settings.attention.weights[s.id] ?? 0) * s.severity, 0);
  if (sum <= 0) return 0;
  return Math.round(100 * (1 - Math.exp(-sum / settings.attention.scale)));
}
