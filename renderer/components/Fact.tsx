import type { ReactNode } from 'react';

/** One term and its value in a <dl> of facts about a person (page header, history). */
export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
