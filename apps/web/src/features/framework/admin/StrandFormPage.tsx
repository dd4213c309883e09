import { useMutation, useQuery } from '@apollo/client/react';
import { FRAMEWORK_LIMITS as L } from '@common-ground/shared';
import { useState } from 'react';
import { useParams } from 'react-router';
import { LoadingPage } from '../../../app/guards';
import type { FieldErrors } from '../../../lib/errors';
import { Textarea, TextInput } from '../../../ui';
import { NotFoundPage } from '../../errors/pages/NotFoundPage';
import { checkPosition, checkText } from './formChecks';
import { createStrandMutation, frameworkAdminQuery, updateStrandMutation } from './operations';
import { adminPaths } from './paths';
import { AdminFormPage } from './AdminFormPage';
import { useAdminForm } from './useAdminForm';

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
  const [name, setName] = useState(strand?.name ?? '');
  const [description, setDescription] = useState(strand?.description ?? '');
  const [position, setPosition] = useState(String(strand?.position ?? nextPosition));
  const [create, createState] = useMutation(createStrandMutation);
  const [update, updateState] = useMutation(updateStrandMutation);
  const { errors, submit } = useAdminForm(FIELDS, adminPaths.root);

  const onSubmit = () => {
    const found: FieldErrors = {};
    checkText(found, 'name', name, L.nameMaxLength, 'Enter the strand’s name', 'The name');
    checkText(found, 'description', description, L.descriptionMaxLength, null, 'The description');
    const order = checkPosition(position, found);
    return submit(found, async () => {
      const input = { name: name.trim(), description: description.trim(), position: order };
      if (strand) await update({ variables: { input: { ...input, id: strand.id } } });
      else await create({ variables: { input } });
      return strand ? `${input.name} has been changed` : `${input.name} has been added`;
    });
  };

  return (
    <AdminFormPage
      title={strand ? `Change ${strand.name}` : 'Add a strand'}
      backTo={adminPaths.root}
      errors={errors}
      fields={FIELDS}
      onSubmit={onSubmit}
      saving={createState.loading || updateState.loading}
      submitText={strand ? 'Save changes' : 'Add strand'}
    >
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
    </AdminFormPage>
  );
}
