import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { LoadingPage } from '../../../../app/guards';
import { formatDateTime } from '../../../../lib/dates';
import { apiErrorCode } from '../../../../lib/errors';
import type { PodcastEpisodeQuery } from '../../../../gql/graphql';
import { Button, ButtonGroup, Checkboxes, FileInput, Textarea, TextInput } from '../../../../ui';
import {
  DateTimeInput,
  dateTimeFieldId,
  EMPTY_DATE_TIME,
  readDateTime,
} from '../../../authoring/components/DateTimeInput';
import { RichTextEditor } from '../../../learn/editor/RichTextEditor';
import { NotFoundPage } from '../../../errors/pages/NotFoundPage';
import { SomethingWentWrong } from '../../../errors/pages/SomethingWentWrong';
import { useWorkflowEditor } from '../../components/useWorkflowEditor';
import { WorkflowEditorPage } from '../../components/WorkflowEditorPage';
import { publishContentItemMutation } from '../../operations';
import { AudioUpload } from '../components/AudioUpload';
import { RowsEditor } from '../components/RowsEditor';
import {
  createPodcastEpisodeMutation,
  podcastEpisodeQuery,
  podcastShowQuery,
  updatePodcastEpisodeMutation,
} from '../operations';
import { editEpisodeHref, episodeHref, showHref } from '../paths';
import { clockTime, parseClockTime } from '../time';
import '../../../authoring/authoring.scss';
import '../podcast.scss';

type Episode = NonNullable<PodcastEpisodeQuery['podcastEpisode']>;

const FIELDS = [
  'title',
  'summary',
  'notesHtml',
  'audioMediaId',
  'transcriptVtt',
  'chapters',
  'voices',
  'publishAt',
] as const;
const VTT_EXAMPLE = 'WEBVTT\n\n00:00:00.000 --> 00:00:05.000\n<v Sarah Whitlock>Hello, and welcome.';

interface ChapterRow {
  start: string;
  title: string;
}
interface VoiceRow {
  name: string;
  role: string;
}

/** New episodes start from the show's page; editing one starts from the episode's id. */
export function NewPodcastEpisodePage() {
  const { slug = '' } = useParams();
  const { data, loading, error } = useQuery(podcastShowQuery, { variables: { idOrSlug: slug } });
  if (loading && !data) return <LoadingPage />;
  if (error && !data) return apiErrorCode(error) === 'NOT_FOUND' ? <NotFoundPage /> : <SomethingWentWrong />;
  const show = data?.podcastShow;
  if (!show) return <NotFoundPage />;
  return <EpisodeEditor show={{ id: show.id, slug: show.slug, title: show.title }} episode={null} />;
}

export function EditPodcastEpisodePage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(podcastEpisodeQuery, {
    variables: { idOrSlug: id },
    fetchPolicy: 'network-only',
  });
  if (loading && !data) return <LoadingPage />;
  if (error && !data) return apiErrorCode(error) === 'NOT_FOUND' ? <NotFoundPage /> : <SomethingWentWrong />;
  const episode = data?.podcastEpisode;
  if (!episode) return <NotFoundPage />;
  return <EpisodeEditor key={episode.id} show={episode.show} episode={episode} />;
}

/** Where the error summary links for a field the server or the page names. */
const anchorOf = (field: string): string =>
  field === 'chapters'
    ? '#chapter-rows'
    : field === 'voices'
      ? '#voice-rows'
      : field === 'publishAt'
        ? `#${dateTimeFieldId(field)}`
        : `#${field}`;

/**
 * The episode editor: title, summary, show notes (the rich-text editor), the recording
 * (uploaded at once with a progress bar), the transcript as WebVTT (typed, or loaded from a
 * .vtt file, with a button that adds a timed passage), chapters and voices as "add another"
 * lists, and the explicit flag. Saving and the workflow's steps (send for review, publish,
 * return to draft) are the library editors' shared ones; publishing later is the episode's own.
 */
