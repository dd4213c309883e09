/** What the content of a file says it is. */
export interface DetectedType {
  ext: string;
  mime: string;
}

/**
 * file-type is ESM-only: it is loaded with a dynamic import (Node's require(esm) at run
 * time, swc under Jest) and kept behind this one function so nothing else depends on it.
 * Returns undefined when the bytes match no known type (e.g. text).
 */
export async function detectFileType(buffer: Uint8Array): Promise<DetectedType | undefined> {
  const { fileTypeFromBuffer } = await import('file-type');
  const result = await fileTypeFromBuffer(buffer);
  return result ? { ext: result.ext, mime: result.mime } : undefined;
}
