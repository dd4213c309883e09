import { useRef, useState } from 'react';
import { SERVICE_PROBLEM } from '../../../../lib/errors';
import { FileInput } from '../../../../ui';

/** What POST /api/media answers for a recording. */
export interface UploadedAudio {
  id: string;
  url: string;
  mime: string;
  size: number;
  durationSeconds: number | null;
  originalName?: string;
}

export interface AudioUploadProps {
  id: string;
  error?: string;
  onUploaded: (audio: UploadedAudio) => void;
}

/**
 * Uploads a recording at once with XMLHttpRequest, whose upload progress events drive a
 * progress bar (fetch has none). The server checks the file by content and size and reads its
 * length; its message is shown by the field when it refuses.
 */
export function AudioUpload({ id, error, onUploaded }: AudioUploadProps) {
  const [percent, setPercent] = useState<number | null>(null);
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const input = useRef<HTMLInputElement>(null);

  const send = (file: File | undefined) => {
    if (!file) return;
    setProblem(undefined);
    setPercent(0);
    setMessage(`Uploading ${file.name}…`);
    const request = new XMLHttpRequest();
    request.open('POST', '/api/media');
    request.withCredentials = true;
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) setPercent(Math.round((event.loaded / event.total) * 100));
    };
    request.onload = () => {
      setPercent(null);
      const body = request.response as (UploadedAudio & { kind?: string; message?: string }) | null;
      if (request.status === 201 && body?.kind === 'AUDIO') {
        setMessage(`${file.name} uploaded.`);
        if (input.current) input.current.value = '';
        onUploaded(body);
        return;
      }
      setMessage('');
      setProblem(
        request.status === 201
          ? 'Choose a recording: an MP3, M4A or Ogg file.'
          : request.status === 413
            ? (body?.message ?? 'The file is too big. Choose a smaller file.')
            : (body?.message ?? SERVICE_PROBLEM),
      );
    };
    request.onerror = () => {
      setPercent(null);
      setMessage('');
      setProblem('The upload stopped before it finished. Check your connection and try again.');
    };
    const body = new FormData();
    body.append('file', file);
    request.send(body);
  };

  return (
    <FileInput
      id={id}
      label="Recording"
      labelClassName="govuk-label--s"
      hint="An MP3, M4A or Ogg (Opus) file. Its length is read from the file."
      error={problem ?? error}
      accept="audio/mpeg,audio/mp4,audio/aac,audio/ogg,audio/opus,.mp3,.m4a,.ogg,.opus"
      disabled={percent !== null}
      inputRef={input}
      onFile={send}
    >
      {percent !== null ? (
        <progress className="app-podcast-progress" max={100} value={percent} aria-label="Upload progress">
          {percent}%
        </progress>
      ) : null}
      <p className="govuk-body govuk-!-margin-top-2" role="status">
        {message}
      </p>
    </FileInput>
  );
}
