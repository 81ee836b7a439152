import type { ReactNode } from 'react';

/**
 * One fact of a record in a `<dl className="facts">`: its label and value; `wide` spans the
 * whole row (a rationale, a source).
 *
 * @example <dl className="facts"><Fact label={t('support.donor')}>{name}</Fact></dl>
 */
export function Fact({ label, wide, children }: { label: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={wide ? 'facts__wide' : undefined}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
