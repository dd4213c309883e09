import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { glossaryLetter, glossarySlug, textDirection } from '@common-ground/shared';
import type { Actor } from '../../../common/auth/actor';
import { hasRole } from '../../../common/auth/actor';
import { Clock } from '../../../common/clock';
import type { RequestContext } from '../../../common/context/request-context';
import { decodeCursor, encodeCursor, type Page } from '../../../common/graphql/connection';
import { isUuid } from '../../../common/ids';
import { MediaService } from '../../media/media.service';
import type { GlossaryTermInput, GlossaryTermsFilter, UpdateGlossaryTermInput } from './dto/glossary.inputs';
import { GlossaryTermEntity } from './entities/glossary-term.entity';
import { GlossaryTranslationEntity } from './entities/glossary-translation.entity';
import { buildMatcher, type GlossaryMatcher, type LinkableTerm } from './glossary-linker';
import { GlossaryErrors } from './glossary.errors';

/** A term with its translations, in order. */
export interface TermWithTranslations {
  term: GlossaryTermEntity;
  translations: GlossaryTranslationEntity[];
}

/** Editors and admins write the glossary and see its drafts. */
export const canEditGlossary = (actor: Actor | null): boolean => hasRole(actor, 'EDITOR', 'ADMIN');

/**
 * How long another instance may keep linking with a term list older than a change made
 * elsewhere; a change on this instance empties its own cache at once.
 */
const CACHE_TTL_MS = 30_000;

interface LinkCache {
  at: number;
  forPublic: GlossaryMatcher;
  forStaff: GlossaryMatcher;
}

/**
 * The glossary: terms with plain-English definitions and translations, who may read them
 * (drafts: editors and admins; STAFF terms: signed-in people; PUBLIC: everyone), A–Z
 * listing, accent-insensitive search in any language, and the prepared term lists the
 * linker uses (loaded in one statement, cached, emptied on every change).
 */
