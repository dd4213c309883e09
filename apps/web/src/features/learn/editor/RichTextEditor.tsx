import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useRef, useState } from 'react';
import { ErrorMessage, Hint, TextInput } from '../../../ui';
import { classNames } from '../../../ui/classNames';
import { describedBy } from '../../../ui/describedBy';
import { MentionBridge, mentionExtension, type MentionSearch, type MentionSuggestions } from './mentions';
import { MentionListbox, mentionAnnouncement, mentionOptionId } from './MentionListbox';
import '../learn.scss';

export interface RichTextEditorProps {
  id: string;
  label: string;
  labelClassName?: string;
  hint?: string;
  error?: string;
  /** HTML; the server sanitises it again on save. */
  value: string;
  /** The new HTML, or '' when the editor is empty. */
  onChange: (html: string) => void;
  /** Offer colleagues to mention after "@", found by this search (posts only). */
  mentions?: MentionSearch;
}

/** Only what the server's allow-list keeps: headings 2–3, bold, italic, lists, links and quotes. */
const baseExtensions = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    code: false,
    codeBlock: false,
    horizontalRule: false,
    strike: false,
    underline: false,
    link: { openOnClick: false, autolink: true, protocols: ['https', 'http', 'mailto'] },
  }),
];

const LINK_PATTERN = /^(https?:\/\/\S+|mailto:\S+@\S+)$/i;

interface ToolState {
  h2: boolean;
  h3: boolean;
  bold: boolean;
  italic: boolean;
  bulletList: boolean;
  orderedList: boolean;
  blockquote: boolean;
  link: boolean;
}

function toolState(editor: Editor | null): ToolState {
  return {
    h2: editor?.isActive('heading', { level: 2 }) ?? false,
    h3: editor?.isActive('heading', { level: 3 }) ?? false,
    bold: editor?.isActive('bold') ?? false,
    italic: editor?.isActive('italic') ?? false,
    bulletList: editor?.isActive('bulletList') ?? false,
    orderedList: editor?.isActive('orderedList') ?? false,
    blockquote: editor?.isActive('blockquote') ?? false,
    link: editor?.isActive('link') ?? false,
  };
}

/**
 * A rich-text field (TipTap) for narratives and articles. The toolbar is real buttons with
 * visible words and aria-pressed, in the tab order, and adding a link uses an ordinary labelled
 * field rather than a browser prompt. The editable area is named by the field's label and
 * described by its hint and error, like any GOV.UK field.
 */
