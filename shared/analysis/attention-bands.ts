// The attention score in three bands, so a screen can show a colour *and* a shape and a
// word for it, and the team dashboard can count people per band. The score itself has
// no bands (docs/analysis.md); these cut-offs follow its curve: one strong signal lands
// in the middle band, two or more in the high one.

export const ATTENTION_BANDS = ['high', 'medium', 'low'] as const;
export type AttentionBand = (typeof ATTENTION_BANDS)[number];

export const HIGH_ATTENTION = 50;
export const MEDIUM_ATTENTION = 25;

export function attentionBand(score: number): AttentionBand {
  if (score >= HIGH_ATTENTION) return 'high';
  if (score >= MEDIUM_ATTENTION) return 'medium';
  return 'low';
}
