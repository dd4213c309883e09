import type { MentionSuggestions } from './mentions';

export const mentionOptionId = (listId: string, index: number) => `${listId}-option-${index}`;

/**
 * The colleagues offered after "@", as a listbox the editing surface controls: the active
 * option is named by the surface's aria-activedescendant, so focus stays in the text while
 * Up and Down move through the list, Enter picks and Escape closes. A click picks too.
 */
export function MentionListbox({ id, suggestions }: { id: string; suggestions: MentionSuggestions }) {
  if (suggestions.items.length === 0) return null;
  return (
    <ul className="app-mention-list" id={id} role="listbox" aria-label="Colleagues to mention">
      {suggestions.items.map((candidate, index) => (
        <li
          key={candidate.id}
          id={mentionOptionId(id, index)}
          role="option"
          aria-selected={index === suggestions.active}
          className="app-mention-list__option"
          // Keep the caret in the editor when an option is clicked.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => suggestions.pick(candidate)}
        >
          <strong>{candidate.name}</strong>
          {candidate.detail ? <span>, {candidate.detail}</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** What a screen reader is told when the suggestions change. */
export function mentionAnnouncement(suggestions: MentionSuggestions | null): string {
  if (!suggestions || !suggestions.query.trim()) return '';
  const count = suggestions.items.length;
  if (count === 0) return `No colleagues found for “${suggestions.query}”.`;
  return `${count} ${count === 1 ? 'colleague' : 'colleagues'} found. Use the up and down arrows to choose, then press Enter to mention them.`;
}
