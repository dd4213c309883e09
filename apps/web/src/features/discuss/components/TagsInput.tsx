import { THREAD_TAG_LIMITS } from '@common-ground/shared';
import { TextInput } from '../../../ui';

/**
 * A thread's tags as one GOV.UK text input, separated by commas (the server normalises and
 * checks them the same way: checkThreadTags).
 */
export function TagsInput({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  return (
    <TextInput
      id="tags"
      label="Tags (optional)"
      labelClassName="govuk-label--s"
      hint={`Up to ${THREAD_TAG_LIMITS.perThread} words or short phrases, separated by commas, to help others find your thread. For example, ‘council tax, interpreters’.`}
      value={value}
      onChange={onChange}
      error={error}
      spellCheck
    />
  );
}
