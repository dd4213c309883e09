import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createCache } from '../../../../lib/apollo';
import { glossaryLinkingQuery, setGlossaryLinkingMutation } from '../operations';
import { GlossaryLinkingToggle } from './GlossaryLinkingToggle';

const variables = { contentKind: 'LESSON' as const, contentId: 'lesson-1' };

describe('GlossaryLinkingToggle', () => {
  it('shows the saved state and switches linking off for the lesson, saying so', async () => {
    const user = userEvent.setup();
    render(
      <MockedProvider
        cache={createCache()}
        mocks={[
          { request: { query: glossaryLinkingQuery, variables }, result: { data: { glossaryLinking: true } } },
          {
            request: { query: setGlossaryLinkingMutation, variables: { input: { ...variables, enabled: false } } },
            result: { data: { setGlossaryLinking: false } },
          },
        ]}
      >
        <GlossaryLinkingToggle {...variables} />
      </MockedProvider>,
    );
    const box = await screen.findByRole('checkbox', { name: 'Link glossary terms in this lesson' });
    expect(box).toBeChecked();
    await user.click(box);
    expect(await screen.findByText('Glossary terms will not be linked in this lesson.')).toBeInTheDocument();
    expect(box).not.toBeChecked();
  });
});
