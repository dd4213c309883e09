import { Field, ID, InputType } from '@nestjs/graphql';
import {
  GLOSSARY_AUDIENCES,
  GLOSSARY_CATEGORIES,
  GLOSSARY_LIMITS,
  type GlossaryAudienceName,
  type GlossaryCategoryName,
  LANGUAGE_TAG,
} from '@common-ground/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Trim } from '../../../identity/dto/normalise';
import { GlossaryAudience, GlossaryCategory } from '../models/glossary.enums';

const L = GLOSSARY_LIMITS;
const UUID_MESSAGE = 'Must be a valid identifier';

@InputType({ description: 'A glossary term in one language.' })
export class GlossaryTranslationInput {
  @Field({ description: 'BCP 47 language tag, e.g. pl, ar or pa-Arab.' })
  @Trim()
  @IsString()
  @MaxLength(L.languageCodeMaxLength, { message: 'Enter a language code like pl, ar or pt-BR' })
  @Matches(LANGUAGE_TAG, { message: 'Enter a language code like pl, ar or pt-BR' })
  languageCode: string;

  @Field({ description: `The language’s English name (up to ${L.languageNameMaxLength} characters).` })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Enter the language’s name, like Polish' })
  @MaxLength(L.languageNameMaxLength, {
    message: `The language name must be ${L.languageNameMaxLength} characters or fewer`,
  })
  languageName: string;

  @Field({ description: `The word or phrase in its own script (up to ${L.translationTextMaxLength} characters).` })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Enter the translation' })
  @MaxLength(L.translationTextMaxLength, {
    message: `The translation must be ${L.translationTextMaxLength} characters or fewer`,
  })
  text: string;

  @Field(() => String, { nullable: true, description: 'How to say it, in Latin letters.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(L.hintMaxLength, { message: `The pronunciation hint must be ${L.hintMaxLength} characters or fewer` })
  pronunciation?: string | null;

  @Field(() => ID, { nullable: true, description: 'An uploaded audio file of it said aloud.' })
  @IsOptional()
  @IsUUID('all', { message: UUID_MESSAGE })
  audioMediaId?: string | null;
}

@InputType({ description: 'A glossary term’s content.' })
export class GlossaryTermInput {
  @Field({ description: `The term in English (up to ${L.termMaxLength} characters).` })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Enter the term' })
  @MaxLength(L.termMaxLength, { message: `The term must be ${L.termMaxLength} characters or fewer` })
  term: string;

  @Field({ description: `What it means, in plain English (plain text, up to ${L.definitionMaxLength} characters).` })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Enter a definition' })
  @MaxLength(L.definitionMaxLength, { message: `The definition must be ${L.definitionMaxLength} characters or fewer` })
  definition: string;

  @Field(() => GlossaryCategory, { description: 'The area of work it belongs to.' })
  @IsIn(GLOSSARY_CATEGORIES, { message: 'Choose a category' })
  category: GlossaryCategoryName;

  @Field(() => GlossaryAudience, { description: 'Everyone, or signed-in staff only.' })
  @IsIn(GLOSSARY_AUDIENCES, { message: 'Choose who can read it' })
  audience: GlossaryAudienceName;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Publish it now (editors): without it a new term stays a draft and a change keeps its status.',
  })
  @IsOptional()
  @IsBoolean()
  publishNow?: boolean | null;

  @Field(() => [GlossaryTranslationInput], {
    description: `Its translations, in order (up to ${L.translationsMax}, one per language).`,
  })
  @IsArray()
  @ArrayMaxSize(L.translationsMax, { message: `A term can have up to ${L.translationsMax} translations` })
  @ValidateNested({ each: true })
  @Type(() => GlossaryTranslationInput)
  translations: GlossaryTranslationInput[];
}

@InputType({ description: 'Changes to a glossary term: its whole content, replacing the old.' })
export class UpdateGlossaryTermInput extends GlossaryTermInput {
  @Field(() => ID, { description: 'The term.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  id: string;
}

@InputType({ description: 'A glossary term to delete.' })
export class DeleteGlossaryTermInput {
  @Field(() => ID, { description: 'The term.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  id: string;
}

@InputType({ description: 'Which glossary terms to list.' })
export class GlossaryTermsFilter {
  @Field(() => String, { nullable: true, description: 'Only terms filed under this letter (A–Z or #).' })
  @IsOptional()
  @IsString()
  @MaxLength(1, { message: 'Choose a letter from A to Z, or #' })
  @Matches(/^[A-Z#]$/, { message: 'Choose a letter from A to Z, or #' })
  letter?: string | null;

  @Field(() => String, { nullable: true, description: 'Only terms translated into this language (BCP 47 tag).' })
  @IsOptional()
  @IsString()
  @MaxLength(L.languageCodeMaxLength, { message: 'Choose a language from the list' })
  @Matches(LANGUAGE_TAG, { message: 'Choose a language from the list' })
  languageCode?: string | null;

  @Field(() => GlossaryCategory, { nullable: true, description: 'Only terms of this category.' })
  @IsOptional()
  @IsIn(GLOSSARY_CATEGORIES, { message: 'Choose a category' })
  category?: GlossaryCategoryName | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words to find in a term or any translation, any case, accents optional ("Lodz" finds "Łódź").',
  })
  @IsOptional()
  @IsString()
  @MaxLength(L.searchMaxLength, { message: `Search for ${L.searchMaxLength} characters or fewer` })
  search?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: `Only these terms, by address (up to ${L.cardTermsMax}): a language card’s set.`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(L.cardTermsMax, { message: `Choose up to ${L.cardTermsMax} terms` })
  @IsString({ each: true })
  @MaxLength(120, { each: true })
  slugs?: string[] | null;
}
