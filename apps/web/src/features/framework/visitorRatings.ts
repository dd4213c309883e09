/**
 * A signed-out visitor's confidence ratings live only in this browser tab's session
 * storage: the server never keeps them, and they go when the tab is closed.
 */
const KEY = 'cg.framework.ratings';

export interface VisitorRating {
  competencyId: string;
  confidence: number;
}

const isRating = (value: unknown): value is VisitorRating =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as VisitorRating).competencyId === 'string' &&
  [1, 2, 3, 4].includes((value as VisitorRating).confidence);

/** The ratings kept in this tab, newest answer per competency. */
export function readVisitorRatings(): VisitorRating[] {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isRating) : [];
  } catch {
    return [];
  }
}

/** Adds or replaces ratings (at most 40 kept: one strand and group's worth, as the API accepts). */
export function saveVisitorRatings(ratings: VisitorRating[]): void {
  const byId = new Map(readVisitorRatings().map((r) => [r.competencyId, r]));
  for (const r of ratings) byId.set(r.competencyId, r);
  sessionStorage.setItem(KEY, JSON.stringify([...byId.values()].slice(-40)));
}
