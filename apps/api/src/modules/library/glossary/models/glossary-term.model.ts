import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
  GLOSSARY_LIMITS,
  type GlossaryAudienceName,
  type GlossaryCategoryName,
  textDirection,
} from '@common-ground/shared';
import { Connection } from '../../../../common/graphql/connection';
import { MaxItems } from '../../../../common/graphql/list-size';
import type { ContentItemEntity } from '../../entities/content-item.entity';
import type { ContentStatusName } from '../../library.constants';
import { abilities } from '../../library.policy';
import { ContentStatus } from '../../models/enums';
import type { Actor } from '../../../../common/auth/actor';
import type { GlossaryTermEntity } from '../entities/glossary-term.entity';
import type { GlossaryTranslationEntity } from '../entities/glossary-translation.entity';
import { GlossaryAudience, GlossaryCategory, TextDirection } from './glossary.enums';

@ObjectType({ description: 'A glossary term in one language.' })
export class GlossaryTranslation {
  @Field({ description: 'BCP 47 language tag, e.g. pl or ar: use it as the `lang` attribute.' })
  languageCode: string;

  @Field({ description: 'The language’s English name, e.g. Polish.' })
  languageName: string;

  @Field({ description: 'The word or phrase in its own script.' })
  text: string;

  @Field(() => String, { nullable: true, description: 'How to say it, in Latin letters.' })
  pronunciation: string | null;

  @Field(() => TextDirection, { description: 'Which way the script runs: use it as the `dir` attribute.' })
  direction: 'LTR' | 'RTL';

  @Field(() => String, { nullable: true, description: 'A recording of it said aloud (/api/media/…), if any.' })
  audioUrl: string | null;
}

@ObjectType({ description: 'What the viewer may do with a glossary term (the workflow’s rules).' })
export class GlossaryTermViewerCan {
  @Field({ description: 'Change or delete it (editors and admins).' })
  edit: boolean;

  @Field({ description: 'Publish it now (publishContentItem).' })
  publish: boolean;

  @Field({ description: 'Archive it (archiveContentItem).' })
  archive: boolean;
}

@ObjectType({ description: 'A glossary term: a plain-English definition and its translations.' })
export class GlossaryTerm {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field({ description: 'Its address in the glossary, e.g. council-tax-reduction.' })
  slug: string;

  @Field({ description: 'The term in English.' })
  term: string;

  @Field({ description: 'The A–Z letter it is filed under, or #.' })
  letter: string;

  @Field({ description: 'What it means, in plain English (plain text).' })
  definition: string;

  @Field(() => GlossaryCategory, { description: 'The area of work it belongs to.' })
  category: GlossaryCategoryName;

  @Field(() => ContentStatus, {
    description: 'Where it is in the editorial workflow; readers only ever see PUBLISHED terms.',
  })
  status: ContentStatusName;

  @Field(() => GlossaryAudience, { description: 'Everyone, or signed-in staff only.' })
  audience: GlossaryAudienceName;

  @MaxItems(GLOSSARY_LIMITS.translationsMax)
  @Field(() => [GlossaryTranslation], { description: 'Its translations, in the editor’s order.' })
  translations: GlossaryTranslation[];

  @Field({ description: 'When it last changed.' })
  updatedAt: Date;

  @Field(() => GlossaryTermViewerCan, { description: 'What the viewer may do with it.' })
  viewerCan: GlossaryTermViewerCan;
}

@ObjectType()
export class GlossaryTermConnection extends Connection(GlossaryTerm, 'GlossaryTerm') {}

@ObjectType({ description: 'A language the glossary has translations into.' })
export class GlossaryLanguage {
  @Field({ description: 'BCP 47 language tag.' })
  code: string;

  @Field({ description: 'English name.' })
  name: string;

  @Field(() => TextDirection, { description: 'Which way its script runs.' })
  direction: 'LTR' | 'RTL';
}

/** The route media are served from; glossary audio is one of them. */
export const mediaUrl = (id: string | null): string | null => (id ? `/api/media/${id}` : null);

/** A translation as readers get it, with its direction decided from the language. */
export function toGlossaryTranslation(t: GlossaryTranslationEntity): GlossaryTranslation {
  return {
    languageCode: t.languageCode,
    languageName: t.languageName,
    text: t.text,
    pronunciation: t.pronunciation,
    direction: textDirection(t.languageCode) === 'rtl' ? 'RTL' : 'LTR',
    audioUrl: mediaUrl(t.audioMediaId),
  };
}

/** A term as readers get it; `translations` must be the term's rows, already in order. */
export function toGlossaryTerm(
  e: GlossaryTermEntity,
  item: ContentItemEntity,
  translations: GlossaryTranslationEntity[],
  viewer: Actor | null,
): GlossaryTerm {
  const can = abilities(viewer, item);
  return {
    id: e.id,
    slug: e.slug,
    term: e.term,
    letter: e.letter,
    definition: e.definition,
    category: e.category,
    status: item.status,
    audience: item.audience,
    translations: translations.map(toGlossaryTranslation),
    updatedAt: item.updatedAt,
    viewerCan: { edit: can.edit, publish: can.publish, archive: can.archive },
  };
}
