// A titled group of fields in the inspector.
import { useId, type ReactNode } from 'react';

export function InspectorSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="inspector__section" aria-labelledby={id}>
      <h3 id={id} className="inspector__section-title">
        {title}
      </h3>
      {children}
    </section>
  );
}
