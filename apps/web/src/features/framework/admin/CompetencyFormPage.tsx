import { useMutation, useQuery } from '@apollo/client/react';
import {
  COMPETENCY_KIND_LABELS,
  COMPETENCY_KINDS,
  FRAMEWORK_LIMITS as L,
  type CompetencyKindName,
} from '@common-ground/shared';
import { useState } from 'react';
import { useParams } from 'react-router';
import { LoadingPage } from '../../../app/guards';
import type { CompetencyAdminFieldsFragment, FrameworkAdminQuery } from '../../../gql/graphql';
import type { FieldErrors } from '../../../lib/errors';
import { Radios, Select, Textarea, TextInput } from '../../../ui';
import { NotFoundPage } from '../../errors/pages/NotFoundPage';
import { checkPosition, checkText } from './formChecks';
import {
  createCompetencyMutation,
  frameworkAdminQuery,
  frameworkCompetencyQuery,
  updateCompetencyMutation,
} from './operations';
import { adminPaths } from './paths';
import { AdminFormPage } from './AdminFormPage';
import { useAdminForm } from './useAdminForm';

const FIELDS = ['strandId', 'workforceGroupId', 'kind', 'statement', 'position'] as const;

/** Add a competency to a strand and workforce group, or change one (admins). */
export function CompetencyFormPage() {
  const { id } = useParams();
  const lists = useQuery(frameworkAdminQuery, { fetchPolicy: 'network-only' });
  const existing = useQuery(frameworkCompetencyQuery, {
    variables: { id: id ?? '' },
    skip: !id,
    fetchPolicy: 'network-only',
  });
  if ((lists.loading && !lists.data) || (id && existing.loading && !existing.data)) return <LoadingPage />;
  const competency = existing.data?.frameworkCompetency;
  if (id && !competency) return <NotFoundPage />;
  if (!lists.data) return <NotFoundPage />;
  return <CompetencyForm key={competency?.id ?? 'new'} competency={competency} lists={lists.data} />;
}

function CompetencyForm({
  competency,
  lists,
}: {
  competency?: CompetencyAdminFieldsFragment;
  lists: FrameworkAdminQuery;
}) {
  const [strandId, setStrandId] = useState(competency?.strandId ?? '');
  const [groupId, setGroupId] = useState(competency?.workforceGroupId ?? '');
  const [kind, setKind] = useState<string>(competency?.kind ?? '');
  const [statement, setStatement] = useState(competency?.statement ?? '');
  const [position, setPosition] = useState(String(competency?.position ?? 1));
  const [create, createState] = useMutation(createCompetencyMutation);
  const [update, updateState] = useMutation(updateCompetencyMutation);
  const { errors, submit } = useAdminForm(FIELDS, adminPaths.competencies);

  const onSubmit = () => {
    const found: FieldErrors = {};
    if (!strandId) found.strandId = 'Choose a strand';
    if (!groupId) found.workforceGroupId = 'Choose a workforce group';
    if (!kind) found.kind = 'Choose whether this is something to know or to do';
    checkText(found, 'statement', statement, L.statementMaxLength, 'Enter the competency', 'The competency');
    const order = checkPosition(position, found);
    return submit(found, async () => {
      const input = {
        strandId,
        workforceGroupId: groupId,
        kind: kind as CompetencyKindName,
        statement: statement.trim(),
        position: order,
      };
      if (competency) await update({ variables: { input: { ...input, id: competency.id } } });
      else await create({ variables: { input } });
      return competency ? 'The competency has been changed' : 'The competency has been added';
    });
  };

  return (
    <AdminFormPage
      title={competency ? 'Change a competency' : 'Add a competency'}
      backTo={adminPaths.competencies}
      errors={errors}
      fields={FIELDS}
      onSubmit={onSubmit}
      saving={createState.loading || updateState.loading}
      submitText={competency ? 'Save changes' : 'Add competency'}
    >
      <Select
        id="strandId"
        label="Strand"
        labelClassName="govuk-label--s"
        error={errors.fields.strandId}
        options={[
          { value: '', text: 'Choose a strand' },
          ...lists.frameworkStrands.map((s) => ({ value: s.id, text: s.name })),
        ]}
        value={strandId}
        onChange={setStrandId}
      />
      <Select
        id="workforceGroupId"
        label="Workforce group"
        labelClassName="govuk-label--s"
        error={errors.fields.workforceGroupId}
        options={[
          { value: '', text: 'Choose a workforce group' },
          ...lists.frameworkGroups.map((g) => ({ value: g.id, text: g.name })),
        ]}
        value={groupId}
        onChange={setGroupId}
      />
      <Radios
        idPrefix="kind"
        legend="Is it something to know or something to do?"
        error={errors.fields.kind}
        items={COMPETENCY_KINDS.map((k) => ({ value: k, text: COMPETENCY_KIND_LABELS[k] }))}
        value={kind}
        onChange={setKind}
      />
      <Textarea
        id="statement"
        label="Competency"
        labelClassName="govuk-label--s"
        hint="One short sentence that starts with a verb, like “Know who to tell when you are worried about someone”. Plain text."
        error={errors.fields.statement}
        value={statement}
        onChange={setStatement}
        rows={3}
      />
      <TextInput
        id="position"
        label="Order"
        labelClassName="govuk-label--s"
        hint="Within its strand and group, smallest number first."
        error={errors.fields.position}
        value={position}
        onChange={setPosition}
        inputMode="numeric"
        widthClassName="govuk-input--width-4"
      />
    </AdminFormPage>
  );
}
