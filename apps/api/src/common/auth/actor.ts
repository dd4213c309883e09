import type { RoleName } from '@common-ground/shared';

/** The signed-in person acting in a request, as the rules need them. */
export interface Actor {
  id: string;
  organisationId: string;
  roles: RoleName[];
}

export const hasRole = (actor: Actor | null | undefined, ...roles: RoleName[]): boolean =>
  !!actor && roles.some((r) => actor.roles.includes(r));
