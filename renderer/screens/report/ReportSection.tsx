// One section of the report: a titled block the printed page never splits from its
// title (report.css), named by its heading for assistive technologies.
import type { ReactNode } from 'react';

interface Props {
  id: string;
  title: string;
  children: ReactNode;
}

export function ReportSection({ id, title, children }: Props) {
  const titleId = `report-${id}-title`;
  return (
    <section className={`report-section report-${id}`} aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {children}
    </section>
  );
}

/** Label–value pairs, as a description list. */
export function Facts({ items }: { items: readonly { term: string; value: ReactNode }[] }) {
  return (
    <dl className="report-facts">
      {items.map(({ term, value }) => (
        <div key={term} className="report-fact">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
