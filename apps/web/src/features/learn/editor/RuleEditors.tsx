import type { Comparison, ComparisonOp, Condition, Effect, EffectOp, ScenarioVariable } from '@common-ground/shared';
import { Fieldset, Radios, Select, type SelectOption } from '../../../ui';
import { NumberInput } from './NumberInput';

const EFFECT_OP_LABELS: Record<EffectOp, string> = { SET: 'Set to', ADD: 'Add' };

const COMPARISON_LABELS: Record<ComparisonOp, string> = {
  EQ: 'is',
  NEQ: 'is not',
  GT: 'is more than',
  GTE: 'is at least',
  LT: 'is less than',
  LTE: 'is at most',
};

const FLAG_OPS: ComparisonOp[] = ['EQ', 'NEQ'];
const NUMBER_OPS: ComparisonOp[] = ['EQ', 'NEQ', 'GT', 'GTE', 'LT', 'LTE'];

function variableOptions(variables: readonly ScenarioVariable[], current: string): SelectOption[] {
  const options = variables.map((variable) => ({
    value: variable.name,
    text: variable.label ? `${variable.label} (${variable.name})` : variable.name,
  }));
  // Keep a removed or misspelt variable visible, so the select does not pretend it is another one.
  if (current && !variables.some((variable) => variable.name === current)) {
    options.unshift({ value: current, text: `${current} (not a variable any more)` });
  }
  return options;
}

function defaultValue(variable: ScenarioVariable | undefined): number | boolean {
  return variable?.kind === 'FLAG' ? true : 0;
}

/** A flag's value as a yes/no select; a number's as a whole-number field. */
function ValueField({
  id,
  label,
  variable,
  value,
  onChange,
}: {
  id: string;
  label: string;
  variable: ScenarioVariable | undefined;
  value: number | boolean;
  onChange: (value: number | boolean) => void;
}) {
  if (variable?.kind === 'FLAG') {
    return (
      <Select
        id={id}
        label={label}
        options={[
          { value: 'true', text: 'Yes' },
          { value: 'false', text: 'No' },
        ]}
        value={value === false ? 'false' : 'true'}
        onChange={(next) => onChange(next === 'true')}
      />
    );
  }
  return (
    <NumberInput
      id={id}
      label={label}
      value={typeof value === 'number' ? value : null}
      onChange={(next) => onChange(next ?? 0)}
      errorName="a value"
    />
  );
}

export interface EffectsEditorProps {
  idBase: string;
  effects: readonly Effect[];
  variables: readonly ScenarioVariable[];
  onChange: (effects: Effect[]) => void;
}

/** What a choice changes: each row sets a variable or adds to a number. */
export function EffectsEditor({ idBase, effects, variables, onChange }: EffectsEditorProps) {
  const replace = (index: number, effect: Effect) =>
    onChange(effects.map((current, at) => (at === index ? effect : current)));
  return (
    <Fieldset legend="What this choice changes" legendClassName="govuk-fieldset__legend--s">
      {effects.length === 0 ? <p className="govuk-body">This choice changes nothing.</p> : null}
      {effects.map((effect, index) => {
        const variable = variables.find((candidate) => candidate.name === effect.variable);
        const id = `${idBase}-effect-${index + 1}`;
        return (
          <div className="app-rule-row" key={index} role="group" aria-label={`Change ${index + 1}`}>
            <Select
              id={`${id}-variable`}
              label={`Change ${index + 1}: variable`}
              options={variableOptions(variables, effect.variable)}
              value={effect.variable}
              onChange={(name) => {
                const chosen = variables.find((candidate) => candidate.name === name);
                replace(index, {
                  variable: name,
                  op: chosen?.kind === 'FLAG' ? 'SET' : effect.op,
                  value: defaultValue(chosen),
                });
              }}
            />
            {variable?.kind === 'FLAG' ? null : (
              <Select
                id={`${id}-op`}
                label="How"
                options={(['SET', 'ADD'] as const).map((op) => ({ value: op, text: EFFECT_OP_LABELS[op] }))}
                value={effect.op}
                onChange={(op) => replace(index, { ...effect, op: op === 'ADD' ? 'ADD' : 'SET' })}
              />
            )}
            <ValueField
              id={`${id}-value`}
              label={variable?.kind === 'FLAG' ? 'Set to' : 'Value'}
              variable={variable}
              value={effect.value}
              onChange={(value) => replace(index, { ...effect, value })}
            />
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => onChange(effects.filter((_effect, at) => at !== index))}
            >
              Remove change {index + 1}
            </button>
          </div>
        );
      })}
      {variables.length === 0 ? (
        <p className="govuk-body">To change something, first add a variable under ‘Variables’.</p>
      ) : (
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() =>
            onChange([...effects, { variable: variables[0].name, op: 'SET', value: defaultValue(variables[0]) }])
          }
        >
          Add a change
        </button>
      )}
    </Fieldset>
  );
}

