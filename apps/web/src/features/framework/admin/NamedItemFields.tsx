import type { Dispatch, SetStateAction } from 'react';
import type { FieldErrors } from '../../../lib/errors';
import { Textarea, TextInput } from '../../../ui';

export interface NamedItemValues {
  name: string;
  description: string;
  position: string;
}

interface NamedItemFieldsProps {
  values: NamedItemValues;
  onChange: Dispatch<SetStateAction<NamedItemValues>>;
  errors: FieldErrors;
  descriptionLabel: string;
  descriptionHint: string;
  positionHint: string;
}

/**
 * The name, description and order fields strands and workforce groups both have (checked by
 * checkNamedItem), so the two forms ask for them the same way and differ only in their words.
 */
export function NamedItemFields({
  values,
  onChange,
  errors,
  descriptionLabel,
  descriptionHint,
  positionHint,
}: NamedItemFieldsProps) {
  const set = (field: keyof NamedItemValues) => (value: string) =>
    onChange((previous) => ({ ...previous, [field]: value }));
  return (
    <>
      <TextInput
        id="name"
        label="Name"
        labelClassName="govuk-label--s"
        error={errors.name}
        value={values.name}
        onChange={set('name')}
      />
      <Textarea
        id="description"
        label={descriptionLabel}
        labelClassName="govuk-label--s"
        hint={descriptionHint}
        error={errors.description}
        value={values.description}
        onChange={set('description')}
        rows={3}
      />
      <TextInput
        id="position"
        label="Order"
        labelClassName="govuk-label--s"
        hint={positionHint}
        error={errors.position}
        value={values.position}
        onChange={set('position')}
        inputMode="numeric"
        widthClassName="govuk-input--width-4"
      />
    </>
  );
}