@Injectable()
export class GlossaryService {
  private cache: LinkCache | null = null;
  private loading: Promise<LinkCache> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly media: MediaService,
  ) {}

  /**
   * One page of the terms the viewer may read, A–Z, filtered by letter, category,
   * language (terms translated into it) and search words (any case, accents optional,
   * close spellings too through trigram word similarity), or a chosen set of addresses.
   */
  async page(
    ctx: RequestContext,
    filter: GlossaryTermsFilter,
    size: number,
    after: string | null | undefined,
  ): Promise<Page<TermWithTranslations>> {
    const qb = this.dataSource.manager.createQueryBuilder(GlossaryTermEntity, 'g');
    if (!canEditGlossary(ctx.actor)) qb.andWhere(`g.status = 'PUBLISHED'`);
    if (!ctx.actor) qb.andWhere(`g.audience = 'PUBLIC'`);
    if (filter.letter) qb.andWhere('g.letter = :letter', { letter: filter.letter });
    if (filter.category) qb.andWhere('g.category = :category', { category: filter.category });
    if (filter.slugs) qb.andWhere('g.slug in (:...slugs)', { slugs: filter.slugs.length ? filter.slugs : [''] });
    if (filter.languageCode) {
      qb.andWhere(
        'exists (select 1 from glossary_translation t where t.term_id = g.id and t.language_code = :languageCode)',
        { languageCode: filter.languageCode },
      );
    }
    const search = filter.search?.trim();
    if (search) {
      qb.andWhere(
        `(g.search_text like '%' || lower(unaccent(:like)) || '%' or lower(unaccent(:search)) <% g.search_text)`,
        { like: search.replace(/[\\%_]/g, '\\$&'), search },
      );
    }
    const total = await qb.clone().getCount();
    const cursor = decodeCursor(after, 2);
    if (cursor) {
      if (!isUuid(cursor[1])) return { items: [], hasNextPage: false, totalCount: total, cursorOf: () => '' };
      qb.andWhere('(g.sort_key, g.id) > (:sortKey, :id)', { sortKey: String(cursor[0]), id: cursor[1] });
    }
    const rows = await qb
      .orderBy('g.sort_key', 'ASC')
      .addOrderBy('g.id', 'ASC')
      .take(size + 1)
      .getMany();
    const items = await this.withTranslations(this.dataSource.manager, rows.slice(0, size));
    return {
      items,
      hasNextPage: rows.length > size,
      totalCount: total,
      cursorOf: (item) => encodeCursor([item.term.sortKey, item.term.id]),
    };
  }

  /** One term by address, or null when there is none the viewer may read. */
  async bySlug(ctx: RequestContext, slug: string): Promise<TermWithTranslations | null> {
    const term = await this.dataSource.manager.findOneBy(GlossaryTermEntity, { slug });
    if (!term || !this.isVisible(ctx.actor, term)) return null;
    return (await this.withTranslations(this.dataSource.manager, [term]))[0];
  }

  /** Every language the readable glossary has translations into, by English name. */
  async languages(ctx: RequestContext): Promise<{ code: string; name: string }[]> {
    const rows: { code: string; name: string }[] = await this.dataSource.query(
      `select t.language_code as code, min(t.language_name) as name
         from glossary_translation t join glossary_term g on g.id = t.term_id
        where ($1 or g.status = 'PUBLISHED') and ($2 or g.audience = 'PUBLIC')
        group by t.language_code order by min(t.language_name), t.language_code`,
      [canEditGlossary(ctx.actor), !!ctx.actor],
    );
    return rows;
  }

  /** The A–Z letters (and #) that have terms the viewer may read, for the A–Z navigation. */
  async letters(ctx: RequestContext): Promise<string[]> {
    const rows: { letter: string }[] = await this.dataSource.query(
      `select distinct g.letter from glossary_term g
        where ($1 or g.status = 'PUBLISHED') and ($2 or g.audience = 'PUBLIC') order by g.letter`,
      [canEditGlossary(ctx.actor), !!ctx.actor],
    );
    return rows.map((r) => r.letter);
  }

  /** Whether the viewer may read the term (answered like a missing term otherwise). */
  isVisible(actor: Actor | null, term: GlossaryTermEntity): boolean {
    if (canEditGlossary(actor)) return true;
    return term.status === 'PUBLISHED' && (term.audience === 'PUBLIC' || !!actor);
  }

  /**
   * Adds a term (editors and admins). Throws CONFLICT when a term of the same address
   * exists, BAD_USER_INPUT for a repeated language or a recording that is not audio.
   */
  async create(ctx: RequestContext, input: GlossaryTermInput): Promise<TermWithTranslations> {
    const saved = await this.dataSource.transaction(async (m) => {
      const term = m.create(GlossaryTermEntity, {});
      await this.write(ctx, m, term, input);
      return term.id;
    });
    this.invalidate();
    return this.reload(saved);
  }

  /** Replaces a term's content and translations (editors and admins); NOT_FOUND for an unknown term. */
  async update(ctx: RequestContext, input: UpdateGlossaryTermInput): Promise<TermWithTranslations> {
    await this.dataSource.transaction(async (m) => {
      const term = await m.findOne(GlossaryTermEntity, {
        where: { id: input.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!term) throw GlossaryErrors.termNotFound();
      await this.write(ctx, m, term, input);
    });
    this.invalidate();
    return this.reload(input.id);
  }

  /** Deletes a term and its translations (editors and admins); NOT_FOUND for an unknown term. */
  async remove(_ctx: RequestContext, id: string): Promise<void> {
    const result = await this.dataSource.manager.delete(GlossaryTermEntity, { id });
    if (!result.affected) throw GlossaryErrors.termNotFound();
    this.invalidate();
  }

  /**
   * The term lists the linker matches against: published PUBLIC terms for signed-out
   * readers, all published terms for staff. Loaded in one statement and kept for
   * CACHE_TTL_MS (or until a change here), so linking a page never queries per term.
   */
  async matcherFor(actor: Actor | null): Promise<GlossaryMatcher> {
    const now = this.clock.now().getTime();
    let cache = this.cache && now - this.cache.at < CACHE_TTL_MS ? this.cache : null;
    if (!cache) {
      this.loading ??= this.loadMatchers(now).finally(() => (this.loading = null));
      cache = await this.loading;
    }
    return actor ? cache.forStaff : cache.forPublic;
  }

  /** Empties the linker's cache (after any change). */
  invalidate(): void {
    this.cache = null;
  }

  private async loadMatchers(now: number): Promise<LinkCache> {
    const rows: { slug: string; term: string; definition: string; audience: string; translations: unknown }[] =
      await this.dataSource.query(
        `select g.slug, g.term, g.definition, g.audience,
                coalesce(json_agg(json_build_object('languageCode', t.language_code, 'languageName', t.language_name,
                  'text', t.text, 'pronunciation', t.pronunciation) order by t.position, t.language_code)
                  filter (where t.id is not null), '[]') as translations
           from glossary_term g left join glossary_translation t on t.term_id = g.id
          where g.status = 'PUBLISHED'
          group by g.id`,
      );
    const terms = rows.map((r) => ({ ...r, translations: r.translations as LinkableTerm['translations'] }));
    const cache = {
      at: now,
      forPublic: buildMatcher(terms.filter((t) => t.audience === 'PUBLIC')),
      forStaff: buildMatcher(terms),
    };
    this.cache = cache;
    return cache;
  }

  private async reload(id: string): Promise<TermWithTranslations> {
    const term = await this.dataSource.manager.findOneByOrFail(GlossaryTermEntity, { id });
    return (await this.withTranslations(this.dataSource.manager, [term]))[0];
  }

  /** Writes a term and replaces its translations, then refreshes its folded search text. */
  private async write(ctx: RequestContext, m: EntityManager, term: GlossaryTermEntity, input: GlossaryTermInput) {
    const slug = glossarySlug(input.term);
    if (!slug) throw GlossaryErrors.noSlug();
    const clash = await m.findOneBy(GlossaryTermEntity, { slug });
    if (clash && clash.id !== term.id) throw GlossaryErrors.duplicateTerm();
    await this.checkTranslations(ctx, input);
    Object.assign(term, {
      slug,
      term: input.term,
      sortKey: input.term.toLocaleLowerCase('en-GB').slice(0, 120),
      letter: glossaryLetter(input.term),
      definition: input.definition,
      category: input.category,
      audience: input.audience,
      status: input.status,
      updatedById: ctx.actor?.id ?? null,
    });
    await m.save(term);
    await m.delete(GlossaryTranslationEntity, { termId: term.id });
    if (input.translations.length) {
      await m.insert(
        GlossaryTranslationEntity,
        input.translations.map((t, position) => ({
          termId: term.id,
          languageCode: t.languageCode,
          languageName: t.languageName,
          text: t.text,
          pronunciation: t.pronunciation || null,
          audioMediaId: t.audioMediaId ?? null,
          position,
        })),
      );
    }
    await refreshSearchText(m, [term.id]);
  }

  /** One translation per language; any recording must be an uploaded audio file. */
  private async checkTranslations(ctx: RequestContext, input: GlossaryTermInput): Promise<void> {
    const seen = new Set<string>();
    input.translations.forEach((t, i) => {
      const key = t.languageCode.toLowerCase();
      if (seen.has(key)) throw GlossaryErrors.duplicateLanguage(i);
      seen.add(key);
    });
    const media = await Promise.all(input.translations.map((t) => this.media.find(ctx, t.audioMediaId)));
    input.translations.forEach((t, i) => {
      if (!t.audioMediaId) return;
      if (!media[i]) throw GlossaryErrors.audioNotFound(i);
      if (media[i].kind !== 'AUDIO') throw GlossaryErrors.notAudio(i);
    });
  }

  /** Attaches translations to terms in one statement, in each term's order. */
  private async withTranslations(m: EntityManager, terms: GlossaryTermEntity[]): Promise<TermWithTranslations[]> {
    if (!terms.length) return [];
    const rows = await m.find(GlossaryTranslationEntity, {
      where: { termId: In(terms.map((t) => t.id)) },
      order: { position: 'ASC', languageCode: 'ASC' },
    });
    const byTerm = new Map<string, GlossaryTranslationEntity[]>();
    for (const row of rows) byTerm.set(row.termId, [...(byTerm.get(row.termId) ?? []), row]);
    return terms.map((term) => ({ term, translations: byTerm.get(term.id) ?? [] }));
  }
}

/**
 * Rewrites the folded search text of the terms (every term when `ids` is left out): the term and
 * its translations and pronunciation hints, lower case with accents removed by unaccent.
 */
export async function refreshSearchText(m: EntityManager, ids?: string[]): Promise<void> {
  await m.query(
    `update glossary_term g set search_text = lower(unaccent(g.term || ' ' || coalesce(
        (select string_agg(t.text || ' ' || coalesce(t.pronunciation, ''), ' ') from glossary_translation t where t.term_id = g.id), '')))
      where $1::uuid[] is null or g.id = any($1::uuid[])`,
    [ids ?? null],
  );
}

/** Exposed for the language card and the models: which way a language's script runs. */
export const directionOf = (code: string): 'LTR' | 'RTL' => (textDirection(code) === 'rtl' ? 'RTL' : 'LTR');
