import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { clockTime, spokenTime } from '../time';

export interface PlayerCue {
  startSeconds: number;
  endSeconds: number;
  voice?: string | null;
  text: string;
}

export interface PlayerChapter {
  startSeconds: number;
  title: string;
}

export interface PodcastPlayerProps {
  title: string;
  src: string;
  /** Length from the file, until the browser reads it itself. */
  durationSeconds: number | null;
  chapters: PlayerChapter[];
  transcript: PlayerCue[];
  /** Where to download the transcript as a file, when there is one. */
  transcriptUrl?: string | null;
}

const SPEEDS = [0.75, 1, 1.25, 1.5, 2] as const;
const SKIP_SECONDS = 15;

/** The last item whose start is at or before `time`, or -1. */
function indexAt<T extends { startSeconds: number }>(items: T[], time: number): number {
  let found = -1;
  for (let i = 0; i < items.length && items[i].startSeconds <= time + 0.05; i += 1) found = i;
  return found;
}

/**
 * An accessible podcast player: the browser's <audio> without its own controls, driven by
 * ordinary buttons, a labelled seek slider and a speed select, with the chapters and the
 * transcript as lists of buttons that seek there. The passage being heard is highlighted and
 * marked aria-current; the only announcement (polite) says where playback moved after a seek
 * or a speed change, so screen-reader users are not interrupted while listening.
 */
