import { useMutation, useQuery } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { z } from 'zod';
import { withFlash } from '../../../app/flash';
import { FormErrorSummary } from '../../../app/FormErrorSummary';
import { LoadingPage } from '../../../app/guards';
import { Page } from '../../../app/Page';
import { validateForm } from '../../../lib/forms';
import { isSector, SECTOR_LABELS, SECTORS } from '../../../lib/labels';
import { useFormErrors } from '../../../lib/useFormErrors';
import { useFormValues } from '../../../lib/useFormValues';
import { requiredText } from '../../../lib/validation';
import { BackLink, Button, ButtonGroup, Radios, Textarea, TextInput } from '../../../ui';
import { NotFoundPage } from '../../errors/pages/NotFoundPage';
import { YES_NO_ITEMS } from '../components/yesNo';
import type { AdminOrganisationQuery } from '../../../gql/graphql';
import { adminOrganisationQuery, createOrganisationMutation, updateOrganisationMutation } from '../operations';

const FIELDS = ['name', 'sector', 'fundsPartnership', 'saferProgrammeMember', 'emailDomains'] as const;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/;

/** Email domains typed one per line, tidied: lower case, no "@", no blanks or repeats. */
export function parseDomains(text: string): string[] {
  const domains = text
    .split(/[\n,;\s]+/)
    .map((line) => line.trim().toLowerCase().replace(/^@/, ''))
    .filter(Boolean);
  return [...new Set(domains)];
}

const schema = z
  .object({
    name: requiredText('Enter the organisation’s name'),
    sector: z.string().refine(isSector, 'Select the organisation’s sector'),
    fundsPartnership: z.enum(['yes', 'no'], { error: 'Select yes if the organisation funds the partnership' }),
    saferProgrammeMember: z.string(),
    emailDomains: z
      .string()
      .refine(
        (text) => parseDomains(text).every((domain) => DOMAIN.test(domain)),
        'Enter email domains like example.gov.uk, one on each line',
      ),
  })
  .refine(
    (values) =>
      values.sector !== 'VOLUNTARY_AND_COMMUNITY' ||
      values.saferProgrammeMember === 'yes' ||
      values.saferProgrammeMember === 'no',
    {
      message: 'Select yes if the organisation is a member of the Safer programme',
      path: ['saferProgrammeMember'],
    },
  );

/**
 * Add or change an organisation. The Safer programme question is only asked
 * for voluntary and community groups, the only ones it applies to.
 */
export function OrganisationFormPage() {
  const { id } = useParams();
  const editing = id !== undefined;
  const existing = useQuery(adminOrganisationQuery, {
    variables: { id: id ?? '' },
    skip: !editing,
    fetchPolicy: 'network-only',
  });
  const organisation = existing.data?.organisation;

  if (editing && existing.loading && !existing.data) return <LoadingPage />;
  if (editing && !organisation) return <NotFoundPage />;

  // Keyed on the organisation so the form starts from its saved values, once.
  return <OrganisationForm key={organisation?.id ?? 'new'} id={id} organisation={organisation ?? undefined} />;
}

type ExistingOrganisation = NonNullable<AdminOrganisationQuery['organisation']>;

type OrganisationFormValues = Record<(typeof FIELDS)[number], string>;

function initialValues(organisation: ExistingOrganisation | undefined): OrganisationFormValues {
  if (!organisation) {
    return { name: '', sector: '', fundsPartnership: '', saferProgrammeMember: '', emailDomains: '' };
  }
  return {
    name: organisation.name,
    sector: organisation.sector,
    fundsPartnership: organisation.fundsPartnership ? 'yes' : 'no',
    saferProgrammeMember: organisation.saferProgrammeMember ? 'yes' : 'no',
    emailDomains: organisation.emailDomains.join('\n'),
  };
}

function OrganisationForm({ id, organisation }: { id: string | undefined; organisation?: ExistingOrganisation }) {
  const editing = id !== undefined;
  const navigate = useNavigate();
  const [create, createState] = useMutation(createOrganisationMutation);
  const [update, updateState] = useMutation(updateOrganisationMutation);
  const errors = useFormErrors(FIELDS);
  const { values, setField } = useFormValues(initialValues(organisation));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validateForm(schema, values);
    if (!result.ok) {
      errors.showFieldErrors(result.errors);
      return;
    }
    const { sector } = result.data;
    if (!isSector(sector)) return;
    const input = {
      name: result.data.name,
      sector,
      fundsPartnership: result.data.fundsPartnership === 'yes',
      saferProgrammeMember: sector === 'VOLUNTARY_AND_COMMUNITY' && result.data.saferProgrammeMember === 'yes',
      emailDomains: parseDomains(result.data.emailDomains),
    };
    try {
      if (id) await update({ variables: { input: { id, ...input } } });
      else await create({ variables: { input } });
      await navigate('/admin/organisations', {
        state: withFlash(id ? `${input.name} has been updated` : `${input.name} has been added`),
      });
    } catch (error) {
      errors.showApiError(error);
    }
  };

  const title = editing ? `Change ${organisation?.name ?? 'organisation'}` : 'Add an organisation';
  return (
    <Page
      title={title}
      error={errors.hasErrors}
      beforeHeading={
        <>
          <BackLink to="/admin/organisations" />
          <FormErrorSummary errors={errors} fieldOrder={FIELDS} />
        </>
      }
    >
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextInput
          id="name"
          label="Name"
          spellCheck={false}
          value={values.name}
          onChange={setField('name')}
          error={errors.fields.name}
        />
        <Radios
          idPrefix="sector"
          legend="Sector"
          items={SECTORS.map((sector) => ({ value: sector, text: SECTOR_LABELS[sector] }))}
          value={values.sector}
          onChange={setField('sector')}
          error={errors.fields.sector}
        />
        <Radios
          idPrefix="fundsPartnership"
          legend="Does the organisation fund the partnership?"
          hint="Staff from funding organisations go on courses free of charge."
          items={YES_NO_ITEMS}
          inline
          value={values.fundsPartnership}
          onChange={setField('fundsPartnership')}
          error={errors.fields.fundsPartnership}
        />
        {values.sector === 'VOLUNTARY_AND_COMMUNITY' ? (
          <Radios
            idPrefix="saferProgrammeMember"
            legend="Is the organisation a member of the Safer programme?"
            hint="Members pay a lower charge for courses."
            items={YES_NO_ITEMS}
            inline
            value={values.saferProgrammeMember}
            onChange={setField('saferProgrammeMember')}
            error={errors.fields.saferProgrammeMember}
          />
        ) : null}
        <Textarea
          id="emailDomains"
          label="Email domains"
          hint="The part of staff email addresses after the @, one on each line, like example.gov.uk. People who sign up with these addresses join this organisation."
          spellCheck={false}
          value={values.emailDomains}
          onChange={setField('emailDomains')}
          error={errors.fields.emailDomains}
        />
        <ButtonGroup>
          <Button loading={createState.loading || updateState.loading}>
            {editing ? 'Save changes' : 'Add organisation'}
          </Button>
          <Link className="govuk-link" to="/admin/organisations">
            Cancel
          </Link>
        </ButtonGroup>
      </form>
    </Page>
  );
}