export interface ConditionEditorProps {
  idBase: string;
  condition: Condition | null | undefined;
  variables: readonly ScenarioVariable[];
  onChange: (condition: Condition | null) => void;
}

type Mode = 'ALWAYS' | 'ALL' | 'ANY';

/** When a choice is offered: always, or only when all (or any) comparisons hold. */
export function ConditionEditor({ idBase, condition, variables, onChange }: ConditionEditorProps) {
  const mode: Mode = !condition ? 'ALWAYS' : 'all' in condition ? 'ALL' : 'ANY';
  const comparisons: Comparison[] = !condition ? [] : 'all' in condition ? condition.all : condition.any;
  const build = (nextMode: Mode, next: Comparison[]): Condition | null =>
    nextMode === 'ALWAYS' ? null : nextMode === 'ALL' ? { all: next } : { any: next };
  const replace = (index: number, comparison: Comparison) =>
    onChange(
      build(
        mode,
        comparisons.map((current, at) => (at === index ? comparison : current)),
      ),
    );
  const firstComparison = (): Comparison => ({
    variable: variables[0]?.name ?? '',
    op: 'EQ',
    value: defaultValue(variables[0]),
  });

  return (
    <div>
      <Radios
        idPrefix={`${idBase}-condition`}
        legend="When is this choice offered?"
        small
        items={[
          { value: 'ALWAYS', text: 'Always' },
          { value: 'ALL', text: 'Only when all of these are true' },
          { value: 'ANY', text: 'Only when at least one of these is true' },
        ]}
        value={mode}
        onChange={(value) => {
          const nextMode: Mode = value === 'ALL' || value === 'ANY' ? value : 'ALWAYS';
          const kept = comparisons.length > 0 || nextMode === 'ALWAYS' ? comparisons : [firstComparison()];
          onChange(build(nextMode, kept));
        }}
      />
      {mode === 'ALWAYS' ? null : (
        <>
          {comparisons.map((comparison, index) => {
            const variable = variables.find((candidate) => candidate.name === comparison.variable);
            const id = `${idBase}-test-${index + 1}`;
            const ops = variable?.kind === 'FLAG' ? FLAG_OPS : NUMBER_OPS;
            return (
              <div className="app-rule-row" key={index} role="group" aria-label={`Test ${index + 1}`}>
                <Select
                  id={`${id}-variable`}
                  label={`Test ${index + 1}: variable`}
                  options={variableOptions(variables, comparison.variable)}
                  value={comparison.variable}
                  onChange={(name) => {
                    const chosen = variables.find((candidate) => candidate.name === name);
                    replace(index, { variable: name, op: 'EQ', value: defaultValue(chosen) });
                  }}
                />
                <Select
                  id={`${id}-op`}
                  label="Test"
                  options={ops.map((op) => ({ value: op, text: COMPARISON_LABELS[op] }))}
                  value={comparison.op}
                  onChange={(op) => replace(index, { ...comparison, op: ops.find((item) => item === op) ?? 'EQ' })}
                />
                <ValueField
                  id={`${id}-value`}
                  label="Value"
                  variable={variable}
                  value={comparison.value}
                  onChange={(value) => replace(index, { ...comparison, value })}
                />
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary"
                  onClick={() =>
                    onChange(
                      build(
                        mode,
                        comparisons.filter((_comparison, at) => at !== index),
                      ),
                    )
                  }
                >
                  Remove test {index + 1}
                </button>
              </div>
            );
          })}
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => onChange(build(mode, [...comparisons, firstComparison()]))}
          >
            Add a test
          </button>
        </>
      )}
    </div>
  );
}
