// The due date proposed when a recommendation is accepted: four weeks after the situation
// date, about when the next interview comes. The counsellor changes it before accepting
// or later in the plan.
const PROPOSED_DELAY_DAYS = 28;

export function proposedDueDate(asOf: string): string {
  const day = new Date(`${asOf}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + PROPOSED_DELAY_DAYS);
  return day.toISOString().slice(0, 10);
}
