import { useMutation, useQuery } from '@apollo/client/react';
import { FRAMEWORK_LIMITS as L } from '@common-ground/shared';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { withFlash } from '../../../app/flash';
import { FormErrorSummary } from '../../../app/FormErrorSummary';
import { LoadingPage } from '../../../app/guards';
import { Page } from '../../../app/Page';
import type { FieldErrors } from '../../../lib/errors';
import { useFormErrors } from '../../../lib/useFormErrors';
import { BackLink, Button, Textarea, TextInput } from '../../../ui';
import { NotFoundPage } from '../../errors/pages/NotFoundPage';
import { checkPosition, checkText } from './formChecks';
import { createStrandMutation, frameworkAdminQuery, updateStrandMutation } from './operations';
import { adminPaths } from './paths';

const FIELDS = ['name', 'description', 'position'] as const;

interface StrandValues {
  id: string;
  name: string;
  description: string;
  position: number;
}

/** Add a strand, or change one (admins). */
export function StrandFormPage() {
  const { id } = useParams();
  const { data, loading } = useQuery(frameworkAdminQuery, { fetchPolicy: 'network-only' });
  if (loading && !data) return <LoadingPage />;
  const strands = data?.frameworkStrands ?? [];
  const strand = id ? strands.find((s) => s.id === id) : undefined;
  if (id && !strand) return <NotFoundPage />;
  const next = strands.reduce((max, s) => Math.max(max, s.position), 0) + 1;
  return <StrandForm key={strand?.id ?? 'new'} strand={strand} nextPosition={next} />;
}

function StrandForm({ strand, nextPosition }: { strand?: StrandValues; nextPosition: number }) {
  const navigate = useNavigate();
  const [name, setName] = useState(strand?.name ?? '');
  const [description, setDescription] = useState(strand?.description ?? '');
  const [position, setPosition] = useState(String(strand?.position ?? nextPosition));
  const [create, createState] = useMutation(createStrandMutation);
  const [update, updateState] = useMutation(updateStrandMutation);
  const errors = useFormErrors(FIELDS);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FieldErrors = {};
    checkText(found, 'name', name, L.nameMaxLength, 'Enter the strand’s name', 'The name');
    checkText(found, 'description', description, L.descriptionMaxLength, null, 'The description');
    const order = checkPosition(position, found);
    if (Object.keys(found).length) {
      errors.showFieldErrors(found);
      return;
    }
    const input = { name: name.trim(), description: description.trim(), position: order };
    try {
      if (strand) await update({ variables: { input: { ...input, id: strand.id } } });
      else await create({ variables: { input } });
      await navigate(adminPaths.root, {
        state: withFlash(strand ? `${input.name} has been changed` : `${input.name} has been added`),
      });
    } catch (error) {
      errors.showApiError(error);
    }
  };

  return (
    <Page
      title={strand ? `Change ${strand.name}` : 'Add a strand'}
      caption="Framework"
      error={errors.hasErrors}
      beforeHeading={
        <>
          <BackLink to={adminPaths.root} />
          <FormErrorSummary errors={errors} fieldOrder={FIELDS} />
        </>
      }
    >
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <TextInput
          id="name"
          label="Name"
          labelClassName="govuk-label--s"
          error={errors.fields.name}
          value={name}
          onChange={setName}
        />
        <Textarea
          id="description"
          label="What it covers (optional)"
          labelClassName="govuk-label--s"
          hint="Shown to people choosing a strand. Plain text."
          error={errors.fields.description}
          value={description}
          onChange={setDescription}
          rows={3}
        />
        <TextInput
          id="position"
          label="Order"
          labelClassName="govuk-label--s"
          hint="Strands are shown smallest number first."
          error={errors.fields.position}
          value={position}
          onChange={setPosition}
          inputMode="numeric"
          widthClassName="govuk-input--width-4"
        />
        <Button type="submit" loading={createState.loading || updateState.loading} loadingText="Saving…">
          {strand ? 'Save changes' : 'Add strand'}
        </Button>
      </form>
    </Page>
  );
}
