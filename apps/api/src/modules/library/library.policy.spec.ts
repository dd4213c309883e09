import type { Actor } from '../../common/auth/actor';
import type { ContentStatusName } from './library.constants';
import { abilities, canCreate, canEdit, canSee, type PolicyItem } from './library.policy';

const person = (id: string, ...roles: Actor['roles']): Actor => ({ id, organisationId: 'org', roles });
const author = person('author', 'LEARNER');
const colleague = person('colleague', 'LEARNER');
const editor = person('editor', 'LEARNER', 'EDITOR');
const admin = person('admin', 'ADMIN');

const post = (status: ContentStatusName, audience: PolicyItem['audience'] = 'PUBLIC'): PolicyItem => ({
  kind: 'BLOG_POST',
  status,
  audience,
  authorId: author.id,
});

describe('library policy', () => {
  it('lets any member of staff start a blog post but only editors and admins the other kinds', () => {
    expect(canCreate(null, 'BLOG_POST')).toBe(false);
    expect(canCreate(colleague, 'BLOG_POST')).toBe(true);
    expect(canCreate(colleague, 'GLOSSARY_TERM')).toBe(false);
    expect(canCreate(editor, 'MYTH')).toBe(true);
    expect(canCreate(admin, 'FAQ')).toBe(true);
  });

  it('shows published PUBLIC items to everyone, STAFF ones to signed-in people, the rest to authors and editors', () => {
    expect(canSee(null, post('PUBLISHED'))).toBe(true);
    expect(canSee(null, post('PUBLISHED', 'STAFF'))).toBe(false);
    expect(canSee(colleague, post('PUBLISHED', 'STAFF'))).toBe(true);
    for (const status of ['DRAFT', 'IN_REVIEW', 'ARCHIVED'] as const) {
      expect(canSee(null, post(status))).toBe(false);
      expect(canSee(colleague, post(status))).toBe(false);
      expect(canSee(author, post(status))).toBe(true);
      expect(canSee(editor, post(status))).toBe(true);
    }
  });

  it('lets authors change their post until it is published, and editors until it is archived', () => {
    expect(canEdit(author, post('DRAFT'))).toBe(true);
    expect(canEdit(author, post('IN_REVIEW'))).toBe(true);
    expect(canEdit(author, post('PUBLISHED'))).toBe(false);
    expect(canEdit(colleague, post('DRAFT'))).toBe(false);
    expect(canEdit(editor, post('PUBLISHED'))).toBe(true);
    expect(canEdit(editor, post('ARCHIVED'))).toBe(false);
    // Being its author is not enough for a kind only editors write.
    expect(canEdit(author, { ...post('DRAFT'), kind: 'GLOSSARY_TERM' })).toBe(false);
  });

  it('gives each workflow step to the right person in the right status', () => {
    expect(abilities(author, post('DRAFT'))).toEqual({
      edit: true,
      submit: true,
      returnToDraft: false,
      publish: false,
      archive: false,
      seeHistory: true,
    });
    expect(abilities(editor, post('IN_REVIEW'))).toEqual({
      edit: true,
      submit: false,
      returnToDraft: true,
      publish: true,
      archive: true,
      seeHistory: true,
    });
    expect(abilities(editor, post('ARCHIVED'))).toMatchObject({ edit: false, publish: true, archive: false });
    expect(abilities(colleague, post('PUBLISHED'))).toEqual({
      edit: false,
      submit: false,
      returnToDraft: false,
      publish: false,
      archive: false,
      seeHistory: false,
    });
  });
});
