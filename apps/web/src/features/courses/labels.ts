import type { ApplicationStatus } from '../../gql/graphql';
import type { TagColour } from '../../ui';

/** What each application status is called and how its tag looks. */
export const APPLICATION_STATUS_TAGS: Record<ApplicationStatus, { text: string; colour: TagColour }> = {
  APPLIED: { text: 'Applied', colour: 'blue' },
  AWAITING_MANAGER: { text: 'Waiting for manager', colour: 'yellow' },
  OFFERED: { text: 'Place offered', colour: 'turquoise' },
  CONFIRMED: { text: 'Place confirmed', colour: 'green' },
  WAITING: { text: 'Waiting list', colour: 'orange' },
  NOT_OFFERED: { text: 'Not offered', colour: 'grey' },
  WITHDRAWN: { text: 'Withdrawn', colour: 'grey' },
  CANCELLED: { text: 'Cancelled', colour: 'grey' },
};

/** "£40.00" or "Free". */
export const moneyWords = (pence: number): string => (pence === 0 ? 'Free' : `£${(pence / 100).toFixed(2)}`);

/** "3 places left", "1 place left", "Full". */
export const placesWords = (placesLeft: number): string =>
  placesLeft === 0 ? 'Full' : `${placesLeft} ${placesLeft === 1 ? 'place' : 'places'} left`;