export function PodcastPlayer({
  title,
  src,
  durationSeconds,
  chapters,
  transcript,
  transcriptUrl,
}: PodcastPlayerProps) {
  const audio = useRef<HTMLAudioElement>(null);
  const transcriptBox = useRef<HTMLOListElement>(null);
  const [playing, setPlaying] = useState(false);
  const [time, setTime] = useState(0);
  const [duration, setDuration] = useState(durationSeconds ?? 0);
  const [speed, setSpeed] = useState(1);
  const [announcement, setAnnouncement] = useState('');

  const currentCue = useMemo(() => indexAt(transcript, time), [transcript, time]);
  const currentChapter = useMemo(() => indexAt(chapters, time), [chapters, time]);

  const seek = useCallback(
    (to: number, say?: string) => {
      const element = audio.current;
      const clamped = Math.max(0, duration ? Math.min(to, duration) : to);
      if (element) element.currentTime = clamped;
      setTime(clamped);
      if (say) setAnnouncement(say);
    },
    [duration],
  );

  const toggle = () => {
    const element = audio.current;
    if (!element) return;
    if (element.paused) void element.play().catch(() => setPlaying(false));
    else element.pause();
  };

  const changeSpeed = (value: number) => {
    setSpeed(value);
    if (audio.current) audio.current.playbackRate = value;
    setAnnouncement(`Speed ${value} times`);
  };

  // Keep the passage being heard in view inside the transcript box, without moving focus or the page.
  useEffect(() => {
    const box = transcriptBox.current;
    const item = box?.children[currentCue] as HTMLElement | undefined;
    if (!box || !item || typeof box.scrollTo !== 'function') return;
    const top = item.offsetTop - box.offsetTop;
    if (top < box.scrollTop || top + item.offsetHeight > box.scrollTop + box.clientHeight) {
      box.scrollTo({ top: Math.max(0, top - box.clientHeight / 3) });
    }
  }, [currentCue]);

  return (
    <section className="app-podcast-player" aria-label={`Player: ${title}`}>
      <audio
        ref={audio}
        src={src}
        preload="metadata"
        onPlay={() => setPlaying(true)}
        onPause={() => setPlaying(false)}
        onEnded={() => setPlaying(false)}
        onTimeUpdate={(event) => setTime(event.currentTarget.currentTime)}
        onLoadedMetadata={(event) => {
          if (Number.isFinite(event.currentTarget.duration)) setDuration(event.currentTarget.duration);
        }}
      />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <div className="app-podcast-controls">
            <button type="button" className="govuk-button govuk-!-margin-bottom-2" onClick={toggle}>
              {playing ? 'Pause' : 'Play'}
            </button>{' '}
            <button
              type="button"
              className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2"
              onClick={() => seek(time - SKIP_SECONDS, `Moved back to ${spokenTime(Math.max(0, time - SKIP_SECONDS))}`)}
            >
              Back {SKIP_SECONDS} seconds
            </button>{' '}
            <button
              type="button"
              className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2"
              onClick={() => seek(time + SKIP_SECONDS, `Moved forward to ${spokenTime(time + SKIP_SECONDS)}`)}
            >
              Forward {SKIP_SECONDS} seconds
            </button>
          </div>
          <div className="govuk-form-group govuk-!-margin-bottom-3">
            <label className="govuk-label" htmlFor="podcast-position">
              Position
            </label>
            <input
              id="podcast-position"
              className="app-podcast-seek"
              type="range"
              min={0}
              max={Math.max(1, Math.ceil(duration))}
              step={1}
              value={Math.floor(time)}
              aria-valuetext={`${spokenTime(time)} of ${spokenTime(duration)}`}
              onChange={(event) => seek(Number(event.currentTarget.value))}
            />
            <p className="govuk-body-s app-podcast-time" aria-hidden="true">
              {clockTime(time)} / {clockTime(duration)}
            </p>
          </div>
          <div className="govuk-form-group">
            <label className="govuk-label" htmlFor="podcast-speed">
              Speed
            </label>
            <select
              id="podcast-speed"
              className="govuk-select"
              value={speed}
              onChange={(event) => changeSpeed(Number(event.currentTarget.value))}
            >
              {SPEEDS.map((s) => (
                <option key={s} value={s}>
                  {s === 1 ? 'Normal' : `${s} times`}
                </option>
              ))}
            </select>
          </div>
          <p className="govuk-visually-hidden" role="status">
            {announcement}
          </p>
          {chapters.length ? (
            <>
              <h2 className="govuk-heading-s" id="podcast-chapters">
                Chapters
              </h2>
              <ol className="govuk-list app-podcast-chapters" aria-labelledby="podcast-chapters">
                {chapters.map((chapter, i) => (
                  <li key={`${chapter.startSeconds}-${chapter.title}`}>
                    <button
                      type="button"
                      className="app-podcast-seek-button"
                      aria-current={i === currentChapter ? 'true' : undefined}
                      onClick={() =>
                        seek(chapter.startSeconds, `Playing from ${chapter.title}, ${spokenTime(chapter.startSeconds)}`)
                      }
                    >
                      <span className="app-podcast-cue-time">{clockTime(chapter.startSeconds)}</span> {chapter.title}
                    </button>
                  </li>
                ))}
              </ol>
            </>
          ) : null}
        </div>
        <div className="govuk-grid-column-one-half">
          <h2 className="govuk-heading-s" id="podcast-transcript">
            Transcript
          </h2>
          {transcript.length ? (
            <>
              <p className="govuk-hint">Choose a passage to play from there.</p>
              <ol
                ref={transcriptBox}
                className="govuk-list app-podcast-transcript"
                aria-labelledby="podcast-transcript"
                tabIndex={-1}
              >
                {transcript.map((cue, i) => (
                  <li key={`${cue.startSeconds}-${i}`}>
                    <button
                      type="button"
                      className="app-podcast-seek-button"
                      aria-current={i === currentCue ? 'true' : undefined}
                      onClick={() => seek(cue.startSeconds, `Playing from ${spokenTime(cue.startSeconds)}`)}
                    >
                      <span className="app-podcast-cue-time">{clockTime(cue.startSeconds)}</span>{' '}
                      {cue.voice ? <strong>{cue.voice}: </strong> : null}
                      {cue.text}
                    </button>
                  </li>
                ))}
              </ol>
              {transcriptUrl ? (
                <p className="govuk-body-s">
                  <a className="govuk-link" href={transcriptUrl} download>
                    Download the transcript (WebVTT)
                  </a>
                </p>
              ) : null}
            </>
          ) : (
            <p className="govuk-body">There is no transcript for this episode yet.</p>
          )}
        </div>
      </div>
    </section>
  );
}
