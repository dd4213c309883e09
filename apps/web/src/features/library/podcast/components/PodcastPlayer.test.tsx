import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PodcastPlayer } from './PodcastPlayer';

const TRANSCRIPT = [
  { startSeconds: 0, endSeconds: 6.7, voice: 'Sarah Whitlock', text: 'Hello, and welcome.' },
  { startSeconds: 7.2, endSeconds: 13.9, voice: 'Sarah Whitlock', text: 'In my first week a man came in.' },
  { startSeconds: 14.4, endSeconds: 20.7, voice: 'Tomasz Nowak', text: 'Nobody told me where to go.' },
];
const CHAPTERS = [
  { startSeconds: 0, title: 'Welcome' },
  { startSeconds: 14.4, title: 'The housing form' },
];

const renderPlayer = () =>
  render(
    <PodcastPlayer
      title="My first week"
      src="/api/media/abc"
      durationSeconds={42}
      chapters={CHAPTERS}
      transcript={TRANSCRIPT}
      transcriptUrl="/api/podcasts/episodes/abc/transcript.vtt"
    />,
  );
const audio = () => document.querySelector('audio') as HTMLAudioElement;

describe('PodcastPlayer', () => {
  beforeEach(() => {
    // jsdom has no media playback: play and pause fire the events a browser would.
    vi.spyOn(HTMLMediaElement.prototype, 'play').mockImplementation(function (this: HTMLMediaElement) {
      Object.defineProperty(this, 'paused', { configurable: true, value: false });
      this.dispatchEvent(new Event('play'));
      return Promise.resolve();
    });
    vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(function (this: HTMLMediaElement) {
      Object.defineProperty(this, 'paused', { configurable: true, value: true });
      this.dispatchEvent(new Event('pause'));
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('drives the hidden audio element with its own labelled controls', async () => {
    const user = userEvent.setup();
    renderPlayer();
    expect(audio().controls).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();

    const slider = screen.getByRole('slider', { name: 'Position' });
    expect(slider).toHaveAttribute('aria-valuetext', '0 seconds of 42 seconds');
    fireEvent.change(slider, { target: { value: '20' } });
    expect(audio().currentTime).toBe(20);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Speed' }), '1.5');
    expect(audio().playbackRate).toBe(1.5);
    expect(screen.getByRole('status')).toHaveTextContent('Speed 1.5 times');
  });

  it('seeks to a transcript passage when it is chosen, marks it current and says where playback moved', async () => {
    const user = userEvent.setup();
    renderPlayer();
    const passage = screen.getByRole('button', { name: /Nobody told me where to go/ });
    await user.click(passage);
    expect(audio().currentTime).toBeCloseTo(14.4);
    expect(passage).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('button', { name: /0:14 The housing form/ })).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Playing from 14 seconds');
  });

  it('follows the recording as it plays, highlighting the passage being heard', () => {
    renderPlayer();
    act(() => {
      Object.defineProperty(audio(), 'currentTime', { configurable: true, value: 8 });
      audio().dispatchEvent(new Event('timeupdate'));
    });
    expect(screen.getByRole('button', { name: /In my first week/ })).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('button', { name: /Hello, and welcome/ })).not.toHaveAttribute('aria-current');
  });

  it('is complete by keyboard: Tab reaches every control and Enter seeks from a chapter or passage', async () => {
    const user = userEvent.setup();
    renderPlayer();
    const order: string[] = [];
    for (let i = 0; i < 10; i += 1) {
      await user.tab();
      const el = document.activeElement as HTMLElement;
      order.push(el.getAttribute('aria-label') ?? el.id ?? '');
      order[order.length - 1] ||= el.textContent ?? '';
    }
    expect(order.slice(0, 8)).toEqual([
      'Play',
      'Back 15 seconds',
      'Forward 15 seconds',
      'podcast-position',
      'podcast-speed',
      '0:00 Welcome',
      '0:14 The housing form',
      '0:00 Sarah Whitlock: Hello, and welcome.',
    ]);
    screen.getByRole('button', { name: /0:14 The housing form/ }).focus();
    await user.keyboard('{Enter}');
    expect(audio().currentTime).toBeCloseTo(14.4);
    screen.getByRole('button', { name: /In my first week/ }).focus();
    await user.keyboard(' ');
    expect(audio().currentTime).toBeCloseTo(7.2);
    await user.keyboard('{Shift>}{Tab}{/Shift}');
    await user.keyboard('{Enter}');
    expect(audio().currentTime).toBe(0);
  });
});
