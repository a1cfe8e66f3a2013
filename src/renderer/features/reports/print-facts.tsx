import type { ReactNode } from 'react';

/** Label/value pairs in two columns, as on a printed form. */
export function PrintFacts({ facts, label }: { facts: readonly (readonly [string, ReactNode])[]; label?: string }) {
  return (
    <dl className="print-facts" aria-label={label}>
      {facts.map(([name, value]) => (
        <div key={name} className="print-fact">
          <dt>{name}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function PrintSection({
  title,
  children,
  className,
}: {
  title: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section className={`print-section ${className ?? ''}`}>
      <h3 className="print-section-title">{title}</h3>
      {children}
    </section>
  );
}
