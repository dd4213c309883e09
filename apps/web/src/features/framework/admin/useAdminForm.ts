import { useNavigate } from 'react-router';
import { withFlash } from '../../../app/flash';
import type { FieldErrors } from '../../../lib/errors';
import { useFormErrors } from '../../../lib/useFormErrors';

/**
 * The submit step every framework admin form shares, so each form only says what it checks and saves:
 * show the errors found, or save, then go back to its list with the flash message the save returns
 * (a server error shows in the error summary instead).
 */
export function useAdminForm(fields: readonly string[], backTo: string) {
  const navigate = useNavigate();
  const errors = useFormErrors(fields);

  const submit = async (found: FieldErrors, save: () => Promise<string>) => {
    if (Object.keys(found).length) {
      errors.showFieldErrors(found);
      return;
    }
    try {
      const message = await save();
      await navigate(backTo, { state: withFlash(message) });
    } catch (error) {
      errors.showApiError(error);
    }
  };

  return { errors, submit };
}
