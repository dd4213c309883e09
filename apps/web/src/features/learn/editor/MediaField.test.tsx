import '../testing/layoutPolyfill';
import type { ScenarioContent } from '@common-ground/shared';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { frontDeskScenario } from '../fixtures/scenario';
import { sceneMediaOf, type EditorMedia, type UploadMedia } from './MediaField';
import { ScenarioEditor } from './ScenarioEditor';

const url = (id: string) => `/api/media/${id}`;

function Harness({
  initial,
  onUpload,
  changes,
}: {
  initial: ScenarioContent;
  onUpload?: UploadMedia;
  changes?: (next: ScenarioContent) => void;
}) {
  const [value, setValue] = useState(initial);
  return (
    <ScenarioEditor
      value={value}
      onChange={(next) => {
        changes?.(next);
        setValue(next);
      }}
      onUpload={onUpload}
      resolveMedia={(id) => ({ id, kind: 'IMAGE', url: url(id) })}
    />
  );
}

const card = (title: string) =>
  screen
    .getByRole('heading', { level: 3, name: new RegExp(`^${title}`) })
    .closest('.govuk-summary-card') as HTMLElement;

const scene = (content: ScenarioContent, id: string) => content.scenes.find((candidate) => candidate.id === id)!;

describe('scene and character media in the scenario editor', () => {
  it('uploads a picture for a scene, asks for its description, previews it and removes it', async () => {
    const user = userEvent.setup();
    const onUpload = vi.fn<UploadMedia>(async () => ({ id: 'img-1', kind: 'IMAGE', url: url('img-1') }));
    const changes = vi.fn<(next: ScenarioContent) => void>();
    render(<Harness initial={frontDeskScenario} onUpload={onUpload} changes={changes} />);

    await user.click(within(card('At the front desk')).getByRole('button', { name: 'Edit At the front desk' }));
    const file = new File(['png'], 'desk.png', { type: 'image/png' });
    await user.upload(screen.getByLabelText('Picture or recording (optional)'), file);
    expect(onUpload).toHaveBeenCalledWith(file);
    expect(scene(changes.mock.lastCall![0], 'arrival').mediaId).toBe('img-1');
    expect(await screen.findByText('desk.png uploaded.')).toBeInTheDocument();

    // An image needs a description: shown on the field and as a problem above the scenes.
    const alt = screen.getByRole('textbox', { name: /Describe the picture/ });
    expect(alt).toHaveAccessibleDescription(/Enter a description of the picture/);
    expect(
      screen.getByRole('link', { name: /Describe this scene’s picture for people who cannot see it/ }),
    ).toBeInTheDocument();

    await user.type(alt, 'A busy waiting room');
    expect(scene(changes.mock.lastCall![0], 'arrival').mediaAlt).toBe('A busy waiting room');
    expect(screen.queryByRole('link', { name: /Describe this scene’s picture/ })).not.toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'A busy waiting room' })).toHaveAttribute('src', url('img-1'));

    // The learner's preview shows it too.
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    expect(screen.getByRole('img', { name: 'A busy waiting room' })).toHaveAttribute('src', url('img-1'));
    await user.click(screen.getByRole('button', { name: 'Back to the form' }));

    // Still open for editing.
    await user.click(screen.getByRole('button', { name: /^Remove picture or recording/ }));
    const removed = scene(changes.mock.lastCall![0], 'arrival');
    expect(removed.mediaId).toBeNull();
    expect(removed.mediaAlt).toBeNull();
    expect(screen.getByLabelText('Picture or recording (optional)')).toBeInTheDocument();
  });

  it('takes a recording with an optional description, played in the preview', async () => {
    const user = userEvent.setup();
    const onUpload = vi.fn<UploadMedia>(async () => ({ id: 'aud-1', kind: 'AUDIO', url: url('aud-1') }));
    const changes = vi.fn<(next: ScenarioContent) => void>();
    const { container } = render(<Harness initial={frontDeskScenario} onUpload={onUpload} changes={changes} />);

    await user.click(within(card('At the front desk')).getByRole('button', { name: 'Edit At the front desk' }));
    await user.upload(
      screen.getByLabelText('Picture or recording (optional)'),
      new File(['mp3'], 'call.mp3', { type: 'audio/mpeg' }),
    );
    expect(await screen.findByText('call.mp3 uploaded.')).toBeInTheDocument();
    const description = screen.getByRole('textbox', { name: 'Description of the recording (optional)' });
    expect(description).not.toHaveAccessibleDescription(/Enter a description/);
    expect(screen.queryByText(/no description/)).not.toBeInTheDocument();
    await user.type(description, 'Phone call');
    expect(container.querySelector('audio')).toHaveAttribute('src', url('aud-1'));

    await user.click(screen.getByRole('button', { name: 'Preview' }));
    const audio = container.querySelector('audio');
    expect(audio).toHaveAttribute('src', url('aud-1'));
    expect(audio).toHaveAttribute('aria-label', 'Phone call');
  });

  it('shows why an upload was refused', async () => {
    const user = userEvent.setup();
    const onUpload = vi.fn<UploadMedia>(async () => {
      throw new Error('The file is too big. Choose a smaller file.');
    });
    render(<Harness initial={frontDeskScenario} onUpload={onUpload} />);
    await user.click(within(card('At the front desk')).getByRole('button', { name: 'Edit At the front desk' }));
    const input = screen.getByLabelText('Picture or recording (optional)');
    await user.upload(input, new File(['x'], 'huge.png', { type: 'image/png' }));
    expect(await screen.findByText('The file is too big. Choose a smaller file.')).toBeInTheDocument();
    expect(input).toHaveAccessibleDescription(/too big/);
  });

  it('gives a character a picture and removes it, refusing a recording', async () => {
    // The server decides the kind by content, whatever the file chooser allowed.
    const user = userEvent.setup({ applyAccept: false });
    const media: EditorMedia[] = [
      { id: 'aud-2', kind: 'AUDIO', url: url('aud-2') },
      { id: 'face-1', kind: 'IMAGE', url: url('face-1') },
    ];
    const onUpload = vi.fn<UploadMedia>(async () => media.shift()!);
    const changes = vi.fn<(next: ScenarioContent) => void>();
    render(<Harness initial={frontDeskScenario} onUpload={onUpload} changes={changes} />);

    let mihai = screen.getByRole('group', { name: 'Character 1: Mihai Popescu' });
    const input = within(mihai).getByLabelText('Picture (optional)');
    await user.upload(input, new File(['mp3'], 'voice.mp3', { type: 'audio/mpeg' }));
    expect(await within(mihai).findByText(/Choose a picture/)).toBeInTheDocument();
    expect(changes).not.toHaveBeenCalled();

    await user.upload(input, new File(['png'], 'face.png', { type: 'image/png' }));
    expect(changes.mock.lastCall![0].characters[0].avatarMediaId).toBe('face-1');
    expect(within(mihai).getByRole('img', { name: 'Picture of Mihai Popescu' })).toHaveAttribute('src', url('face-1'));

    // The learner's preview shows the speaker's picture beside their name.
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    expect(document.querySelector('.app-scene__avatar')).toHaveAttribute('src', url('face-1'));
    await user.click(screen.getByRole('button', { name: 'Back to the form' }));

    mihai = screen.getByRole('group', { name: 'Character 1: Mihai Popescu' });
    await user.click(within(mihai).getByRole('button', { name: 'Remove picture (optional)' }));
    expect(changes.mock.lastCall![0].characters[0].avatarMediaId).toBeNull();
  });

  it('shows no upload without onUpload, but still lets existing media be removed', () => {
    const withMedia: ScenarioContent = {
      ...frontDeskScenario,
      scenes: frontDeskScenario.scenes.map((candidate) =>
        candidate.id === 'arrival' ? { ...candidate, mediaId: 'img-9', mediaAlt: '' } : candidate,
      ),
    };
    render(<ScenarioEditor value={withMedia} onChange={() => undefined} />);
    expect(screen.queryByLabelText('Picture (optional)')).not.toBeInTheDocument();
    expect(within(card('At the front desk')).getByText(/Picture, with no description yet/)).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /Describe this scene’s picture for people who cannot see it/ }),
    ).toBeInTheDocument();
  });

  it('maps scene media for the learner view', () => {
    const resolve = (id: string): EditorMedia => ({ id, kind: id.startsWith('aud') ? 'AUDIO' : 'IMAGE', url: url(id) });
    const base = frontDeskScenario.scenes[0];
    expect(sceneMediaOf({ ...base, mediaId: 'img', mediaAlt: ' Desk ' }, resolve)).toEqual({
      kind: 'IMAGE',
      src: url('img'),
      alt: 'Desk',
    });
    expect(sceneMediaOf({ ...base, mediaId: 'aud', mediaAlt: null }, resolve)).toEqual({
      kind: 'AUDIO',
      src: url('aud'),
      label: 'Recording for this scene',
    });
    expect(sceneMediaOf({ ...base, mediaId: null }, resolve)).toBeNull();
  });
});
