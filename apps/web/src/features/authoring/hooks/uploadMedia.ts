import { SERVICE_PROBLEM } from '../../../lib/errors';

/** What POST /api/media answers with. */
export interface UploadedMedia {
  id: string;
  kind: 'IMAGE' | 'AUDIO';
  mime: string;
  size: number;
  url: string;
  originalName?: string;
}

/** An upload the server refused, with its plain-English reason. */
export class UploadError extends Error {}

function isUploadedMedia(value: unknown): value is UploadedMedia {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.id === 'string' && typeof record.url === 'string' && typeof record.kind === 'string';
}

/**
 * Sends one image or audio file to POST /api/media (multipart field `file`)
 * with the session cookie. The server checks the type by the file's content
 * and its size; its message is passed on when it refuses.
 */
export async function uploadMedia(file: File): Promise<UploadedMedia> {
  const body = new FormData();
  body.append('file', file);
  let response: Response;
  try {
    response = await fetch('/api/media', { method: 'POST', body, credentials: 'same-origin' });
  } catch {
    throw new UploadError(SERVICE_PROBLEM);
  }
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    if (response.status === 413) throw new UploadError('The file is too big. Choose a smaller file.');
    const message =
      typeof json === 'object' && json !== null && typeof (json as { message?: unknown }).message === 'string'
        ? (json as { message: string }).message
        : SERVICE_PROBLEM;
    throw new UploadError(message);
  }
  if (!isUploadedMedia(json)) throw new UploadError(SERVICE_PROBLEM);
  return json;
}
