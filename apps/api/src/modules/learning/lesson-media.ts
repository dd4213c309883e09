import type { LessonKindName } from '@common-ground/shared';
import { isUuid } from '../../common/ids';

/** Our own media route followed by a well-formed id, wherever it appears in rich text. */
const MEDIA_PATH = /\/api\/media\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-z-])/gi;

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function addFromHtml(ids: Set<string>, html: unknown): void {
  if (typeof html !== 'string') return;
  for (const match of html.matchAll(MEDIA_PATH)) ids.add(match[1].toLowerCase());
}

function addId(ids: Set<string>, id: unknown): void {
  if (isUuid(id)) ids.add(id.toLowerCase());
}

/**
 * The distinct media ids a lesson's content uses, stored on each revision so the download
 * route can tell in one indexed statement whether a file appears in public content. Rich
 * text (an article, a scene's narrative) counts every `/api/media/<id>` in it: images and
 * audio, and links an editor made to a file. A scenario adds each scene's picture or
 * recording and each character's picture. A knowledge check is plain text, so uses none.
 * Only well-formed UUIDs count; content of an unexpected shape yields what it can, never throws.
 */
export function mediaIdsOf(kind: LessonKindName, content: unknown): string[] {
  const ids = new Set<string>();
  const body = record(content);
  switch (kind) {
    case 'ARTICLE':
      addFromHtml(ids, body.html);
      break;
    case 'SCENARIO':
      for (const scene of list(body.scenes).map(record)) {
        addId(ids, scene.mediaId);
        addFromHtml(ids, scene.narrative);
      }
      for (const character of list(body.characters).map(record)) addId(ids, character.avatarMediaId);
      break;
    case 'KNOWLEDGE_CHECK':
      break;
  }
  return [...ids];
}
