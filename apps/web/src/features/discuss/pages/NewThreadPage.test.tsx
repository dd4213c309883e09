import '../../learn/testing/layoutPolyfill';
import { GraphQLError } from 'graphql';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { learnerFixture, renderRoute } from '../../../test/renderRoute';
import { createForumThreadMutation, newThreadCategoryQuery } from '../operations';

const categoryMock = (allowsAnonymous: boolean) => ({
  request: { query: newThreadCategoryQuery, variables: { categoryId: 'category-3' } },
  result: {
    data: {
      forumCategory: { __typename: 'ForumCategory', id: 'category-3', title: 'Difficult situations', allowsAnonymous },
    },
  },
});

describe('NewThreadPage', () => {
  beforeAll(async () => {
    await import('./NewThreadPage');
  });

  it('says what is missing in a focused error summary linked to each field', async () => {
    const user = userEvent.setup();
    renderRoute('/discuss/categories/category-3/new', { viewer: learnerFixture, mocks: [categoryMock(false)] });
    expect(await screen.findByRole('heading', { level: 1, name: /Start a thread/ })).toBeInTheDocument();
    expect(screen.queryByLabelText('Post without my name')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Start thread' }));
    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary.parentElement).toHaveFocus());
    expect(screen.getByRole('link', { name: 'Enter a title for your thread' })).toHaveAttribute('href', '#title');
    expect(screen.getByRole('link', { name: 'Write the first post of your thread' })).toHaveAttribute('href', '#body');
    expect(document.title).toBe('Error: Start a thread – Common Ground');
    expect(screen.getByRole('textbox', { name: 'Your post' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows the server’s message by the field it is about', async () => {
    const user = userEvent.setup();
    const input = {
      categoryId: 'category-3',
      title: 'Shouted at in reception',
      body: '<p>How do you look after yourself afterwards?</p>',
      tags: [],
      anonymous: true,
    };
    renderRoute('/discuss/categories/category-3/new', {
      viewer: learnerFixture,
      mocks: [
        categoryMock(true),
        {
          request: { query: createForumThreadMutation, variables: { input } },
          result: {
            errors: [
              new GraphQLError('Invalid input', {
                extensions: {
                  code: 'BAD_USER_INPUT',
                  fields: { anonymous: 'This discussion does not allow anonymous posts.' },
                },
              }),
            ],
          },
        },
      ],
    });
    await user.type(await screen.findByRole('textbox', { name: /^Title/ }), input.title);
    await user.click(screen.getByRole('textbox', { name: 'Your post' }));
    await user.keyboard('How do you look after yourself afterwards?');
    await user.click(screen.getByLabelText('Post without my name'));
    await user.click(screen.getByRole('button', { name: 'Start thread' }));

    const link = await screen.findByRole('link', { name: 'This discussion does not allow anonymous posts.' });
    expect(link).toHaveAttribute('href', '#anonymous');
    expect(screen.getAllByText('This discussion does not allow anonymous posts.')).toHaveLength(2);
  });
});
