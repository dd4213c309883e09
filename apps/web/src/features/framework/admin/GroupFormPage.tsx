import { useMutation, useQuery } from '@apollo/client/react';
import { WORKFORCE_GROUP_LABELS, WORKFORCE_GROUPS, type WorkforceGroupName } from '@common-ground/shared';
import { useState } from 'react';
import { useParams } from 'react-router';
import { LoadingPage } from '../../../app/guards';
import type { FrameworkAdminQuery } from '../../../gql/graphql';
import type { FieldErrors } from '../../../lib/errors';
import { Radios, Select } from '../../../ui';
import { NotFoundPage } from '../../errors/pages/NotFoundPage';
import { checkNamedItem } from './formChecks';
import { NamedItemFields, type NamedItemValues } from './NamedItemFields';
import { createWorkforceGroupMutation, frameworkAdminQuery, updateWorkforceGroupMutation } from './operations';
import { adminPaths } from './paths';
import { AdminFormPage } from './AdminFormPage';
import { useAdminForm } from './useAdminForm';

const FIELDS = ['name', 'description', 'position', 'profileGroup', 'openToPublic'] as const;
type Group = FrameworkAdminQuery['frameworkGroups'][number];

/** Add a workforce group, or change one (admins). */
export function GroupFormPage() {
  const { id } = useParams();
  const { data, loading } = useQuery(frameworkAdminQuery, { fetchPolicy: 'network-only' });
  if (loading && !data) return <LoadingPage />;
  const groups = data?.frameworkGroups ?? [];
  const group = id ? groups.find((g) => g.id === id) : undefined;
  if (id && !group) return <NotFoundPage />;
  const next = groups.reduce((max, g) => Math.max(max, g.position), 0) + 1;
  return <GroupForm key={group?.id ?? 'new'} group={group} nextPosition={next} />;
}

function GroupForm({ group, nextPosition }: { group?: Group; nextPosition: number }) {
  const [values, setValues] = useState<NamedItemValues>({
    name: group?.name ?? '',
    description: group?.description ?? '',
    position: String(group?.position ?? nextPosition),
  });
  const [profileGroup, setProfileGroup] = useState<string>(group?.profileGroup ?? '');
  const [openToPublic, setOpenToPublic] = useState(group?.openToPublic ? 'yes' : 'no');
  const [create, createState] = useMutation(createWorkforceGroupMutation);
  const [update, updateState] = useMutation(updateWorkforceGroupMutation);
  const { errors, submit } = useAdminForm(FIELDS, adminPaths.root);

  const onSubmit = () => {
    const found: FieldErrors = {};
    const named = checkNamedItem(found, values, 'Enter the group’s name');
    return submit(found, async () => {
      const input = {
        ...named,
        profileGroup: profileGroup ? (profileGroup as WorkforceGroupName) : null,
        openToPublic: openToPublic === 'yes',
      };
      if (group) await update({ variables: { input: { ...input, id: group.id } } });
      else await create({ variables: { input } });
      return group ? `${input.name} has been changed` : `${input.name} has been added`;
    });
  };

  return (
    <AdminFormPage
      title={group ? `Change ${group.name}` : 'Add a workforce group'}
      backTo={adminPaths.root}
      errors={errors}
      fields={FIELDS}
      onSubmit={onSubmit}
      saving={createState.loading || updateState.loading}
      submitText={group ? 'Save changes' : 'Add group'}
    >
      <NamedItemFields
        values={values}
        onChange={setValues}
        errors={errors.fields}
        descriptionLabel="Which roles belong here (optional)"
        descriptionHint="Helps people find their group. Plain text."
        positionHint="From general contact (smallest) to leaders (largest)."
      />
      <Select
        id="profileGroup"
        label="Profile group that starts people here"
        labelClassName="govuk-label--s"
        hint="People whose profile names this group start the tool with this framework group chosen."
        error={errors.fields.profileGroup}
        options={[
          { value: '', text: 'None' },
          ...WORKFORCE_GROUPS.map((g) => ({ value: g, text: WORKFORCE_GROUP_LABELS[g] })),
        ]}
        value={profileGroup}
        onChange={setProfileGroup}
      />
      <Radios
        idPrefix="openToPublic"
        legend="Can people use the tool for this group without signing in?"
        hint="Choose yes for the public, carers and volunteers."
        error={errors.fields.openToPublic}
        items={[
          { value: 'yes', text: 'Yes' },
          { value: 'no', text: 'No, staff only' },
        ]}
        value={openToPublic}
        onChange={setOpenToPublic}
        inline
      />
    </AdminFormPage>
  );
}
