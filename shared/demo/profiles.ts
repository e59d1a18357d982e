// The demo's kinds of job seeker: the generator draws each story from one, and the
// category stories (categories.ts) depend on it, so the list stands apart from both.
export const DEMO_PROFILES = [
  'active',
  'discouraged',
  'scattered',
  'narrow',
  'inactive',
  'far_from_home',
  'interviews_without_offer',
  'recently_hired',
  'missing_months',
  'no_digital_access',
] as const;

export type DemoProfile = (typeof DEMO_PROFILES)[number];
