import type { ReactNode } from 'react';
import { classNames } from './classNames';

export interface FieldsetProps {
  legend: ReactNode;
  /** e.g. 'govuk-fieldset__legend--m'. */
  legendClassName?: string;
  describedBy?: string;
  children: ReactNode;
}

/** Groups related inputs under one question (the legend). */
export function Fieldset({ legend, legendClassName, describedBy, children }: FieldsetProps) {
  return (
    <fieldset className="govuk-fieldset" aria-describedby={describedBy}>
      <legend className={classNames('govuk-fieldset__legend', legendClassName)}>{legend}</legend>
      {children}
    </fieldset>
  );
}
