import type { ReactNode } from 'react';
import { classNames } from './classNames';

/** Grey help text under a label or legend, linked to the field by id. */
export function Hint({ id, children, className }: { id: string; children: ReactNode; className?: string }) {
  return (
    <div id={id} className={classNames('govuk-hint', className)}>
      {children}
    </div>
  );
}
