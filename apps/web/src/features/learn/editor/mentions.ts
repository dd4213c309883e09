import Mention from '@tiptap/extension-mention';
import type { SuggestionKeyDownProps, SuggestionProps } from '@tiptap/suggestion';

/** A colleague offered after "@": who they are, and a line telling namesakes apart. */
export interface MentionCandidate {
  id: string;
  name: string;
  /** Job title and organisation. */
  detail: string;
}

/** Finds colleagues whose name contains `search` (the text typed after "@"). */
export type MentionSearch = (search: string) => Promise<MentionCandidate[]>;

/** What the "@" suggestions show: the candidates, which one is active, and how to pick one. */
export interface MentionSuggestions {
  query: string;
  items: MentionCandidate[];
  active: number;
  pick: (candidate: MentionCandidate) => void;
}

/**
 * Carries "@" suggestions between the suggestion plugin (created once, with the editor) and the
 * editor's React state: the plugin reports what to show and passes keys on; the editor reads
 * which colleague is active. The search can change after the editor is made.
 */
export class MentionBridge {
  private current: MentionSuggestions | null = null;
  private search: MentionSearch | undefined;

  constructor(private readonly onChange: (suggestions: MentionSuggestions | null) => void) {}

  /** Uses `search` for the next queries. */
  searchWith(search: MentionSearch | undefined): void {
    this.search = search;
  }

  /** Colleagues for `query`; none when the search fails, so the editor keeps working. */
  find(query: string): Promise<MentionCandidate[]> {
    const text = query.trim();
    if (!text || !this.search) return Promise.resolve([]);
    return this.search(text).catch(() => []);
  }

  show(next: Omit<MentionSuggestions, 'active'>): void {
    const active = Math.min(this.current?.active ?? 0, Math.max(next.items.length - 1, 0));
    this.update({ ...next, active });
  }

  hide(): void {
    this.update(null);
  }

  /** Up and Down move through the colleagues, Enter or Tab picks one; true when the key was used. */
  key(event: KeyboardEvent): boolean {
    const current = this.current;
    if (!current || current.items.length === 0) return false;
    const count = current.items.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const step = event.key === 'ArrowDown' ? 1 : count - 1;
      this.update({ ...current, active: (current.active + step) % count });
      return true;
    }
    if (event.key === 'Enter' || event.key === 'Tab') {
      current.pick(current.items[current.active]);
      return true;
    }
    return false;
  }

  private update(next: MentionSuggestions | null): void {
    this.current = next;
    this.onChange(next);
  }
}

/**
 * TipTap's Mention node, rendering exactly `<span data-type="mention" data-id="<id>">@Name</span>`
 * (the shape the server's sanitiser keeps and notifications read), reading the name back from
 * the span's text when a saved post is edited. Suggestions go through `bridge` to the editor's
 * own listbox, not a floating popup.
 */
export function mentionExtension(bridge: MentionBridge) {
  return Mention.extend({
    addAttributes() {
      return {
        id: { default: null, parseHTML: (element) => element.getAttribute('data-id') },
        label: {
          default: null,
          parseHTML: (element) => element.textContent?.replace(/^@/, '') ?? null,
        },
      };
    },
  }).configure({
    renderHTML: ({ node }) => [
      'span',
      { 'data-type': 'mention', 'data-id': String(node.attrs.id) },
      `@${String(node.attrs.label ?? '')}`,
    ],
    renderText: ({ node }) => `@${String(node.attrs.label ?? '')}`,
    suggestion: {
      char: '@',
      debounce: 200,
      items: ({ query }: { query: string }) => bridge.find(query),
      render: () => {
        const show = (props: SuggestionProps<MentionCandidate, { id: string; label: string }>) =>
          bridge.show({
            query: props.query,
            items: props.items,
            pick: (candidate) => props.command({ id: candidate.id, label: candidate.name }),
          });
        return {
          onStart: show,
          onUpdate: show,
          onKeyDown: ({ event }: SuggestionKeyDownProps) => bridge.key(event),
          onExit: () => bridge.hide(),
        };
      },
    },
  });
}
