import { useLocation } from 'react-router';
import { NotificationBanner } from '../ui';
import { readFlash } from './flash';

/** Shows the success banner that the previous page asked for, if any (Page places it). */
export function FlashBanner() {
  const location = useLocation();
  const flash = readFlash(location.state);
  if (!flash) return null;
  return (
    <NotificationBanner key={location.key} type="success" heading={flash.heading}>
      {flash.body ? <p className="govuk-body">{flash.body}</p> : null}
    </NotificationBanner>
  );
}
