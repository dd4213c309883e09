#!/usr/bin/env node
/**
 * Re-makes the demo podcast's audio, transcripts and chapters from script.json, with Debian's
 * espeak-ng (speech) and lame (a small mono MP3). Each sentence is spoken on its own, so its
 * exact start and end are known: the WebVTT transcript and the JSON chapters are written from
 * those times. Run from anywhere: `node apps/api/src/database/seed/library/podcast-demo/make-audio.mjs`
 * (needs `apt-get install espeak-ng lame`). The outputs are committed; the seed only reads them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const script = JSON.parse(readFileSync(join(here, 'script.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'cg-podcast-'));
const PAUSE_SECONDS = 0.5;

/** The PCM samples and format of a WAV file espeak-ng wrote. */
function readWav(path) {
  const buf = readFileSync(path);
  let offset = 12;
  let format = null;
  while (offset < buf.length) {
    const id = buf.toString('ascii', offset, offset + 4);
    let size = buf.readUInt32LE(offset + 4);
    if (id === 'fmt ')
      format = {
        channels: buf.readUInt16LE(offset + 10),
        rate: buf.readUInt32LE(offset + 12),
        bits: buf.readUInt16LE(offset + 22),
      };
    if (id === 'data') {
      // espeak-ng writing to a file may leave the size unset: take the rest of the file.
      if (size === 0 || size === 0xffffffff || offset + 8 + size > buf.length) size = buf.length - offset - 8;
      return { format, data: buf.subarray(offset + 8, offset + 8 + size) };
    }
    offset += 8 + size + (size % 2);
  }
  throw new Error(`No audio in ${path}`);
}

function wavFile(format, data) {
  const header = Buffer.alloc(44);
  const blockAlign = (format.channels * format.bits) / 8;
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(format.channels, 22);
  header.writeUInt32LE(format.rate, 24);
  header.writeUInt32LE(format.rate * blockAlign, 28);
  header.writeUInt16LE(blockAlign, 32);
  header.writeUInt16LE(format.bits, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

const vttTime = (s) => {
  const ms = Math.round(s * 1000);
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(Math.floor(ms / 3600000))}:${p(Math.floor(ms / 60000) % 60)}:${p(Math.floor(ms / 1000) % 60)}.${p(ms % 1000, 3)}`;
};

try {
  for (const episode of script.episodes) {
    let format = null;
    const parts = [];
    const cues = [];
    const chapters = [];
    let at = 0;
    episode.segments.forEach((segment, index) => {
      const voice = script.voices[segment.voice];
      const wav = join(work, `${episode.slug}-${index}.wav`);
      execFileSync('espeak-ng', ['-v', voice.espeak, '-s', String(voice.speed), '-w', wav, segment.text]);
      const { format: f, data } = readWav(wav);
      format = f;
      const bytesPerSecond = (f.rate * f.channels * f.bits) / 8;
      const seconds = data.length / bytesPerSecond;
      if (segment.chapter !== undefined)
        chapters.push({ startTime: Math.round(at * 1000) / 1000, title: episode.chapters[segment.chapter] });
      cues.push(`${vttTime(at)} --> ${vttTime(at + seconds)}\n<v ${voice.name}>${segment.text}`);
      const pause = Buffer.alloc(Math.round((PAUSE_SECONDS * bytesPerSecond) / 2) * 2);
      parts.push(data, pause);
      at += seconds + pause.length / bytesPerSecond;
    });
    const whole = join(work, `${episode.slug}.wav`);
    writeFileSync(whole, wavFile(format, Buffer.concat(parts)));
    execFileSync('lame', [
      '--quiet',
      '-m',
      'm',
      '--resample',
      '16',
      '-b',
      '24',
      '--tt',
      episode.title,
      '--ta',
      'Common Ground demo',
      whole,
      join(here, `${episode.slug}.mp3`),
    ]);
    writeFileSync(join(here, `${episode.slug}.vtt`), `WEBVTT\n\n${cues.join('\n\n')}\n`);
    writeFileSync(
      join(here, `${episode.slug}.chapters.json`),
      `${JSON.stringify({ version: '1.2.0', chapters }, null, 2)}\n`,
    );
    console.log(`${episode.slug}: ${at.toFixed(1)} s`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
