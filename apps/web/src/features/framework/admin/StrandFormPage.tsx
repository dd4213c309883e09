import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { LoadingPage } from '../../../app/guards';
import type { FieldErrors } from '../../../lib/errors';
import { NotFoundPage } from '../../errors/pages/NotFoundPage';
import { checkNamedItem } from './formChecks';
import { NamedItemFields, type NamedItemValues } from './NamedItemFields';
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
  const [values, setValues] = useState<NamedItemValues>({
    name: strand?.name ?? '',
    description: strand?.description ?? '',
    position: String(strand?.position ?? nextPosition),
  });
  const [create, createState] = useMutation(createStrandMutation);
  const [update, updateState] = useMutation(updateStrandMutation);
  const { errors, submit } = useAdminForm(FIELDS, adminPaths.root);

  const onSubmit = () => {
    const found: FieldErrors = {};
    const input = checkNamedItem(found, values, 'Enter the strand’s name');
    return submit(found, async () => {
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
      <NamedItemFields
        values={values}
        onChange={setValues}
        errors={errors.fields}
        descriptionLabel="What it covers (optional)"
        descriptionHint="Shown to people choosing a strand. Plain text."
        positionHint="Strands are shown smallest number first."
      />
    </AdminFormPage>
  );
}
