import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { LoadingPage } from '../../../../app/guards';
import { Page } from '../../../../app/Page';
import { apiErrorCode, mapApiError, type FieldErrors } from '../../../../lib/errors';
import type { ContentAudience, PodcastShowQuery } from '../../../../gql/graphql';
import { BackLink, Button, ErrorSummary, Radios, Textarea, TextInput, type ErrorSummaryItem } from '../../../../ui';
import { FileUpload } from '../../../authoring/components/FileUpload';
import { NotFoundPage } from '../../../errors/pages/NotFoundPage';
import { SomethingWentWrong } from '../../../errors/pages/SomethingWentWrong';
import { createPodcastShowMutation, podcastShowQuery, updatePodcastShowMutation } from '../operations';
import { PODCASTS_PATH, showHref } from '../paths';

const FIELDS = ['title', 'description', 'artworkMediaId', 'artworkAlt', 'audience'] as const;

type Show = NonNullable<PodcastShowQuery['podcastShow']>;

/** Editors start a show. */
export function PodcastShowFormPage() {
  return <ShowForm show={null} />;
}

/** Editors change a show; its episodes follow a change of audience. */
export function EditPodcastShowPage() {
  const { slug = '' } = useParams();
  const { data, loading, error } = useQuery(podcastShowQuery, { variables: { idOrSlug: slug } });
  if (loading && !data) return <LoadingPage />;
  if (error && !data) return apiErrorCode(error) === 'NOT_FOUND' ? <NotFoundPage /> : <SomethingWentWrong />;
  if (!data?.podcastShow) return <NotFoundPage />;
  return <ShowForm key={data.podcastShow.id} show={data.podcastShow} />;
}

/** Title, description, optional square artwork with its description, and who may listen. */
function ShowForm({ show }: { show: Show | null }) {
  const navigate = useNavigate();
  const [create, createState] = useMutation(createPodcastShowMutation);
  const [update, updateState] = useMutation(updatePodcastShowMutation);
  const loading = createState.loading || updateState.loading;
  const [title, setTitle] = useState(show?.title ?? '');
  const [description, setDescription] = useState(show?.description ?? '');
  const [artwork, setArtwork] = useState<{ id: string; url: string } | null>(
    show?.artwork ? { id: show.artwork.mediaId, url: show.artwork.url } : null,
  );
  const [artworkAlt, setArtworkAlt] = useState(show?.artwork?.alt ?? '');
  const [audience, setAudience] = useState<ContentAudience>(show?.audience ?? 'PUBLIC');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [summary, setSummary] = useState<ErrorSummaryItem[]>([]);

  const save = async () => {
    try {
      const input = {
        title,
        description,
        audience,
        artworkMediaId: artwork?.id ?? null,
        artworkAlt: artworkAlt || null,
      };
      if (show) {
        await update({ variables: { input: { id: show.id, ...input } } });
        await navigate(showHref(show.slug));
        return;
      }
      const { data } = await create({ variables: { input } });
      if (data) await navigate(showHref(data.createPodcastShow.slug));
    } catch (caught) {
      const mapped = mapApiError(caught, FIELDS);
      setErrors(mapped.fields);
      setSummary([
        ...FIELDS.flatMap((f) => (mapped.fields[f] ? [{ text: mapped.fields[f], href: `#${f}` }] : [])),
        ...mapped.general.map((text) => ({ text })),
      ]);
    }
  };

  return (
    <Page
      title={show ? `Change ${show.title}` : 'Start a show'}
      caption="Podcasts"
      error={summary.length > 0}
      beforeHeading={
        <>
          <BackLink to={show ? showHref(show.slug) : PODCASTS_PATH} />
          {summary.length ? <ErrorSummary errors={summary} /> : null}
        </>
      }
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <TextInput
          id="title"
          label="Title"
          labelClassName="govuk-label--s"
          value={title}
          onChange={setTitle}
          error={errors.title}
        />
        <Textarea
          id="description"
          label="What is the show about?"
          labelClassName="govuk-label--s"
          hint="Podcast apps show this under the title."
          value={description}
          onChange={setDescription}
          error={errors.description}
        />
        <FileUpload
          id="artworkMediaId"
          label="Artwork (optional)"
          hint="A square picture, at least 1400 pixels wide, for podcast apps."
          accept="image/png,image/jpeg"
          error={errors.artworkMediaId}
          onUploaded={(media) => setArtwork({ id: media.id, url: media.url })}
        />
        {artwork ? (
          <TextInput
            id="artworkAlt"
            label="Describe the artwork"
            labelClassName="govuk-label--s"
            hint="For people who cannot see it."
            value={artworkAlt}
            onChange={setArtworkAlt}
            error={errors.artworkAlt}
          />
        ) : null}
        <Radios
          idPrefix="audience"
          legend="Who can listen?"
          value={audience}
          onChange={(value) => setAudience(value as ContentAudience)}
          error={errors.audience}
          items={[
            { value: 'PUBLIC', text: 'Everyone', hint: 'A public feed that any podcast app can follow.' },
            {
              value: 'STAFF',
              text: 'Staff only',
              hint: 'Each member of staff gets a private feed address of their own.',
            },
          ]}
        />
        <Button type="submit" loading={loading}>
          {show ? 'Save changes' : 'Start the show'}
        </Button>
      </form>
    </Page>
  );
}
