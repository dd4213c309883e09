import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router';
import { withFlash } from '../../../app/flash';
import { FormErrorSummary } from '../../../app/FormErrorSummary';
import { LoadingPage } from '../../../app/guards';
import { Page } from '../../../app/Page';
import { useFormErrors } from '../../../lib/useFormErrors';
import { BackLink, Button, ButtonGroup, WarningText } from '../../../ui';
import { NotFoundPage } from '../../errors/pages/NotFoundPage';
import {
  deleteCompetencyMutation,
  deleteLearningResourceMutation,
  deleteStrandMutation,
  deleteWorkforceGroupMutation,
  frameworkAdminQuery,
  frameworkCompetencyQuery,
  frameworkResourceQuery,
} from './operations';
import { adminPaths, type FrameworkItemKind } from './paths';

const WHAT_GOES: Record<FrameworkItemKind, string> = {
  strands: 'Its competencies, people’s ratings of them and their mapping to resources will be deleted too.',
  groups: 'Its competencies, people’s ratings of them and their mapping to resources will be deleted too.',
  competencies: 'People’s ratings of it and its mapping to resources will be deleted too.',
  resources: 'It will disappear from everyone’s learning plans, with what people recorded about it.',
};

const BACK: Record<FrameworkItemKind, string> = {
  strands: adminPaths.root,
  groups: adminPaths.root,
  competencies: adminPaths.competencies,
  resources: adminPaths.resources,
};

/** Asks before deleting a strand, group, competency or resource for good (admins). */
export function DeleteItemPage({ kind }: { kind: FrameworkItemKind }) {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const lists = useQuery(frameworkAdminQuery, {
    skip: kind !== 'strands' && kind !== 'groups',
    fetchPolicy: 'network-only',
  });
  const competency = useQuery(frameworkCompetencyQuery, { variables: { id }, skip: kind !== 'competencies' });
  const resource = useQuery(frameworkResourceQuery, { variables: { id }, skip: kind !== 'resources' });
  const [removeStrand, s1] = useMutation(deleteStrandMutation);
  const [removeGroup, s2] = useMutation(deleteWorkforceGroupMutation);
  const [removeCompetency, s3] = useMutation(deleteCompetencyMutation);
  const [removeResource, s4] = useMutation(deleteLearningResourceMutation);
  const errors = useFormErrors([]);
  if (
    (lists.loading && !lists.data) ||
    (competency.loading && !competency.data) ||
    (resource.loading && !resource.data)
  ) {
    return <LoadingPage />;
  }
  const name =
    kind === 'strands'
      ? lists.data?.frameworkStrands.find((s) => s.id === id)?.name
      : kind === 'groups'
        ? lists.data?.frameworkGroups.find((g) => g.id === id)?.name
        : kind === 'competencies'
          ? competency.data?.frameworkCompetency.statement
          : resource.data?.frameworkResource.title;
  if (!name) return <NotFoundPage />;
  const onDelete = async () => {
    const variables = { variables: { input: { id } } };
    try {
      if (kind === 'strands') await removeStrand(variables);
      else if (kind === 'groups') await removeGroup(variables);
      else if (kind === 'competencies') await removeCompetency(variables);
      else await removeResource(variables);
      await navigate(BACK[kind], { state: withFlash(`“${name}” has been deleted`) });
    } catch (error) {
      errors.showApiError(error);
    }
  };
  return (
    <Page
      title={`Delete ${name}`}
      heading={`Are you sure you want to delete “${name}”?`}
      error={errors.hasErrors}
      beforeHeading={
        <>
          <BackLink to={BACK[kind]} />
          <FormErrorSummary errors={errors} fieldOrder={[]} />
        </>
      }
    >
      <WarningText>{WHAT_GOES[kind]} You cannot undo this.</WarningText>
      <ButtonGroup>
        <Button
          type="button"
          variant="warning"
          loading={s1.loading || s2.loading || s3.loading || s4.loading}
          loadingText="Deleting…"
          onClick={() => void onDelete()}
        >
          Delete
        </Button>
      </ButtonGroup>
    </Page>
  );
}