export function RichTextEditor({
  id,
  label,
  labelClassName,
  hint,
  error,
  value,
  onChange,
  mentions,
}: RichTextEditorProps) {
  const labelId = `${id}-label`;
  const mentionListId = `${id}-mentions`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  // HTML this editor has sent up and the parent may not have rendered yet: a `value` among them is
  // our own echo arriving late (the editor may already hold newer keystrokes), not a new document.
  const emitted = useRef(new Set<string>());

  // "@" suggestions: the plugin, created once with the editor, reports through the bridge.
  const [suggestions, setSuggestions] = useState<MentionSuggestions | null>(null);
  const [bridge] = useState(() => new MentionBridge(setSuggestions));
  useEffect(() => {
    bridge.searchWith(mentions);
  }, [bridge, mentions]);
  const [extensions] = useState(() => (mentions ? [...baseExtensions, mentionExtension(bridge)] : baseExtensions));

  // Every attribute of the editing surface is given to useEditor on each render: TipTap's hook
  // re-applies its options whenever they differ, so attributes set any other way (an effect)
  // would be wiped by the next render. Hint, error and the "@" list's state stay current.
  const describedIds = describedBy(hintId, errorId);
  const listShown = !!suggestions && suggestions.items.length > 0;
  const activeOption = listShown ? mentionOptionId(mentionListId, suggestions.active) : null;
  const editor = useEditor({
    extensions,
    content: value,
    // TipTap would add a <style> element, which the site's content security policy blocks;
    // the few rules the editing surface needs are in learn.scss instead.
    injectCSS: false,
    onUpdate: ({ editor: changed }) => {
      const html = changed.isEmpty ? '' : changed.getHTML();
      emitted.current.add(html);
      onChangeRef.current(html);
    },
    editorProps: {
      attributes: {
        id,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        ...(describedIds ? { 'aria-describedby': describedIds } : {}),
        ...(error ? { 'aria-invalid': 'true' } : {}),
        ...(mentions ? { 'aria-autocomplete': 'list' } : {}),
        ...(listShown ? { 'aria-controls': mentionListId } : {}),
        ...(activeOption ? { 'aria-activedescendant': activeOption } : {}),
        class: classNames('govuk-textarea app-rich-text__content', error && 'govuk-textarea--error'),
      },
    },
  });

  // Content replaced from outside (an undo, a reset) is loaded without echoing back.
  useEffect(() => {
    if (!editor) return;
    if (value === (editor.isEmpty ? '' : editor.getHTML())) {
      emitted.current.clear();
      return;
    }
    if (emitted.current.has(value)) return;
    emitted.current.clear();
    editor.commands.setContent(value, { emitUpdate: false });
  }, [editor, value]);

  const state = useEditorState({ editor, selector: ({ editor: current }) => toolState(current) }) ?? toolState(null);
  const [linking, setLinking] = useState<{ href: string; error?: string } | null>(null);

  const tool = (text: string, pressed: boolean, run: (chain: ReturnType<Editor['chain']>) => void) => (
    <button
      type="button"
      className="govuk-button govuk-button--secondary"
      aria-pressed={pressed}
      // Keep the editor's selection when a button is clicked with a mouse.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => {
        if (editor) run(editor.chain().focus());
      }}
    >
      {text}
    </button>
  );

  const applyLink = () => {
    if (!editor || !linking) return;
    const href = linking.href.trim();
    if (!LINK_PATTERN.test(href)) {
      setLinking({
        href: linking.href,
        error: 'Enter a web address starting https://, or an email link starting mailto:',
      });
      return;
    }
    editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
    setLinking(null);
  };

  return (
    <div className={classNames('govuk-form-group', error && 'govuk-form-group--error')}>
      <label
        className={classNames('govuk-label', labelClassName)}
        id={labelId}
        htmlFor={id}
        onClick={() => editor?.commands.focus()}
      >
        {label}
      </label>
      {hint && hintId ? <Hint id={hintId}>{hint}</Hint> : null}
      {error && errorId ? <ErrorMessage id={errorId} message={error} /> : null}
      <div className="app-rich-text__toolbar" role="group" aria-label={`Formatting for ${label}`}>
        {tool('Heading', state.h2, (chain) => chain.toggleHeading({ level: 2 }).run())}
        {tool('Subheading', state.h3, (chain) => chain.toggleHeading({ level: 3 }).run())}
        {tool('Bold', state.bold, (chain) => chain.toggleBold().run())}
        {tool('Italic', state.italic, (chain) => chain.toggleItalic().run())}
        {tool('Bulleted list', state.bulletList, (chain) => chain.toggleBulletList().run())}
        {tool('Numbered list', state.orderedList, (chain) => chain.toggleOrderedList().run())}
        {tool('Quote', state.blockquote, (chain) => chain.toggleBlockquote().run())}
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          aria-pressed={state.link}
          aria-expanded={linking !== null}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() =>
            setLinking(linking ? null : { href: (editor?.getAttributes('link').href as string | undefined) ?? '' })
          }
        >
          Link
        </button>
      </div>
      {linking ? (
        <div className="app-rich-text__link">
          <TextInput
            id={`${id}-link`}
            label="Link address"
            hint="Select the words to link first, like ‘the guidance’, not ‘click here’."
            error={linking.error}
            value={linking.href}
            type="url"
            spellCheck={false}
            onChange={(href) => setLinking({ href })}
          />
          <div className="govuk-button-group">
            <button type="button" className="govuk-button govuk-button--secondary" onClick={applyLink}>
              Add link
            </button>
            {state.link ? (
              <button
                type="button"
                className="govuk-button govuk-button--secondary"
                onClick={() => {
                  editor?.chain().focus().extendMarkRange('link').unsetLink().run();
                  setLinking(null);
                }}
              >
                Remove link
              </button>
            ) : null}
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => {
                setLinking(null);
                editor?.commands.focus();
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      <EditorContent editor={editor} />
      {mentions ? (
        <>
          {suggestions ? <MentionListbox id={mentionListId} suggestions={suggestions} /> : null}
          <p className="govuk-visually-hidden" aria-live="polite">
            {mentionAnnouncement(suggestions)}
          </p>
        </>
      ) : null}
    </div>
  );
}
