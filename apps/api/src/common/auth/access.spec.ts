import { Controller, Get, Logger, Post } from '@nestjs/common';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DomainError } from '../errors/domain-error';
import { decideAccess } from './access';
import type { Actor } from './actor';
import { AuthGuard } from './auth.guard';
import { Public, Roles, SameAsParent, SignedIn } from './decorators';
import { entryPointsOf } from './entry-points';

const learner: Actor = { id: 'p1', organisationId: 'o1', roles: ['LEARNER'] };
const admin: Actor = { id: 'p2', organisationId: 'o1', roles: ['LEARNER', 'ADMIN'] };

@Resolver('Thing')
class ThingResolver {
  @Public()
  @Query(() => String)
  things(): string {
    return '';
  }

  @Mutation(() => String)
  forgotten(): string {
    return '';
  }

  @SameAsParent()
  @ResolveField('owner', () => String)
  owner(): string {
    return '';
  }

  @Roles('ADMIN')
  @ResolveField('secret', () => String)
  hidden(): string {
    return '';
  }
}

@Controller('api/things')
@SignedIn()
class ThingController {
  @Get(':id')
  one(): string {
    return '';
  }

  @Roles('ADMIN')
  @Post()
  add(): string {
    return '';
  }
}

/** Runs the real guard on an HTTP request to `method` of `owner` as `actor`. */
function guard(owner: object, method: object, actor: Actor | null, instance = new AuthGuard()): string {
  const context = new ExecutionContextHost([{ actor }, {}, () => undefined], owner as never, method as never);
  context.setType('http');
  try {
    return instance.canActivate(context) ? 'ALLOW' : 'DENY';
  } catch (error) {
    return error instanceof DomainError ? error.code : 'THROWN';
  }
}

describe('access declarations', () => {
  it('maps every operation, field resolver and route to its declaration, undeclared ones included', () => {
    const points = entryPointsOf([ThingResolver, ThingController]);
    expect(points.map((p) => [p.key, p.kind, p.handler, p.access?.kind])).toEqual([
      ['GET /api/things/:id', 'route', 'ThingController.one', 'SIGNED_IN'],
      ['Mutation.forgotten', 'operation', 'ThingResolver.forgotten', undefined],
      ['POST /api/things', 'route', 'ThingController.add', 'ROLES'],
      ['Query.things', 'operation', 'ThingResolver.things', 'PUBLIC'],
      ['Thing.owner', 'field', 'ThingResolver.owner', 'SAME_AS_PARENT'],
      ['Thing.secret', 'field', 'ThingResolver.hidden', 'ROLES'],
    ]);
  });

  it('refuses a handler that declares nothing, even to an admin, and logs the fault once', () => {
    const log = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const instance = new AuthGuard();
    expect(guard(ThingResolver, ThingResolver.prototype.forgotten, admin, instance)).toBe('FORBIDDEN');
    expect(guard(ThingResolver, ThingResolver.prototype.forgotten, null, instance)).toBe('FORBIDDEN');
    expect(log.mock.calls).toEqual([[expect.stringContaining('ThingResolver.forgotten declares no access')]]);
    log.mockRestore();
  });

  it('lets the class declaration stand for its handlers, and a handler narrow it', () => {
    expect(guard(ThingController, ThingController.prototype.one, null)).toBe('UNAUTHENTICATED');
    expect(guard(ThingController, ThingController.prototype.one, learner)).toBe('ALLOW');
    expect(guard(ThingController, ThingController.prototype.add, learner)).toBe('FORBIDDEN');
    expect(guard(ThingController, ThingController.prototype.add, admin)).toBe('ALLOW');
  });

  it('refuses @SameAsParent() anywhere but on a field resolver', () => {
    expect(decideAccess({ kind: 'SAME_AS_PARENT' }, admin, false)).toBe('FORBIDDEN');
    expect(decideAccess({ kind: 'SAME_AS_PARENT' }, null, true)).toBe('ALLOW');
    expect(guard(ThingResolver, ThingResolver.prototype.owner, admin)).toBe('FORBIDDEN');
  });

  it('refuses two declarations on one handler, and @Roles() without a role, when the code loads', () => {
    const twice = () => {
      class Twice {
        @Public()
        @SignedIn()
        run(): void {}
      }
      return Twice;
    };
    expect(twice).toThrow('Twice.run declares its access more than once.');
    expect(() => Roles()).toThrow('@Roles() needs at least one role.');
  });
});
