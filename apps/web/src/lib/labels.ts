import type { InvitationStatus, OutboxStatus, Role, Sector, WorkforceGroup } from '../gql/graphql';

/**
 * Plain-English names for the API's enum values, kept in one place so every
 * page says the same thing. Records keyed by the enum make a new value a type
 * error until it has a label.
 */
export const ROLE_LABELS: Record<Role, string> = {
  LEARNER: 'Learner',
  EDITOR: 'Editor',
  MODERATOR: 'Moderator',
  ADMIN: 'Administrator',
};

export const ROLE_HINTS: Record<Role, string> = {
  LEARNER: 'Takes modules, joins discussions and books courses.',
  EDITOR: 'Writes and publishes learning content.',
  MODERATOR: 'Moderates discussions and runs the course programme.',
  ADMIN: 'Manages organisations, people, roles and invitations.',
};

export const ROLES: Role[] = ['LEARNER', 'EDITOR', 'MODERATOR', 'ADMIN'];

export const SECTOR_LABELS: Record<Sector, string> = {
  STATUTORY: 'Statutory (council or other public body)',
  HEALTH: 'Health',
  POLICE: 'Police',
  EDUCATION: 'Education',
  VOLUNTARY_AND_COMMUNITY: 'Voluntary and community',
  PRIVATE: 'Private or independent',
};

export const SECTORS: Sector[] = ['STATUTORY', 'HEALTH', 'POLICE', 'EDUCATION', 'VOLUNTARY_AND_COMMUNITY', 'PRIVATE'];

export const WORKFORCE_GROUP_LABELS: Record<WorkforceGroup, string> = {
  GENERAL_CONTACT: 'General contact',
  SPECIFIC_CONTACT: 'Specific contact',
  INTENSIVE_CONTACT: 'Intensive contact',
  LEADERSHIP: 'Leadership',
};

export const WORKFORCE_GROUP_HINTS: Record<WorkforceGroup, string> = {
  GENERAL_CONTACT: 'You meet members of the public now and then, for example at a reception desk or on the phone.',
  SPECIFIC_CONTACT: 'You work with children, young people or adults some of the time as part of your job.',
  INTENSIVE_CONTACT: 'You work closely with people most of the time, often over a long period.',
  LEADERSHIP: 'You manage services or teams, or lead safeguarding in your organisation.',
};

export const WORKFORCE_GROUPS: WorkforceGroup[] = [
  'GENERAL_CONTACT',
  'SPECIFIC_CONTACT',
  'INTENSIVE_CONTACT',
  'LEADERSHIP',
];

/** Languages staff can choose for the interface, by ISO 639-1 code. Names are shown in English and in the language itself. */
export const LANGUAGES: ReadonlyArray<{ code: string; name: string }> = [
  { code: 'en', name: 'English' },
  { code: 'pl', name: 'Polish (polski)' },
  { code: 'lt', name: 'Lithuanian (lietuvių)' },
  { code: 'lv', name: 'Latvian (latviešu)' },
  { code: 'ro', name: 'Romanian (română)' },
  { code: 'pt', name: 'Portuguese (português)' },
  { code: 'bg', name: 'Bulgarian (български)' },
  { code: 'ru', name: 'Russian (русский)' },
];

export function languageName(code: string): string {
  return LANGUAGES.find((language) => language.code === code)?.name ?? code;
}

export const INVITATION_STATUS_LABELS: Record<InvitationStatus, string> = {
  PENDING: 'Waiting',
  ACCEPTED: 'Accepted',
  REVOKED: 'Revoked',
  EXPIRED: 'Expired',
};

export const OUTBOX_STATUS_LABELS: Record<OutboxStatus, string> = {
  QUEUED: 'Queued',
  SENT: 'Sent',
  FAILED: 'Failed',
};

export function isRole(value: string): value is Role {
  return (ROLES as string[]).includes(value);
}

export function isSector(value: string): value is Sector {
  return (SECTORS as string[]).includes(value);
}

export function isWorkforceGroup(value: string): value is WorkforceGroup {
  return (WORKFORCE_GROUPS as string[]).includes(value);
}

/** CPD time in words: "45 minutes", "1 hour", "1 hour 30 minutes"; empty for 0. */
export function cpdTime(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts: string[] = [];
  if (hours > 0) parts.push(`${hours} ${hours === 1 ? 'hour' : 'hours'}`);
  if (rest > 0) parts.push(`${rest} ${rest === 1 ? 'minute' : 'minutes'}`);
  return parts.join(' ');
}
