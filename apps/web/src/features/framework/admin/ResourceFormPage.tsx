import { useMutation, useQuery } from '@apollo/client/react';
import {
  FRAMEWORK_LIMITS as L,
  RESOURCE_KIND_LABELS,
  RESOURCE_KINDS,
  type ResourceKindName,
} from '@common-ground/shared';
import { useState } from 'react';
import { useParams } from 'react-router';
import { LoadingPage } from '../../../app/guards';
import type { CompetencyAdminFieldsFragment, ResourceAdminFieldsFragment } from '../../../gql/graphql';
import type { FieldErrors } from '../../../lib/errors';
import { Checkboxes, Radios, Select, Textarea, TextInput } from '../../../ui';
import { NotFoundPage } from '../../errors/pages/NotFoundPage';
import { checkText } from './formChecks';
import {
  createLearningResourceMutation,
  frameworkModuleChoicesQuery,
  frameworkResourceQuery,
  updateLearningResourceMutation,
} from './operations';
import { adminPaths } from './paths';
import { AdminFormPage } from './AdminFormPage';
import { useAdminForm } from './useAdminForm';
import { useAllCompetencies } from './useAllCompetencies';

const FIELDS = ['kind', 'title', 'description', 'moduleId', 'url', 'competencyIds'] as const;
const LINK = /^(https?:\/\/[^\s<>"]+|\/(?!\/)[^\s<>"]*)$/i;

/**
 * Add a learning resource of any kind and map it to the competencies it serves (all of them are
 * offered, however many pages they take), or change one (admins).
 */
export function ResourceFormPage() {
  const { id } = useParams();
  const existing = useQuery(frameworkResourceQuery, {
    variables: { id: id ?? '' },
    skip: !id,
    fetchPolicy: 'network-only',
  });
  const competencies = useAllCompetencies();
  const modules = useQuery(frameworkModuleChoicesQuery);
  if ((id && existing.loading && !existing.data) || competencies.loading || (modules.loading && !modules.data)) {
    return <LoadingPage />;
  }
  if (competencies.failed) throw new Error('The competencies could not be loaded');
  const resource = existing.data?.frameworkResource;
  if (id && !resource) return <NotFoundPage />;
  return (
    <ResourceForm
      key={resource?.id ?? 'new'}
      resource={resource}
      competencies={competencies.competencies}
      modules={modules.data?.learningModules.edges.map((e) => e.node) ?? []}
    />
  );
}

function ResourceForm({
  resource,
  competencies,
  modules,
}: {
  resource?: ResourceAdminFieldsFragment;
  competencies: CompetencyAdminFieldsFragment[];
  modules: { id: string; title: string }[];
}) {
  const [kind, setKind] = useState<string>(resource?.kind ?? '');
  const [title, setTitle] = useState(resource?.title ?? '');
  const [description, setDescription] = useState(resource?.description ?? '');
  const [url, setUrl] = useState(resource?.url ?? '');
  const [moduleId, setModuleId] = useState(resource?.moduleId ?? '');
  const [chosen, setChosen] = useState<string[]>(resource?.competencies.map((c) => c.id) ?? []);
  const [create, createState] = useMutation(createLearningResourceMutation);
  const [update, updateState] = useMutation(updateLearningResourceMutation);
  const { errors, submit } = useAdminForm(FIELDS, adminPaths.resources);
  const isModule = kind === 'MODULE';
  const groups = [...new Set(competencies.map((c) => `${c.strandName} – ${c.workforceGroupName}`))];

  const onSubmit = () => {
    const found: FieldErrors = {};
    if (!kind) found.kind = 'Choose what kind of resource this is';
    checkText(found, 'title', title, L.resourceTitleMaxLength, 'Enter a title', 'The title');
    checkText(found, 'description', description, L.resourceDescriptionMaxLength, null, 'The description');
    if (isModule && !moduleId) found.moduleId = 'Choose the e-learning module this resource is';
    if (!isModule && url.trim() && !LINK.test(url.trim())) {
      found.url = 'Enter a web address starting with https://, or a path starting with /';
    }
    if (kind === 'EXTERNAL_LINK' && !url.trim()) found.url = 'Enter the web address of the website';
    if (chosen.length > L.competenciesPerResourceMax) {
      found.competencyIds = `A resource can serve up to ${L.competenciesPerResourceMax} competencies`;
    }
    return submit(found, async () => {
      const input = {
        kind: kind as ResourceKindName,
        title: title.trim(),
        description: description.trim(),
        url: isModule ? null : url.trim() || null,
        moduleId: isModule ? moduleId : null,
        competencyIds: chosen,
      };
      if (resource) await update({ variables: { input: { ...input, id: resource.id } } });
      else await create({ variables: { input } });
      return resource ? `${input.title} has been changed` : `${input.title} has been added`;
    });
  };

  return (
    <AdminFormPage
      title={resource ? `Change ${resource.title}` : 'Add a learning resource'}
      backTo={adminPaths.resources}
      errors={errors}
      fields={FIELDS}
      onSubmit={onSubmit}
      saving={createState.loading || updateState.loading}
      submitText={resource ? 'Save changes' : 'Add resource'}
    >
      <Radios
        idPrefix="kind"
        legend="What kind of resource is it?"
        hint="Attending training is not the only way to learn."
        error={errors.fields.kind}
        items={RESOURCE_KINDS.map((k) => ({ value: k, text: RESOURCE_KIND_LABELS[k] }))}
        value={kind}
        onChange={setKind}
      />
      <TextInput
        id="title"
        label="Title"
        labelClassName="govuk-label--s"
        error={errors.fields.title}
        value={title}
        onChange={setTitle}
      />
      <Textarea
        id="description"
        label="What it is and how to get it (optional)"
        labelClassName="govuk-label--s"
        hint="For example who to ask, how long it takes. Plain text."
        error={errors.fields.description}
        value={description}
        onChange={setDescription}
        rows={3}
      />
      {isModule ? (
        <Select
          id="moduleId"
          label="E-learning module"
          labelClassName="govuk-label--s"
          hint="Completing the module marks this resource done by itself."
          error={errors.fields.moduleId}
          options={[{ value: '', text: 'Choose a module' }, ...modules.map((m) => ({ value: m.id, text: m.title }))]}
          value={moduleId}
          onChange={setModuleId}
        />
      ) : (
        <TextInput
          id="url"
          label={kind === 'EXTERNAL_LINK' ? 'Web address' : 'Web address (optional)'}
          labelClassName="govuk-label--s"
          hint="Starting with https://, or a page in Common Ground starting with /"
          error={errors.fields.url}
          value={url}
          onChange={setUrl}
          type="url"
          spellCheck={false}
        />
      )}
      <div id="competencyIds">
        {groups.map((group, index) => (
          <Checkboxes
            key={group}
            idPrefix={index === 0 ? 'competencyIds-list' : `competencyIds-${index}`}
            legend={group}
            hint={index === 0 ? 'Choose the competencies this resource helps with.' : undefined}
            error={index === 0 ? errors.fields.competencyIds : undefined}
            items={competencies
              .filter((c) => `${c.strandName} – ${c.workforceGroupName}` === group)
              .map((c) => ({ value: c.id, text: c.statement }))}
            values={chosen}
            onChange={(values) => {
              const inGroup = new Set(
                competencies.filter((c) => `${c.strandName} – ${c.workforceGroupName}` === group).map((c) => c.id),
              );
              setChosen([...chosen.filter((id) => !inGroup.has(id)), ...values]);
            }}
            small
          />
        ))}
      </div>
    </AdminFormPage>
  );
}
