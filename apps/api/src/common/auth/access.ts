import type { RoleName } from '@common-ground/shared';
import { type Actor, hasRole } from './actor';

/**
 * Who may reach an operation, field resolver or route, as its code declares it. There is
 * no default: a handler without a declaration is a programming fault and is refused.
 */
export type Access =
  | { readonly kind: 'PUBLIC' }
  | { readonly kind: 'SIGNED_IN' }
  | { readonly kind: 'ROLES'; readonly roles: readonly RoleName[] }
  | { readonly kind: 'SAME_AS_PARENT' };

/** What the guard does with a request: let it through, or refuse it with this code. */
export type AccessDecision = 'ALLOW' | 'UNAUTHENTICATED' | 'FORBIDDEN';

/**
 * The one rule the guard applies, kept pure so tests can ask it directly.
 * `SAME_AS_PARENT` only makes sense on a field resolver, whose parent was authorised
 * by the operation that returned it; anywhere else it is refused like no declaration.
 */
export function decideAccess(access: Access | undefined, actor: Actor | null, isField: boolean): AccessDecision {
  if (!access) return 'FORBIDDEN';
  switch (access.kind) {
    case 'PUBLIC':
      return 'ALLOW';
    case 'SAME_AS_PARENT':
      return isField ? 'ALLOW' : 'FORBIDDEN';
    case 'SIGNED_IN':
      return actor ? 'ALLOW' : 'UNAUTHENTICATED';
    case 'ROLES':
      if (!actor) return 'UNAUTHENTICATED';
      return hasRole(actor, ...access.roles) ? 'ALLOW' : 'FORBIDDEN';
  }
}
