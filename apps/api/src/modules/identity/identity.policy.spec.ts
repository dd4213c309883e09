import type { Actor } from '../../common/auth/actor';
import { canDeactivate, canEditProfile, canManageRoles, canSeeEmail, personPermissions } from './identity.policy';

const actor = (id: string, ...roles: Actor['roles']): Actor => ({
  id,
  organisationId: 'org',
  roles: ['LEARNER', ...roles],
});

describe('identity policy', () => {
  const subject = { id: 'sam', lineManagerId: 'manager' };

  it('shows an email to the person, their line manager, moderators and admins only', () => {
    expect(canSeeEmail(actor('sam'), subject)).toBe(true);
    expect(canSeeEmail(actor('manager'), subject)).toBe(true);
    expect(canSeeEmail(actor('mod', 'MODERATOR'), subject)).toBe(true);
    expect(canSeeEmail(actor('admin', 'ADMIN'), subject)).toBe(true);
    expect(canSeeEmail(actor('colleague'), subject)).toBe(false);
    expect(canSeeEmail(actor('editor', 'EDITOR'), subject)).toBe(false);
    expect(canSeeEmail(null, subject)).toBe(false);
    expect(canSeeEmail(actor('manager'), { id: 'sam', lineManagerId: null })).toBe(false);
  });

  it('lets people edit only their own profile', () => {
    expect(canEditProfile(actor('sam'), subject)).toBe(true);
    expect(canEditProfile(actor('admin', 'ADMIN'), subject)).toBe(false);
    expect(canEditProfile(null, subject)).toBe(false);
  });

  it('lets only admins manage roles', () => {
    expect(canManageRoles(actor('admin', 'ADMIN'))).toBe(true);
    expect(canManageRoles(actor('mod', 'MODERATOR'))).toBe(false);
    expect(canManageRoles(null)).toBe(false);
  });

  it('lets admins deactivate others but not themselves', () => {
    expect(canDeactivate(actor('admin', 'ADMIN'), subject)).toBe(true);
    expect(canDeactivate(actor('admin', 'ADMIN'), { id: 'admin', lineManagerId: null })).toBe(false);
    expect(canDeactivate(actor('mod', 'MODERATOR'), subject)).toBe(false);
  });

  it('presents the permissions together', () => {
    expect(personPermissions(actor('sam'), subject)).toEqual({
      editProfile: true,
      manageRoles: false,
      deactivate: false,
    });
  });
});
