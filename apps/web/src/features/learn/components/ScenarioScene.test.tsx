import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { frontDeskScenario } from '../fixtures/scenario';
import { ScenarioScene } from './ScenarioScene';

const scene = frontDeskScenario.scenes[0];

function renderScene(props: Partial<Parameters<typeof ScenarioScene>[0]> = {}) {
  const onChoose = vi.fn(async () => undefined);
  render(
    <ScenarioScene
      scene={scene}
      speaker={{ name: 'Mihai Popescu', role: 'Resident' }}
      choices={scene.choices}
      step={1}
      onChoose={onChoose}
      {...props}
    />,
  );
  return { onChoose };
}

function renderSceneWithAvatar() {
  return render(
    <ScenarioScene
      scene={scene}
      speaker={{ name: 'Mihai Popescu', role: 'Resident', avatar: { url: '/api/media/avatar-1' } }}
      choices={scene.choices}
      step={1}
      onChoose={vi.fn(async () => undefined)}
    />,
  );
}

describe('ScenarioScene', () => {
  it('shows the step, speaker, narrative and the choices as radios under the question', () => {
    renderScene({ step: 3, maxSteps: 5 });
    expect(screen.getByRole('heading', { level: 2, name: /Step 3 of up to 5\s*At the front desk/ })).toBeVisible();
    expect(screen.getByText('Mihai Popescu')).toBeInTheDocument();
    expect(screen.getByText(/English little/)).toBeInTheDocument();
    const group = screen.getByRole('group', { name: 'What do you do?' });
    expect(within(group).getAllByRole('radio')).toHaveLength(3);
    expect(within(group).getByLabelText('Book a telephone interpreter')).not.toBeChecked();
  });

  it('shows the speaker’s picture as decoration beside their name', () => {
    const { container } = renderSceneWithAvatar();
    const avatar = container.querySelector('img.app-scene__avatar');
    expect(avatar?.getAttribute('src')).toBe('/api/media/avatar-1');
    expect(avatar?.getAttribute('alt')).toBe('');
  });

  it('says "Decision N" when the number of steps is not known', () => {
    renderScene({ step: 2 });
    expect(screen.getByRole('heading', { name: /Decision 2/ })).toBeInTheDocument();
  });

  it('shows the error summary and an inline error when nothing is chosen', async () => {
    const user = userEvent.setup();
    const { onChoose } = renderScene();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onChoose).not.toHaveBeenCalled();
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Select what you do' })).toHaveAttribute('href', '#scene-choice');
    expect(summary.parentElement).toHaveFocus();
    expect(screen.getByRole('group', { name: 'What do you do?' })).toHaveAccessibleDescription(
      'Error: Select what you do',
    );
  });

  it('sends the chosen choice', async () => {
    const user = userEvent.setup();
    const { onChoose } = renderScene();
    await user.click(screen.getByLabelText('Ask his friend in the queue to translate'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onChoose).toHaveBeenCalledWith('ask-friend');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a refusal from the server in the error summary', async () => {
    const user = userEvent.setup();
    renderScene({ onChoose: () => Promise.reject(new Error('That choice is not offered in this scene.')) });
    await user.click(screen.getByLabelText('Book a telephone interpreter'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText('That choice is not offered in this scene.')).toBeInTheDocument();
  });

  it('says it is saving while busy', () => {
    renderScene({ busy: true });
    expect(screen.getByRole('button', { name: 'Saving your choice…' })).toBeDisabled();
  });

  it('shows an image with its alt text, or an audio player', () => {
    const { unmount } = render(
      <ScenarioScene
        scene={scene}
        media={{ kind: 'IMAGE', src: '/media/desk.jpg', alt: 'A council reception desk' }}
        choices={scene.choices}
        step={1}
        onChoose={async () => undefined}
      />,
    );
    expect(screen.getByRole('img', { name: 'A council reception desk' })).toHaveAttribute('src', '/media/desk.jpg');
    unmount();
    const { container } = render(
      <ScenarioScene
        scene={scene}
        media={{ kind: 'AUDIO', src: '/media/desk.mp3', label: 'Mihai speaking Romanian' }}
        choices={scene.choices}
        step={1}
        onChoose={async () => undefined}
      />,
    );
    const audio = container.querySelector('audio');
    expect(audio).toHaveAttribute('controls');
    expect(audio).toHaveAttribute('src', '/media/desk.mp3');
  });

  it('starts a new scene with nothing selected', async () => {
    const user = userEvent.setup();
    const next = frontDeskScenario.scenes[1];
    const { rerender } = render(
      <ScenarioScene scene={scene} choices={scene.choices} step={1} onChoose={async () => undefined} />,
    );
    await user.click(screen.getByLabelText('Book a telephone interpreter'));
    rerender(<ScenarioScene scene={next} choices={next.choices} step={2} onChoose={async () => undefined} />);
    for (const radio of screen.getAllByRole('radio')) expect(radio).not.toBeChecked();
  });
});
