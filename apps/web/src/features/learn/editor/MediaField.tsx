import type { Scene } from '@common-ground/shared';
import { createContext, useContext, useRef, useState, type ReactNode } from 'react';
import { FileInput } from '../../../ui';
import type { SceneMedia } from '../components/ScenarioScene';

/** An uploaded image or recording, as far as the editor needs to know it. */
export interface EditorMedia {
  id: string;
  kind: 'IMAGE' | 'AUDIO';
  url: string;
}

/** Stores a file and answers with what was stored; rejects with a plain-English Error when refused. */
export type UploadMedia = (file: File) => Promise<EditorMedia>;

/** Turns a stored media id into something to show or play, or null when it cannot. */
export type ResolveMedia = (mediaId: string) => EditorMedia | null;

export interface EditorMediaTools {
  onUpload?: UploadMedia;
  resolve: ResolveMedia;
}

export const EditorMediaContext = createContext<EditorMediaTools>({ resolve: () => null });

export function useEditorMedia(): EditorMediaTools {
  return useContext(EditorMediaContext);
}

export const IMAGE_ALT_MISSING = 'Enter a description of the picture for people who cannot see it';

/** What the learner's scene view shows for a scene's media, or null when there is none. */
export function sceneMediaOf(scene: Scene, resolve: ResolveMedia): SceneMedia | null {
  if (!scene.mediaId) return null;
  const media = resolve(scene.mediaId);
  if (!media) return null;
  return media.kind === 'AUDIO'
    ? { kind: 'AUDIO', src: media.url, label: scene.mediaAlt?.trim() || 'Recording for this scene' }
    : { kind: 'IMAGE', src: media.url, alt: scene.mediaAlt?.trim() ?? '' };
}

export interface MediaFieldProps {
  id: string;
  label: string;
  hint?: string;
  accept: string;
  /** The kinds this field takes; another kind is refused with a message. */
  kinds: ReadonlyArray<EditorMedia['kind']>;
  mediaId: string | null | undefined;
  /** Alt text for the preview image. */
  alt?: string;
  onUploaded: (media: EditorMedia) => void;
  onRemove: () => void;
  /** Fields that go with the file (alt text, description), shown once there is one. */
  children?: (media: EditorMedia | null) => ReactNode;
}

/**
 * A GOV.UK file upload for one image or recording: the file is sent as soon as it is chosen (so the
 * server checks it), then previewed with a Remove button.
 */
export function MediaField({
  id,
  label,
  hint,
  accept,
  kinds,
  mediaId,
  alt = '',
  onUploaded,
  onRemove,
  children,
}: MediaFieldProps) {
  const { onUpload, resolve } = useEditorMedia();
  const [state, setState] = useState<{ uploading: boolean; error?: string; message?: string }>({ uploading: false });
  const input = useRef<HTMLInputElement>(null);
  const media = mediaId ? resolve(mediaId) : null;

  const upload = async (file: File | undefined) => {
    if (!file || !onUpload) return;
    setState({ uploading: true, message: `Uploading ${file.name}…` });
    try {
      const stored = await onUpload(file);
      if (input.current) input.current.value = '';
      if (!kinds.includes(stored.kind)) {
        setState({
          uploading: false,
          error: `Choose ${kinds.includes('AUDIO') ? 'a picture or a recording' : 'a picture'}`,
        });
        return;
      }
      setState({ uploading: false, message: `${file.name} uploaded.` });
      onUploaded(stored);
    } catch (caught) {
      const message =
        caught instanceof Error && caught.message ? caught.message : 'The file could not be uploaded. Try again.';
      setState({ uploading: false, error: message });
    }
  };

  return (
    <div className="app-media-field">
      {mediaId ? (
        <div className="govuk-form-group">
          <p className="govuk-body govuk-!-font-weight-bold">{label}</p>
          {media?.kind === 'AUDIO' ? (
            <audio controls preload="none" src={media.url} aria-label={alt || 'Recording'} />
          ) : media ? (
            <img className="app-scene__image" src={media.url} alt={alt} style={{ maxHeight: 240 }} />
          ) : (
            <p className="govuk-body">A file is attached.</p>
          )}
          {children?.(media)}
          <p className="govuk-body">
            <button
              type="button"
              className="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
              onClick={() => {
                setState({ uploading: false, message: 'File removed.' });
                onRemove();
              }}
            >
              Remove <span className="govuk-visually-hidden">{label.toLowerCase()}</span>
            </button>
          </p>
        </div>
      ) : onUpload ? (
        <FileInput
          id={id}
          label={label}
          labelClassName="govuk-!-font-weight-bold"
          hint={hint}
          error={state.error}
          accept={accept}
          disabled={state.uploading}
          inputRef={input}
          onFile={(file) => void upload(file)}
        />
      ) : null}
      <div className="govuk-visually-hidden" role="status">
        {state.message ?? ''}
      </div>
    </div>
  );
}
