import type { Actor } from '../../common/auth/actor';
import { canDeletePost, canEditPost, canSeeAuthor, canSeeCategory, isRestricted } from './discussion.policy';

const actor = (overrides: Partial<Actor> = {}): Actor => ({
  id: 'p1',
  organisationId: 'o1',
  roles: ['LEARNER'],
  ...overrides,
});
const open = { allowedRoles: [], allowedSectors: [], allowedOrganisationIds: [] };

describe('discussion policy', () => {
  describe('canSeeCategory', () => {
    it('shows an unrestricted category to any signed-in person and nobody signed out', async () => {
      const sector = jest.fn(async () => null);
      expect(isRestricted(open)).toBe(false);
      expect(await canSeeCategory(actor(), open, sector)).toBe(true);
      expect(await canSeeCategory(null, open, sector)).toBe(false);
      expect(sector).not.toHaveBeenCalled();
    });

    it('shows a restricted category by role, organisation or sector, and always to admins', async () => {
      const byRole = { ...open, allowedRoles: ['MODERATOR' as const] };
      const byOrganisation = { ...open, allowedOrganisationIds: ['o2'] };
      const bySector = { ...open, allowedSectors: ['POLICE' as const] };
      const police = async () => 'POLICE' as const;
      const health = async () => 'HEALTH' as const;
      expect(await canSeeCategory(actor({ roles: ['LEARNER', 'MODERATOR'] }), byRole, health)).toBe(true);
      expect(await canSeeCategory(actor(), byRole, police)).toBe(false);
      expect(await canSeeCategory(actor({ organisationId: 'o2' }), byOrganisation, health)).toBe(true);
      expect(await canSeeCategory(actor(), byOrganisation, health)).toBe(false);
      expect(await canSeeCategory(actor(), bySector, police)).toBe(true);
      expect(await canSeeCategory(actor(), bySector, health)).toBe(false);
      expect(await canSeeCategory(actor({ roles: ['LEARNER', 'ADMIN'] }), bySector, health)).toBe(true);
    });

    it('looks the sector up only when the sector decides', async () => {
      const sector = jest.fn(async () => 'POLICE' as const);
      await canSeeCategory(actor(), { ...open, allowedRoles: ['EDITOR'] }, sector);
      await canSeeCategory(actor(), { ...open, allowedSectors: ['POLICE'], allowedOrganisationIds: ['o1'] }, sector);
      expect(sector).not.toHaveBeenCalled();
    });
  });

  describe('posts', () => {
    const post = { authorId: 'p1', anonymous: false, deletedAt: null };

    it('lets only the author edit, not once deleted nor in a locked thread', () => {
      expect(canEditPost(actor(), post, { locked: false })).toBe(true);
      expect(canEditPost(actor({ id: 'p2' }), post, { locked: false })).toBe(false);
      expect(canEditPost(actor(), post, { locked: true })).toBe(false);
      expect(canEditPost(actor(), { ...post, deletedAt: new Date() }, { locked: false })).toBe(false);
    });

    it('lets only the author delete, in a locked thread too, and only once', () => {
      expect(canDeletePost(actor(), post)).toBe(true);
      expect(canDeletePost(actor({ id: 'p2' }), post)).toBe(false);
      expect(canDeletePost(actor(), { ...post, deletedAt: new Date() })).toBe(false);
    });

    it('hides the author of an anonymous post from everyone but the author', () => {
      const anonymous = { authorId: 'p1', anonymous: true };
      expect(canSeeAuthor(actor(), anonymous)).toBe(true);
      expect(canSeeAuthor(actor({ id: 'p2', roles: ['LEARNER', 'ADMIN'] }), anonymous)).toBe(false);
      expect(canSeeAuthor(actor({ id: 'p2' }), { authorId: 'p1', anonymous: false })).toBe(true);
    });
  });
});
