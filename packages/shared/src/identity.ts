/** Roles a person can hold. Everyone is a learner; the others are granted by an admin. */
export const ROLES = ['LEARNER', 'EDITOR', 'MODERATOR', 'ADMIN'] as const;
export type RoleName = (typeof ROLES)[number];

/** The sectors an organisation in the partnership belongs to. */
export const SECTORS = ['STATUTORY', 'HEALTH', 'POLICE', 'EDUCATION', 'VOLUNTARY_AND_COMMUNITY', 'PRIVATE'] as const;
export type SectorName = (typeof SECTORS)[number];

export const SECTOR_LABELS: Record<SectorName, string> = {
  STATUTORY: 'Statutory',
  HEALTH: 'Health',
  POLICE: 'Police',
  EDUCATION: 'Education',
  VOLUNTARY_AND_COMMUNITY: 'Voluntary and community',
  PRIVATE: 'Private',
};

/**
 * Workforce groups by how much contact a role has with the people the partnership
 * protects, from general contact to leaders (Dundee's framework).
 */
export const WORKFORCE_GROUPS = ['GENERAL_CONTACT', 'SPECIFIC_CONTACT', 'INTENSIVE_CONTACT', 'LEADERSHIP'] as const;
export type WorkforceGroupName = (typeof WORKFORCE_GROUPS)[number];

export const WORKFORCE_GROUP_LABELS: Record<WorkforceGroupName, string> = {
  GENERAL_CONTACT: 'General contact',
  SPECIFIC_CONTACT: 'Specific contact',
  INTENSIVE_CONTACT: 'Intensive contact',
  LEADERSHIP: 'Leaders and managers',
};

/** Languages staff may choose for the interface and that the glossary translates into. */
export const LANGUAGES = {
  en: 'English',
  pl: 'Polski (Polish)',
  lt: 'Lietuvių (Lithuanian)',
  lv: 'Latviešu (Latvian)',
  ro: 'Română (Romanian)',
  pt: 'Português (Portuguese)',
  bg: 'Български (Bulgarian)',
  ru: 'Русский (Russian)',
} as const;
export type LanguageCode = keyof typeof LANGUAGES;
export const LANGUAGE_CODES = Object.keys(LANGUAGES) as LanguageCode[];
