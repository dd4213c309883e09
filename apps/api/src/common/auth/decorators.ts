import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { RoleName } from '@common-ground/shared';
import type { RequestContext } from '../context/request-context';

export const IS_PUBLIC = 'cg:isPublic';
export const REQUIRED_ROLES = 'cg:roles';

/** Opens an operation to people who are not signed in. Everything else is closed by default. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Narrows an operation to people holding at least one of the roles. */
export const Roles = (...roles: RoleName[]) => SetMetadata(REQUIRED_ROLES, roles);

/** The request context (actor, request) of a GraphQL operation. */
export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext): RequestContext => {
  return GqlExecutionContext.create(context).getContext<{ ctx: RequestContext }>().ctx;
});
