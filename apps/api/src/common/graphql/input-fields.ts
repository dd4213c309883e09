import { applyDecorators } from '@nestjs/common';
import { Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Trim } from '../../modules/identity/dto/normalise';

/**
 * Input fields whose rules repeat across features (a name or title, a plain-text description,
 * an order, an id), each bundling its GraphQL field with its class-validator rules and the
 * messages a person can act on, so every form words them the same way.
 */

export const ID_MESSAGE = 'Must be a valid identifier';

/** "1,000", as GOV.UK writes numbers. */
const count = (n: number) => n.toLocaleString('en-GB');

export interface TextFieldOptions {
  /** The GraphQL description. */
  description: string;
  /** The most characters allowed (after trimming). */
  max: number;
  /** How the message names it, e.g. 'The title' → "The title must be 200 characters or fewer". */
  label: string;
  /** For required text: the message when it is blank, e.g. 'Enter a title'. Leave out when it may be empty. */
  blank?: string;
  /** True for a field that may be left out or null (it is then not checked). */
  nullable?: boolean;
}

/** Plain text, trimmed, at most `max` characters, and not blank when `blank` says how to ask for it. */
export function TextField({ description, max, label, blank, nullable = false }: TextFieldOptions): PropertyDecorator {
  return applyDecorators(
    nullable ? Field(() => String, { nullable: true, description }) : Field({ description }),
    ...(nullable ? [IsOptional()] : []),
    Trim(),
    IsString(),
    ...(blank ? [IsNotEmpty({ message: blank })] : []),
    MaxLength(max, { message: `${label} must be ${count(max)} characters or fewer` }),
  );
}

export interface OrderFieldOptions {
  description: string;
  /** The largest order allowed. */
  max: number;
  /** True when it may be left out (e.g. "last when left out"). */
  nullable?: boolean;
}

/** A place in a list: a whole number from 0 to `max`, smallest shown first. */
export function OrderField({ description, max, nullable = false }: OrderFieldOptions): PropertyDecorator {
  return applyDecorators(
    Field(() => Int, { description, ...(nullable ? { nullable: true } : {}) }),
    ...(nullable ? [IsOptional()] : []),
    IsInt({ message: 'Enter the order as a whole number' }),
    Min(0, { message: 'The order must be 0 or more' }),
    Max(max, { message: `The order must be ${count(max)} or less` }),
  );
}

export interface IdFieldOptions {
  description: string;
  /** What to say when it is not an id, e.g. 'Choose a strand'. */
  message?: string;
  nullable?: boolean;
}

/** An id (a UUID) of something to act on or choose. */
export function IdField({ description, message = ID_MESSAGE, nullable = false }: IdFieldOptions): PropertyDecorator {
  return applyDecorators(
    Field(() => ID, { description, ...(nullable ? { nullable: true } : {}) }),
    ...(nullable ? [IsOptional()] : []),
    IsUUID('all', { message }),
  );
}
