import { useLocation } from 'react-router';
import { NotificationBanner } from '../ui';
import { readFlash } from './flash';

/** Shows the success banner that the previous page asked for, if any. */
export function FlashBanner() {
  const location = useLocation();
  const flash = readFlash(location.state);
  if (!flash) return null;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <NotificationBanner key={location.key} type="success" heading={flash.heading}>
          {flash.body ? <p className="govuk-body">{flash.body}</p> : null}
        </NotificationBanner>
      </div>
    </div>
  );
}
