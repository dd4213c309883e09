import type { InternalRefetchQueriesInclude } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { mapApiError, type FieldErrors } from '../../../lib/errors';
import type { ErrorSummaryItem } from '../../../ui';
import { readNotice, withNotice } from '../../authoring/notice';
import { publishContentItemMutation, returnContentItemMutation, submitContentItemMutation } from '../operations';

export interface WorkflowEditorOptions {
  /** False while writing a new item: its first successful step moves to its edit page with the notice. */
  saved: boolean;
  /** Queries to refetch after each workflow step. */
  refetch: InternalRefetchQueriesInclude;
  editHref: (id: string) => string;
  /** The fields the server may name, for mapping its errors. */
  fields: readonly string[];
  /** The workflow names the shared text `body`: the field it is here and what to say beside it. */
  body: { field: string; message: string };
  /** The error summary's links for the fields in error. */
  summarise: (fields: FieldErrors) => ErrorSummaryItem[];
  /** Whether the page's own create or update mutation is running. */
  saving: boolean;
}

export type WorkflowEditor = ReturnType<typeof useWorkflowEditor>;
/** One workflow step run after a successful save, given the saved item's id. */
export type WorkflowWork = ((id: string) => Promise<unknown>) | null;

/**
 * What the library's FAQ and myth-buster editors share: the error summary and success banner
 * state, the submit / publish / return-to-draft mutations, and `step` (save, then run a workflow
 * step, then show the banner or move a new item to its edit page). One piece, so the editors
 * cannot drift apart in how a step fails or succeeds.
 */
export function useWorkflowEditor({
  saved,
  refetch,
  editHref,
  fields,
  body,
  summarise,
  saving,
}: WorkflowEditorOptions) {
  const navigate = useNavigate();
  const location = useLocation();
  const [problem, setProblem] = useState<{ items: ErrorSummaryItem[]; fields: FieldErrors; attempt: number } | null>(
    null,
  );
  const [done, setDone] = useState<{ heading: string; body?: string } | null>(() => readNotice(location.state));
  const [submit, submitState] = useMutation(submitContentItemMutation, { refetchQueries: refetch });
  const [publish, publishState] = useMutation(publishContentItemMutation, { refetchQueries: refetch });
  const [giveBack, returnState] = useMutation(returnContentItemMutation, { refetchQueries: refetch });
  const busy = saving || submitState.loading || publishState.loading || returnState.loading;

  const fail = (given: FieldErrors, general: string[] = []) => {
    const { body: text, ...rest } = given;
    const errors = text ? { ...rest, [body.field]: body.message } : rest;
    setDone(null);
    setProblem((previous) => ({
      fields: errors,
      items: [...summarise(errors), ...general.map((message) => ({ text: message }))],
      attempt: (previous?.attempt ?? 0) + 1,
    }));
  };

  /** Shows a server refusal, mapping the fields it names (by default the editor's own). */
  const failWith = (error: unknown, known: readonly string[] = fields) => {
    const mapped = mapApiError(error, known);
    fail(mapped.fields, mapped.general);
  };

  const step = async (save: () => Promise<string | null>, work: WorkflowWork, heading: string, notice?: string) => {
    const id = await save();
    if (!id) return;
    try {
      if (work) await work(id);
      setProblem(null);
      if (!saved) {
        await navigate(editHref(id), { state: withNotice(heading, notice) });
        return;
      }
      setDone({ heading, body: notice });
    } catch (error) {
      failWith(error);
    }
  };

  const byId = (id: string) => ({ variables: { input: { id } } });
  return {
    saved,
    problem,
    done,
    busy,
    errors: problem?.fields ?? {},
    fail,
    failWith,
    step,
    submit: (id: string) => submit(byId(id)),
    publish: (id: string) => publish(byId(id)),
    giveBack: (id: string) => giveBack(byId(id)),
  };
}
