// A signal's severity (0–1) said in words, so it never rests on a colour or a number alone.
export type SeverityLevel = 'low' | 'medium' | 'high';

export function severityLevel(severity: number): SeverityLevel {
  if (severity >= 0.67) return 'high';
  if (severity >= 0.34) return 'medium';
  return 'low';
}
