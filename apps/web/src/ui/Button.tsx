import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { Link } from 'react-router';
import { classNames } from './classNames';

export type ButtonVariant = 'primary' | 'secondary' | 'warning' | 'inverse';

export interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className'> {
  variant?: ButtonVariant;
  /** Shows this text and disables the button while a request is running. */
  loadingText?: string;
  loading?: boolean;
  isStartButton?: boolean;
  className?: string;
  children: ReactNode;
}

function variantClass(variant: ButtonVariant): string | undefined {
  return variant === 'primary' ? undefined : `govuk-button--${variant}`;
}

function StartIcon() {
  return (
    <svg
      className="govuk-button__start-icon"
      xmlns="http://www.w3.org/2000/svg"
      width="17.5"
      height="19"
      viewBox="0 0 33 40"
      aria-hidden="true"
      focusable="false"
    >
      <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
    </svg>
  );
}

/**
 * The GOV.UK button. While `loading`, it is disabled and says what is
 * happening ("Saving…") so a second press cannot send the form twice.
 */
export function Button({
  variant = 'primary',
  loading = false,
  loadingText = 'Saving…',
  isStartButton = false,
  type = 'submit',
  disabled,
  className,
  children,
  ...rest
}: ButtonProps) {
  const isDisabled = disabled === true || loading;
  return (
    <button
      type={type}
      className={classNames('govuk-button', variantClass(variant), isStartButton && 'govuk-button--start', className)}
      data-module="govuk-button"
      disabled={isDisabled}
      aria-disabled={isDisabled ? true : undefined}
      {...rest}
    >
      {loading ? loadingText : children}
      {isStartButton ? <StartIcon /> : null}
    </button>
  );
}

export interface ButtonLinkProps {
  to: string;
  variant?: ButtonVariant;
  isStartButton?: boolean;
  children: ReactNode;
}

/** A link that looks like a GOV.UK button, for actions that open a page. */
export function ButtonLink({ to, variant = 'primary', isStartButton = false, children }: ButtonLinkProps) {
  return (
    <Link
      to={to}
      role="button"
      draggable={false}
      className={classNames('govuk-button', variantClass(variant), isStartButton && 'govuk-button--start')}
      data-module="govuk-button"
    >
      {children}
      {isStartButton ? <StartIcon /> : null}
    </Link>
  );
}

/** Lays out a main action with secondary actions or links beside it. */
export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="govuk-button-group">{children}</div>;
}
