import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import type { RoleName } from '@common-ground/shared';
import { forbidden, unauthenticated } from '../errors/domain-error';
import type { RequestContext } from '../context/request-context';
import { hasRole } from './actor';
import { IS_PUBLIC, REQUIRED_ROLES } from './decorators';

/**
 * The global default-deny guard over every query, mutation, field resolver and REST
 * route: it needs `@Public()` to be reached signed out, and `@Roles()` narrows further.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets);
    const roles = this.reflector.getAllAndOverride<RoleName[] | undefined>(REQUIRED_ROLES, targets);
    const actor =
      context.getType<string>() === 'graphql'
        ? GqlExecutionContext.create(context).getContext<{ ctx: RequestContext }>().ctx.actor
        : (context.switchToHttp().getRequest<Request>().actor ?? null);
    if (isPublic && !roles) return true;
    if (!actor) throw unauthenticated();
    if (roles && !hasRole(actor, ...roles)) throw forbidden();
    return true;
  }
}
