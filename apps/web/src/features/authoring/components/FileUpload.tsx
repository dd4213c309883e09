import { useRef, useState } from 'react';
import { FileInput } from '../../../ui';
import { uploadMedia, UploadError, type UploadedMedia } from '../hooks/uploadMedia';

export interface FileUploadProps {
  id: string;
  label: string;
  hint?: string;
  /** An error from the form (the server refused the file, or it is missing). */
  error?: string;
  accept: string;
  /** Called once the server has stored the file. */
  onUploaded: (media: UploadedMedia) => void;
}

/**
 * The GOV.UK file upload, sending the chosen file to the server straight
 * away (so it is checked there, by content) and saying what is happening.
 */
export function FileUpload({ id, label, hint, error, accept, onUploaded }: FileUploadProps) {
  const [state, setState] = useState<{ uploading: boolean; error?: string; message?: string }>({ uploading: false });
  const input = useRef<HTMLInputElement>(null);
  const shownError = state.error ?? error;

  const onChange = async (file: File | undefined) => {
    if (!file) return;
    setState({ uploading: true, message: `Uploading ${file.name}…` });
    try {
      const media = await uploadMedia(file);
      setState({ uploading: false, message: `${file.name} uploaded.` });
      if (input.current) input.current.value = '';
      onUploaded(media);
    } catch (caught) {
      const message = caught instanceof UploadError ? caught.message : 'The file could not be uploaded. Try again.';
      setState({ uploading: false, error: message });
    }
  };

  return (
    <FileInput
      id={id}
      label={label}
      hint={hint}
      error={shownError}
      accept={accept}
      disabled={state.uploading}
      inputRef={input}
      onFile={(file) => void onChange(file)}
    >
      <p className="govuk-body govuk-!-margin-top-2" role="status">
        {state.message ?? ''}
      </p>
    </FileInput>
  );
}
