import { SCENARIO_ID_PATTERN, type ScenarioContent } from '@common-ground/shared';
import { Radios, TextInput } from '../../../ui';
import { plural } from '../components/labels';
import { ConfirmDelete } from './ConfirmDelete';
import { MediaField } from './MediaField';
import { NumberInput } from './NumberInput';
import {
  addCharacter,
  addVariable,
  choicesUsingVariable,
  removeCharacter,
  removeVariable,
  uniqueId,
  updateCharacter,
  updateVariable,
} from './scenarioEdits';

export interface CastAndVariablesProps {
  value: ScenarioContent;
  onChange: (next: ScenarioContent) => void;
}

/**
 * The scenario's characters (who can speak in a scene) and variables (what choices remember,
 * such as trust or whether an interpreter was used), each a small fieldset with its own remove
 * confirmation.
 */
export function CastAndVariables({ value, onChange }: CastAndVariablesProps) {
  return (
    <div id="scenario-cast" tabIndex={-1}>
      <h2 className="govuk-heading-m">Characters</h2>
      {value.characters.length === 0 ? (
        <p className="govuk-body">No characters yet. Add the people who speak in the story.</p>
      ) : null}
      {value.characters.map((character, index) => {
        const id = `character-${character.id}`;
        const speaks = value.scenes.filter((scene) => scene.speakerId === character.id).length;
        return (
          <fieldset className="govuk-fieldset app-choice" key={character.id}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
              Character {index + 1}
              {character.name.trim() ? `: ${character.name}` : ''}
            </legend>
            <TextInput
              id={`${id}-name`}
              label="Name"
              error={character.name.trim() ? undefined : 'Enter the character’s name'}
              value={character.name}
              onChange={(name) => onChange(updateCharacter(value, character.id, { name }))}
            />
            <TextInput
              id={`${id}-role`}
              label="Role"
              hint="For example, Resident or Customer services adviser."
              value={character.role}
              onChange={(role) => onChange(updateCharacter(value, character.id, { role }))}
            />
            <MediaField
              id={`${id}-avatar`}
              label="Picture (optional)"
              hint="A JPEG, PNG, WebP or GIF picture up to 10 MB, shown beside what they say."
              accept="image/jpeg,image/png,image/webp,image/gif"
              kinds={['IMAGE']}
              mediaId={character.avatarMediaId}
              alt={character.name.trim() ? `Picture of ${character.name.trim()}` : 'Picture of the character'}
              onUploaded={(media) => onChange(updateCharacter(value, character.id, { avatarMediaId: media.id }))}
              onRemove={() => onChange(updateCharacter(value, character.id, { avatarMediaId: null }))}
            />
            <ConfirmDelete
              action="Remove character"
              thing={character.name.trim() || `${index + 1}`}
              consequences={
                speaks > 0 ? (
                  <p className="govuk-body">They speak in {plural(speaks, 'scene')}, which will become narration.</p>
                ) : undefined
              }
              onConfirm={() => onChange(removeCharacter(value, character.id))}
            />
          </fieldset>
        );
      })}
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        onClick={() =>
          onChange(
            addCharacter(value, {
              id: uniqueId(
                'character',
                value.characters.map((character) => character.id),
              ),
              name: '',
              role: '',
            }),
          )
        }
      >
        Add a character
      </button>

      <h2 className="govuk-heading-m">Variables</h2>
      <p className="govuk-body">
        Variables remember what the learner did, so later scenes can depend on it. A number counts (like trust); a flag
        is yes or no (like whether an interpreter was used).
      </p>
      {value.variables.map((variable, index) => {
        const id = `variable-${index + 1}`;
        const duplicate = value.variables.some((other, at) => at !== index && other.name === variable.name);
        const nameError = !SCENARIO_ID_PATTERN.test(variable.name)
          ? 'Enter a name using only letters, numbers, hyphens and underscores, like usedInterpreter'
          : duplicate
            ? 'Another variable has this name. Enter a different name'
            : undefined;
        const uses = choicesUsingVariable(value, variable.name);
        return (
          <fieldset className="govuk-fieldset app-choice" key={index}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
              Variable {index + 1}
              {variable.name ? `: ${variable.label || variable.name}` : ''}
            </legend>
            <TextInput
              id={`${id}-name`}
              label="Name"
              hint="Used in changes and conditions. Renaming updates them."
              error={nameError}
              spellCheck={false}
              value={variable.name}
              onChange={(name) => onChange(updateVariable(value, index, { name }))}
            />
            <TextInput
              id={`${id}-label`}
              label="Description (optional)"
              value={variable.label ?? ''}
              onChange={(label) => onChange(updateVariable(value, index, { label }))}
            />
            <Radios
              idPrefix={`${id}-kind`}
              legend="Kind"
              inline
              small
              items={[
                { value: 'NUMBER', text: 'Number' },
                { value: 'FLAG', text: 'Flag (yes or no)' },
              ]}
              value={variable.kind}
              onChange={(kind) => onChange(updateVariable(value, index, { kind: kind === 'FLAG' ? 'FLAG' : 'NUMBER' }))}
            />
            {variable.kind === 'FLAG' ? (
              <Radios
                idPrefix={`${id}-initial`}
                legend="Starts as"
                inline
                small
                items={[
                  { value: 'true', text: 'Yes' },
                  { value: 'false', text: 'No' },
                ]}
                value={variable.initial === true ? 'true' : 'false'}
                onChange={(initial) => onChange(updateVariable(value, index, { initial: initial === 'true' }))}
              />
            ) : (
              <NumberInput
                id={`${id}-initial`}
                label="Starts at"
                errorName="a starting value"
                value={typeof variable.initial === 'number' ? variable.initial : null}
                onChange={(initial) => onChange(updateVariable(value, index, { initial: initial ?? 0 }))}
              />
            )}
            <ConfirmDelete
              action="Remove variable"
              thing={variable.name || `${index + 1}`}
              consequences={
                uses > 0 ? (
                  <p className="govuk-body">
                    {plural(uses, 'choice')} {uses === 1 ? 'uses' : 'use'} it and will show a problem until you change{' '}
                    {uses === 1 ? 'it' : 'them'}.
                  </p>
                ) : undefined
              }
              onConfirm={() => onChange(removeVariable(value, index))}
            />
          </fieldset>
        );
      })}
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        onClick={() =>
          onChange(
            addVariable(value, {
              name: uniqueId(
                'variable',
                value.variables.map((variable) => variable.name),
              ),
              kind: 'NUMBER',
              initial: 0,
            }),
          )
        }
      >
        Add a variable
      </button>
    </div>
  );
}
