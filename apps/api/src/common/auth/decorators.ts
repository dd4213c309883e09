import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { RoleName } from '@common-ground/shared';
import type { RequestContext } from '../context/request-context';
import type { Access } from './access';

export const ACCESS = 'cg:access';

type AccessDecorator = ClassDecorator & MethodDecorator;

/**
 * Records one access declaration on a handler (or on a class, as the default for its
 * handlers). A second declaration on the same target throws when the module loads, so a
 * handler never carries two contradicting rules.
 */
function declare(access: Access): AccessDecorator {
  return (target: object, key?: string | symbol, descriptor?: PropertyDescriptor) => {
    const holder: unknown = descriptor ? descriptor.value : target;
    if (typeof holder !== 'function') throw new Error(`Access can only be declared on classes and methods.`);
    const name = key === undefined ? holder.name : `${target.constructor.name}.${String(key)}`;
    if (Reflect.hasOwnMetadata(ACCESS, holder)) throw new Error(`${name} declares its access more than once.`);
    Reflect.defineMetadata(ACCESS, access, holder);
  };
}

/** Open to everyone, signed in or not. */
export const Public = (): AccessDecorator => declare({ kind: 'PUBLIC' });

/** Open to any signed-in person, whatever their roles. */
export const SignedIn = (): AccessDecorator => declare({ kind: 'SIGNED_IN' });

/** Open to signed-in people holding at least one of the roles. */
export const Roles = (...roles: RoleName[]): AccessDecorator => {
  if (roles.length === 0) throw new Error('@Roles() needs at least one role.');
  return declare({ kind: 'ROLES', roles });
};

/**
 * For field resolvers only: reached solely through a parent object that an operation
 * already authorised, so it needs no rule of its own. Refused on an operation or route.
 */
export const SameAsParent = (): AccessDecorator => declare({ kind: 'SAME_AS_PARENT' });

/**
 * The access a handler declares, or its class's default; undefined when neither declares
 * any. The guard and the access sweep both read declarations through this.
 */
export function declaredAccess(handler: object, owner: object): Access | undefined {
  return (Reflect.getMetadata(ACCESS, handler) ?? Reflect.getMetadata(ACCESS, owner)) as Access | undefined;
}

/** The request context (actor, request) of a GraphQL operation. */
export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext): RequestContext => {
  return GqlExecutionContext.create(context).getContext<{ ctx: RequestContext }>().ctx;
});
