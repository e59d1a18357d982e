// The few numbers of the analysis that are not settings: they shape how a signal reads
// its evidence rather than when it fires, and a team lead has no ground to tune them.
// docs/analysis.md lists them ("Fixed numbers"); a test keeps the two equal.
export const FIXED_NUMBERS = {
  decliningActivity: {
    /** Declared months the earlier window needs before the person's level means anything (fewer if the window is shorter). */
    minBaselineMonths: 3,
  },
  discouragement: {
    /** Strength of a mood that fell (a low mood's strength grows with how low it is). */
    moodDropStrength: 0.7,
    /** Earlier moods the recent ones are compared with: the last ones before the window. */
    earlierMoods: 6,
    /** Strength of words of discouragement: this, plus the next for each month with such words, at most 1. */
    wordsStrength: 0.6,
    wordsStrengthPerMonth: 0.2,
  },
  recentSuccess: {
    /** Strength of each kind of success; the strongest is the signal's severity. */
    hiredStrength: 1,
    offerStrength: 0.8,
    startedStrength: 0.6,
  },
  recommendations: {
    /** After a recent success, contact_soon and intensive_support scores are multiplied by this. */
    successDamping: 0.5,
  },
} as const;
