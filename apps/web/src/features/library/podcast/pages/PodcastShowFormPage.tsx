import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Page } from '../../../../app/Page';
import { mapApiError, type FieldErrors } from '../../../../lib/errors';
import type { ContentAudience } from '../../../../gql/graphql';
import { BackLink, Button, ErrorSummary, Radios, Textarea, TextInput, type ErrorSummaryItem } from '../../../../ui';
import { FileUpload } from '../../../authoring/components/FileUpload';
import { createPodcastShowMutation } from '../operations';
import { PODCASTS_PATH, showHref } from '../paths';

const FIELDS = ['title', 'description', 'artworkMediaId', 'artworkAlt', 'audience'] as const;

/** Editors start a show: title, description, optional square artwork with its description, and who may listen. */
export function PodcastShowFormPage() {
  const navigate = useNavigate();
  const [create, { loading }] = useMutation(createPodcastShowMutation);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [artwork, setArtwork] = useState<{ id: string; url: string } | null>(null);
  const [artworkAlt, setArtworkAlt] = useState('');
  const [audience, setAudience] = useState<ContentAudience>('PUBLIC');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [summary, setSummary] = useState<ErrorSummaryItem[]>([]);

  const save = async () => {
    try {
      const { data } = await create({
        variables: {
          input: { title, description, audience, artworkMediaId: artwork?.id ?? null, artworkAlt: artworkAlt || null },
        },
      });
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
      title="Start a show"
      caption="Podcasts"
      error={summary.length > 0}
      beforeHeading={
        <>
          <BackLink to={PODCASTS_PATH} />
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
          Start the show
        </Button>
      </form>
    </Page>
  );
}