function EpisodeEditor({
  show,
  episode,
}: {
  show: { id: string; slug: string; title: string };
  episode: Episode | null;
}) {
  const refetch = episode ? [{ query: podcastEpisodeQuery, variables: { idOrSlug: episode.id } }] : [];
  const [create, createState] = useMutation(createPodcastEpisodeMutation);
  const [update, updateState] = useMutation(updatePodcastEpisodeMutation, {
    refetchQueries: refetch,
    awaitRefetchQueries: true,
  });
  const [schedulePublishing, scheduleState] = useMutation(publishContentItemMutation, {
    refetchQueries: refetch,
    awaitRefetchQueries: true,
  });
  const workflow = useWorkflowEditor({
    saved: episode !== null,
    refetch,
    editHref: editEpisodeHref,
    fields: FIELDS,
    body: {
      field: 'notesHtml',
      message: 'Write the show notes before sending the episode for review or publishing it',
    },
    summarise: (fields) =>
      FIELDS.flatMap((field) => (fields[field] ? [{ text: fields[field], href: anchorOf(field) }] : [])),
    saving: createState.loading || updateState.loading || scheduleState.loading,
  });
  const [title, setTitle] = useState(episode?.title ?? '');
  const [summary, setSummary] = useState(episode?.summary ?? '');
  const [notes, setNotes] = useState(episode?.notesHtml ?? '');
  const [audio, setAudio] = useState(
    episode?.audio
      ? { id: episode.audio.mediaId, url: episode.audio.url, durationSeconds: episode.audio.durationSeconds ?? null }
      : null,
  );
  const [vtt, setVtt] = useState(episode?.transcriptVtt ?? '');
  const [chapters, setChapters] = useState<ChapterRow[]>(
    episode?.chapters.map((c) => ({ start: clockTime(c.startSeconds), title: c.title })) ?? [],
  );
  const [voices, setVoices] = useState<VoiceRow[]>(episode?.voices.map((v) => ({ name: v.name, role: v.role })) ?? []);
  const [explicit, setExplicit] = useState(episode?.explicit ?? false);
  const [schedule, setSchedule] = useState(EMPTY_DATE_TIME);
  const errors = workflow.errors;

  const save = async (): Promise<string | null> => {
    const badStart = chapters.findIndex((c) => parseClockTime(c.start) === null);
    if (badStart >= 0) {
      workflow.fail({ chapters: `Chapter ${badStart + 1}: write its start as minutes and seconds, for example 1:30` });
      return null;
    }
    if (!audio) {
      workflow.fail({ audioMediaId: 'Upload the recording' });
      return null;
    }
    const fields = {
      title,
      summary,
      notesHtml: notes,
      audioMediaId: audio.id,
      transcriptVtt: vtt,
      chapters: chapters.map((c) => ({ startSeconds: parseClockTime(c.start) ?? 0, title: c.title })),
      voices,
      explicit,
    };
    try {
      if (episode) {
        await update({ variables: { input: { id: episode.id, ...fields } } });
        return episode.id;
      }
      const { data } = await create({ variables: { input: { showId: show.id, ...fields } } });
      return data?.createPodcastEpisode.id ?? null;
    } catch (caught) {
      workflow.failWith(caught);
      return null;
    }
  };

  const scheduleIt = () => {
    const read = readDateTime(schedule);
    if ('error' in read) {
      workflow.fail({ publishAt: read.error });
      return;
    }
    void workflow
      .step(
        save,
        (id) => schedulePublishing({ variables: { input: { id, publishAt: read.date.toISOString() } } }),
        `It will be published on ${formatDateTime(read.date)}`,
      )
      .then(() => setSchedule(EMPTY_DATE_TIME));
  };

  const addPassage = () => {
    const ends = [...vtt.matchAll(/-->\s*(\d{2}:\d{2}:\d{2}\.\d{3}|\d{2}:\d{2}\.\d{3})/g)];
    const last = ends.length ? (parseClockTime(ends[ends.length - 1][1]) ?? 0) : 0;
    const stamp = (s: number) => {
      const ms = Math.round(s * 1000);
      const p = (n: number, w = 2) => String(n).padStart(w, '0');
      return `${p(Math.floor(ms / 3600000))}:${p(Math.floor(ms / 60000) % 60)}:${p(Math.floor(ms / 1000) % 60)}.${p(ms % 1000, 3)}`;
    };
    const head = vtt.trim() ? vtt.replace(/\s+$/, '') : 'WEBVTT';
    setVtt(`${head}\n\n${stamp(last)} --> ${stamp(last + 5)}\n`);
  };

  const loadVtt = (file: File | undefined) => {
    if (!file) return;
    void file.text().then(setVtt);
  };

  return (
    <WorkflowEditorPage
      workflow={workflow}
      title={episode ? `Edit ${episode.title}` : 'Add an episode'}
      caption={show.title}
      backTo={episode ? episodeHref(episode.slug) : showHref(show.slug)}
      status={episode?.status}
      save={save}
      can={episode?.viewerCan}
      published="Episode published"
      after={
        episode?.viewerCan.publish ? (
          <>
            <DateTimeInput
              id="publishAt"
              legend="Or publish it later"
              error={errors.publishAt}
              value={schedule}
              onChange={setSchedule}
            />
            <Button type="button" variant="secondary" loading={workflow.busy} onClick={scheduleIt}>
              Save and schedule
            </Button>
          </>
        ) : null
      }
    >
      {episode?.publishAt ? <p className="govuk-body">Scheduled for {formatDateTime(episode.publishAt)}.</p> : null}
      <TextInput
        id="title"
        label="Title"
        labelClassName="govuk-label--s"
        value={title}
        onChange={setTitle}
        error={errors.title}
      />
      <Textarea
        id="summary"
        label="Summary"
        labelClassName="govuk-label--s"
        hint="A sentence or two for lists and podcast apps."
        rows={2}
        value={summary}
        onChange={setSummary}
        error={errors.summary}
      />
      <RichTextEditor
        id="notesHtml"
        label="Show notes"
        labelClassName="govuk-label--s"
        value={notes}
        onChange={setNotes}
        error={errors.notesHtml}
      />
      <AudioUpload
        id="audioMediaId"
        error={errors.audioMediaId}
        onUploaded={(uploaded) =>
          setAudio({ id: uploaded.id, url: uploaded.url, durationSeconds: uploaded.durationSeconds })
        }
      />
      {audio ? (
        <p className="govuk-body">
          Current recording{audio.durationSeconds ? `, ${clockTime(audio.durationSeconds)} long` : ''}:{' '}
          <a className="govuk-link" href={audio.url}>
            listen
          </a>
        </p>
      ) : null}
      <Textarea
        id="transcriptVtt"
        label="Transcript (WebVTT)"
        labelClassName="govuk-label--s"
        hint={`Start with WEBVTT, then a blank line between passages. Each passage is a time line and its words, for example: ${VTT_EXAMPLE.replace(/\n+/g, ' / ')}`}
        rows={12}
        spellCheck={false}
        value={vtt}
        onChange={setVtt}
        error={errors.transcriptVtt}
      />
      <ButtonGroup>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={addPassage}>
          Add a timed passage
        </button>
      </ButtonGroup>
      <FileInput id="transcript-file" label="Or load a WebVTT file" accept=".vtt,text/vtt" onFile={loadVtt} />
      <RowsEditor<ChapterRow>
        legend="Chapters"
        hint="Where each part starts, in minutes and seconds (for example 1:30), in order."
        noun="chapter"
        rows={chapters}
        empty={{ start: '', title: '' }}
        error={errors.chapters}
        onChange={setChapters}
        renderRow={(row, index, change) => (
          <>
            <TextInput
              id={`chapter-${index}-start`}
              label={`Chapter ${index + 1} starts at`}
              widthClassName="govuk-input--width-5"
              value={row.start}
              onChange={(start) => change({ ...row, start })}
            />
            <TextInput
              id={`chapter-${index}-title`}
              label={`Chapter ${index + 1} title`}
              value={row.title}
              onChange={(value) => change({ ...row, title: value })}
            />
          </>
        )}
      />
      <RowsEditor<VoiceRow>
        legend="Who is heard"
        hint='Each person and who they are, for example "council worker" or "migrant worker".'
        noun="voice"
        rows={voices}
        empty={{ name: '', role: '' }}
        error={errors.voices}
        onChange={setVoices}
        renderRow={(row, index, change) => (
          <>
            <TextInput
              id={`voice-${index}-name`}
              label={`Voice ${index + 1} name`}
              value={row.name}
              onChange={(name) => change({ ...row, name })}
            />
            <TextInput
              id={`voice-${index}-role`}
              label={`Voice ${index + 1} is a`}
              value={row.role}
              onChange={(role) => change({ ...row, role })}
            />
          </>
        )}
      />
      <Checkboxes
        idPrefix="explicit"
        legend="Podcast apps"
        values={explicit ? ['explicit'] : []}
        onChange={(values) => setExplicit(values.includes('explicit'))}
        items={[{ value: 'explicit', text: 'Mark as explicit', hint: 'For strong language or adult themes.' }]}
      />
    </WorkflowEditorPage>
  );
}
