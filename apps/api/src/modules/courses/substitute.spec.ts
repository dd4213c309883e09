import type { RoleName } from '@common-ground/shared';
import type { RequestContext } from '../../common/context/request-context';
import { mayNameSubstitute } from './substitute.service';

const ctx = (id: string, roles: RoleName[] = ['LEARNER']) => ({ actor: { id, roles } }) as unknown as RequestContext;
const holder = { personId: 'amy', organisationId: 'council' };

describe('who may send someone in a place', () => {
  it('lets the person holding it', () => {
    expect(
      mayNameSubstitute(ctx('amy'), holder, { organisationId: 'council', workforceGroup: 'GENERAL_CONTACT' }),
    ).toBe(true);
  });
  it('lets a leader in the same organisation, not one elsewhere', () => {
    expect(mayNameSubstitute(ctx('lee'), holder, { organisationId: 'council', workforceGroup: 'LEADERSHIP' })).toBe(
      true,
    );
    expect(mayNameSubstitute(ctx('lee'), holder, { organisationId: 'trust', workforceGroup: 'LEADERSHIP' })).toBe(
      false,
    );
  });
  it('refuses a colleague who is not a leader', () => {
    expect(
      mayNameSubstitute(ctx('cal'), holder, { organisationId: 'council', workforceGroup: 'INTENSIVE_CONTACT' }),
    ).toBe(false);
  });
  it('lets partnership leads and admins, and nobody signed out', () => {
    expect(mayNameSubstitute(ctx('pat', ['MODERATOR']), holder, null)).toBe(true);
    expect(mayNameSubstitute({ actor: null } as unknown as RequestContext, holder, null)).toBe(false);
  });
});
