import { useState } from 'react';
import { Button, ButtonGroup, TextInput } from '../../../ui';
import { RichTextEditor } from '../../learn/editor/RichTextEditor';
import type { UploadedMedia } from '../hooks/uploadMedia';
import {
  blockKey,
  mediaFieldId,
  normaliseBlocks,
  parseArticleHtml,
  serialiseArticle,
  type ArticleBlock,
} from './articleBlocks';
import { FileUpload } from './FileUpload';
import '../authoring.scss';

export interface ArticleEditorProps {
  /** The article's HTML; read once (re-mount the editor with a new key to load other HTML). */
  initialHtml: string;
  onChange: (html: string) => void;
}

type Pending = { kind: 'image' | 'audio'; media: UploadedMedia; text: string; error?: string } | null;

/**
 * The article editor: rich text with images and recordings between its parts. The text is
 * edited in the shared TipTap field, which keeps text formatting only; an image is inserted
 * only once it has alt text, a recording only once it has a description. Images and
 * recordings move with buttons, never by dragging.
 */
export function ArticleEditor({ initialHtml, onChange }: ArticleEditorProps) {
  const [blocks, setBlocks] = useState<ArticleBlock[]>(() => parseArticleHtml(initialHtml));
  const [pending, setPending] = useState<Pending>(null);
  const [status, setStatus] = useState('');

  const update = (next: ArticleBlock[]) => {
    const normalised = normaliseBlocks(next);
    setBlocks(normalised);
    onChange(serialiseArticle(normalised));
  };

  const setBlock = (key: string, patch: Partial<ArticleBlock>) =>
    update(blocks.map((block) => (block.key === key ? ({ ...block, ...patch } as ArticleBlock) : block)));

  const move = (index: number, offset: -1 | 1) => {
    const next = [...blocks];
    const target = index + offset;
    const moving = next[index];
    const other = next[target];
    if (!moving || !other) return;
    next[index] = other;
    next[target] = moving;
    update(next);
    setStatus(`Moved ${offset < 0 ? 'up' : 'down'}.`);
  };

  const insert = () => {
    if (!pending) return;
    const text = pending.text.trim();
    if (!text) {
      setPending({
        ...pending,
        error:
          pending.kind === 'image'
            ? 'Describe the image for people who cannot see it'
            : 'Say what the recording is, like ‘Amira explains her housing problem (2 minutes)’',
      });
      return;
    }
    const block: ArticleBlock =
      pending.kind === 'image'
        ? { key: blockKey(), kind: 'image', src: pending.media.url, alt: text }
        : { key: blockKey(), kind: 'audio', src: pending.media.url, description: text };
    const last = blocks.at(-1);
    const next =
      last?.kind === 'text' && !last.html.trim() ? [...blocks.slice(0, -1), block, last] : [...blocks, block];
    update(next);
    setPending(null);
    setStatus(
      pending.kind === 'image'
        ? 'Image inserted at the end of the article.'
        : 'Recording inserted at the end of the article.',
    );
  };

  /** A block can move down unless only the empty text part that ends the article follows it. */
  const canMoveDown = (index: number) => {
    const last = blocks.at(-1);
    const trailingEmpty = last?.kind === 'text' && !last.html.trim();
    return index < blocks.length - (trailingEmpty ? 2 : 1);
  };

  const textCount = blocks.filter((block) => block.kind === 'text').length;
  const textKeys = blocks.filter((block) => block.kind === 'text').map((block) => block.key);
  const mediaKeys = blocks.filter((block) => block.kind !== 'text').map((block) => block.key);

  return (
    <div className="app-article-editor">
      <div className="govuk-visually-hidden" role="status">
        {status}
      </div>
      {blocks.map((block, index) => {
        if (block.kind === 'text') {
          const textNumber = textKeys.indexOf(block.key) + 1;
          return (
            <RichTextEditor
              key={block.key}
              id={textNumber === 1 ? 'article-text' : `article-text-${textNumber}`}
              label={textCount === 1 ? 'Article' : `Article, part ${textNumber} of ${textCount}`}
              labelClassName="govuk-label--m"
              hint={
                textNumber === 1 ? 'Use headings and short paragraphs. Add images and recordings below.' : undefined
              }
              value={block.html}
              onChange={(html) => setBlock(block.key, { html })}
            />
          );
        }
        const mediaNumber = mediaKeys.indexOf(block.key) + 1;
        const name = `${block.kind === 'image' ? 'Image' : 'Recording'} ${mediaNumber}`;
        const fieldId = mediaFieldId(mediaNumber);
        const text = block.kind === 'image' ? block.alt : block.description;
        const missing = text.trim() === '';
        return (
          <div className="app-media-block" key={block.key}>
            <h3 className="govuk-heading-s">{name}</h3>
            {block.kind === 'image' ? (
              <img src={block.src} alt={block.alt} />
            ) : (
              <audio controls src={block.src} aria-label={block.description || name} />
            )}
            <TextInput
              id={fieldId}
              label={block.kind === 'image' ? 'Describe the image' : 'What is the recording?'}
              hint={
                block.kind === 'image'
                  ? 'Alt text for people who cannot see it.'
                  : 'Shown above the player. Put a transcript in the text.'
              }
              error={
                missing
                  ? block.kind === 'image'
                    ? 'Describe the image for people who cannot see it'
                    : 'Say what the recording is'
                  : undefined
              }
              value={text}
              onChange={(value) =>
                setBlock(block.key, block.kind === 'image' ? { alt: value } : { description: value })
              }
            />
            <ButtonGroup>
              {index > 0 ? (
                <Button type="button" variant="secondary" onClick={() => move(index, -1)}>
                  Move up<span className="govuk-visually-hidden">: {name}</span>
                </Button>
              ) : null}
              {canMoveDown(index) ? (
                <Button type="button" variant="secondary" onClick={() => move(index, 1)}>
                  Move down<span className="govuk-visually-hidden">: {name}</span>
                </Button>
              ) : null}
              <Button
                type="button"
                variant="warning"
                onClick={() => {
                  update(blocks.filter((item) => item.key !== block.key));
                  setStatus(`${name} removed.`);
                }}
              >
                Remove<span className="govuk-visually-hidden"> {name}</span>
              </Button>
            </ButtonGroup>
          </div>
        );
      })}

      <h3 className="govuk-heading-s">Insert an image or a recording</h3>
      {pending ? (
        <div className="app-media-block">
          {pending.kind === 'image' ? (
            <img src={pending.media.url} alt="" />
          ) : (
            <audio controls src={pending.media.url} aria-label="The uploaded recording" />
          )}
          <TextInput
            id="article-insert-text"
            label={pending.kind === 'image' ? 'Describe the image' : 'What is the recording?'}
            hint={
              pending.kind === 'image'
                ? 'Alt text for people who cannot see it, like ‘A receptionist and a resident talking at a council front desk’.'
                : 'Shown above the player, like ‘Amira explains her housing problem (2 minutes)’. Put a transcript in the text.'
            }
            error={pending.error}
            value={pending.text}
            onChange={(text) => setPending({ ...pending, text })}
          />
          <ButtonGroup>
            <Button type="button" variant="secondary" onClick={insert}>
              {pending.kind === 'image' ? 'Insert image' : 'Insert audio'}
            </Button>
            <button type="button" className="app-authoring-link-button" onClick={() => setPending(null)}>
              Cancel
            </button>
          </ButtonGroup>
        </div>
      ) : (
        <>
          <FileUpload
            id="article-image-upload"
            label="Upload an image"
            hint="A JPEG, PNG, WebP or GIF image. It goes at the end of the article; move it afterwards."
            accept="image/jpeg,image/png,image/webp,image/gif"
            onUploaded={(media) => setPending({ kind: media.kind === 'AUDIO' ? 'audio' : 'image', media, text: '' })}
          />
          <FileUpload
            id="article-audio-upload"
            label="Upload a recording"
            hint="An MP3, M4A, Ogg or WAV file."
            accept="audio/mpeg,audio/mp4,audio/x-m4a,audio/ogg,audio/wav,audio/x-wav"
            onUploaded={(media) => setPending({ kind: media.kind === 'IMAGE' ? 'image' : 'audio', media, text: '' })}
          />
        </>
      )}
    </div>
  );
}
