import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { GLOSSARY_LIMITS, glossaryLetter, glossarySlug, textDirection } from '@common-ground/shared';
import type { Actor } from '../../../common/auth/actor';
import { hasRole } from '../../../common/auth/actor';
import { Clock } from '../../../common/clock';
import { VersionedCache } from '../../../common/versioned-cache';
import type { RequestContext } from '../../../common/context/request-context';
import { decodeCursor, encodeCursor, type Page } from '../../../common/graphql/connection';
import { isUuid } from '../../../common/ids';
import { isUniqueViolation } from '../../identity/identity.errors';
import { MediaService } from '../../media/media.service';
import { ContentItemEntity } from '../entities/content-item.entity';
import { canSee } from '../library.policy';
import { type ContentFields, WorkflowService } from '../workflow.service';
import type { GlossaryTermInput, GlossaryTermsFilter, UpdateGlossaryTermInput } from './dto/glossary.inputs';
import { GlossaryTermEntity } from './entities/glossary-term.entity';
import { GlossaryTranslationEntity } from './entities/glossary-translation.entity';
import { buildMatcher, escapeHtml, type GlossaryMatcher, type LinkableTerm } from './glossary-linker';
import { GlossaryErrors } from './glossary.errors';

/** A term with its workflow item and its translations, in order. */
export interface TermWithTranslations {
  term: GlossaryTermEntity;
  item: ContentItemEntity;
  translations: GlossaryTranslationEntity[];
}

/** Editors and admins write the glossary and see its drafts. */
export const canEditGlossary = (actor: Actor | null): boolean => hasRole(actor, 'EDITOR', 'ADMIN');

/**
 * How often the linker's cache asks whether the glossary changed (one cheap statement on
 * content_item's kind index): changes made through the workflow's own steps (publish,
 * archive, scheduled publishing) or on another instance show within this time; a change
 * made through this service empties the cache at once.
 */
export const VERSION_CHECK_MS = 1_000;

/** The linker's prepared term lists, one per kind of reader. */
interface Matchers {
  forPublic: GlossaryMatcher;
  forStaff: GlossaryMatcher;
}

/**
 * The glossary: terms with plain-English definitions and translations, written through the
 * library's one editorial workflow (kind GLOSSARY_TERM: drafts, review, publishing, archive
 * and revisions are WorkflowService's; who may read a term is its content item's rule), A–Z
 * listing, accent-insensitive search in any language, and the prepared term lists the
 * linker uses (loaded in one statement, cached, emptied on every change).
 */
@Injectable()
export class GlossaryService {
  private readonly matchers: VersionedCache<Matchers>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    clock: Clock,
    private readonly media: MediaService,
    private readonly workflow: WorkflowService,
  ) {
    this.matchers = new VersionedCache(
      clock,
      VERSION_CHECK_MS,
      () => this.version(),
      () => this.loadMatchers(),
    );
  }

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
    const qb = this.dataSource.manager
      .createQueryBuilder(GlossaryTermEntity, 'g')
      .innerJoinAndMapOne('g.item', ContentItemEntity, 'c', 'c.id = g.id');
    this.workflow.restrictToVisible(qb, ctx.actor, 'c');
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
    const term = await this.dataSource.manager
      .createQueryBuilder(GlossaryTermEntity, 'g')
      .innerJoinAndMapOne('g.item', ContentItemEntity, 'c', 'c.id = g.id')
      .where('g.slug = :slug', { slug })
      .getOne();
    if (!term?.item || !canSee(ctx.actor, term.item)) return null;
    return (await this.withTranslations(this.dataSource.manager, [term]))[0];
  }

  /** The languages the readable glossary has translations into, by English name (at most GLOSSARY_LIMITS.languagesListed). */
  async languages(ctx: RequestContext): Promise<{ code: string; name: string }[]> {
    const rows: { code: string; name: string }[] = await this.dataSource.query(
      `select t.language_code as code, min(t.language_name) as name
         from glossary_translation t join content_item c on c.id = t.term_id
        where ($1 or c.status = 'PUBLISHED') and ($2 or c.audience = 'PUBLIC')
        group by t.language_code order by min(t.language_name), t.language_code limit $3`,
      [canEditGlossary(ctx.actor), !!ctx.actor, GLOSSARY_LIMITS.languagesListed],
    );
    return rows;
  }

  /** The A–Z letters (and #) that have terms the viewer may read, for the A–Z navigation. */
  async letters(ctx: RequestContext): Promise<string[]> {
    const rows: { letter: string }[] = await this.dataSource.query(
      `select distinct g.letter from glossary_term g join content_item c on c.id = g.id
        where ($1 or c.status = 'PUBLISHED') and ($2 or c.audience = 'PUBLIC') order by g.letter`,
      [canEditGlossary(ctx.actor), !!ctx.actor],
    );
    return rows.map((r) => r.letter);
  }

  /**
   * Adds a term as a draft of the workflow's GLOSSARY_TERM kind (editors and admins), and
   * publishes it at once when asked. Throws CONFLICT when a term of the same address exists,
   * BAD_USER_INPUT for a repeated language or a recording that is not audio, FORBIDDEN
   * for anyone who may not write glossary terms.
   */
  async create(ctx: RequestContext, input: GlossaryTermInput): Promise<TermWithTranslations> {
    const item = await this.workflow.create(ctx, 'GLOSSARY_TERM', this.fields(input), (m, created) =>
      this.write(ctx, m, created.id, input),
    );
    return this.afterChange(ctx, item.id, input.publishNow === true && item.status !== 'PUBLISHED');
  }

  /**
   * Replaces a term's content and translations through the workflow (a published term
   * changes for readers at once, with a revision), publishing it when asked and not yet
   * published. Throws NOT_FOUND, FORBIDDEN, CONFLICT and BAD_USER_INPUT as create does.
   */
  async update(ctx: RequestContext, input: UpdateGlossaryTermInput): Promise<TermWithTranslations> {
    const item = await this.workflow.update(ctx, input.id, 'GLOSSARY_TERM', this.fields(input), (m, changed) =>
      this.write(ctx, m, changed.id, input),
    );
    return this.afterChange(ctx, item.id, input.publishNow === true && item.status !== 'PUBLISHED');
  }

  /** Deletes a term, its translations and its history (editors and admins); NOT_FOUND for an unknown term. */
  async remove(_ctx: RequestContext, id: string): Promise<void> {
    const result = await this.dataSource.manager.delete(ContentItemEntity, { id, kind: 'GLOSSARY_TERM' });
    if (!result.affected) throw GlossaryErrors.termNotFound();
    this.invalidate();
  }

  /** The workflow's shared text for a term: its name, and its definition as summary and (escaped) body. */
  private fields(input: GlossaryTermInput): ContentFields {
    return {
      title: input.term,
      summary: input.definition.slice(0, 500),
      body: `<p>${escapeHtml(input.definition)}</p>`,
      audience: input.audience,
    };
  }

  private async afterChange(ctx: RequestContext, id: string, publish: boolean): Promise<TermWithTranslations> {
    if (publish) await this.workflow.publish(ctx, id);
    this.invalidate();
    return this.reload(id);
  }

  /**
   * The term lists the linker matches against: published PUBLIC terms for signed-out
   * readers, all published terms for staff. Loaded in one statement and kept for
   * CACHE_TTL_MS (or until a change here), so linking a page never queries per term.
   */
  async matcherFor(actor: Actor | null): Promise<GlossaryMatcher> {
    const matchers = await this.matchers.get();
    return actor ? matchers.forStaff : matchers.forPublic;
  }

  /** Empties the linker's cache (after any change). */
  invalidate(): void {
    this.matchers.invalidate();
  }

  /** Changes whenever a glossary term is added, changed, moved through the workflow or deleted. */
  private async version(): Promise<string> {
    const rows: { version: string }[] = await this.dataSource.query(
      `select count(*) || '/' || coalesce(max(updated_at)::text, '') as version from content_item where kind = 'GLOSSARY_TERM'`,
    );
    return rows[0]?.version ?? '';
  }

  private async loadMatchers(): Promise<Matchers> {
    const rows: { slug: string; term: string; definition: string; audience: string; translations: unknown }[] =
      await this.dataSource.query(
        `select g.slug, g.term, g.definition, c.audience,
                coalesce(json_agg(json_build_object('languageCode', t.language_code, 'languageName', t.language_name,
                  'text', t.text, 'pronunciation', t.pronunciation) order by t.position, t.language_code)
                  filter (where t.id is not null), '[]') as translations
           from glossary_term g join content_item c on c.id = g.id
           left join glossary_translation t on t.term_id = g.id
          where c.status = 'PUBLISHED'
          group by g.id, c.audience`,
      );
    const terms = rows.map((r) => ({ ...r, translations: r.translations as LinkableTerm['translations'] }));
    return {
      forPublic: buildMatcher(terms.filter((t) => t.audience === 'PUBLIC')),
      forStaff: buildMatcher(terms),
    };
  }

  private async reload(id: string): Promise<TermWithTranslations> {
    const term = await this.dataSource.manager
      .createQueryBuilder(GlossaryTermEntity, 'g')
      .innerJoinAndMapOne('g.item', ContentItemEntity, 'c', 'c.id = g.id')
      .where('g.id = :id', { id })
      .getOneOrFail();
    return (await this.withTranslations(this.dataSource.manager, [term]))[0];
  }

  /** Writes a term's own row and replaces its translations (inside the workflow's transaction), then its search text. */
  private async write(ctx: RequestContext, m: EntityManager, id: string, input: GlossaryTermInput): Promise<void> {
    const slug = glossarySlug(input.term);
    if (!slug) throw GlossaryErrors.noSlug();
    const clash = await m.findOneBy(GlossaryTermEntity, { slug });
    if (clash && clash.id !== id) throw GlossaryErrors.duplicateTerm();
    await this.checkTranslations(ctx, input);
    await m
      .upsert(
        GlossaryTermEntity,
        {
          id,
          slug,
          term: input.term,
          sortKey: input.term.toLocaleLowerCase('en-GB').slice(0, 120),
          letter: glossaryLetter(input.term),
          definition: input.definition,
          category: input.category,
        },
        ['id'],
      )
      .catch((error: unknown) => {
        // Two editors adding the same term at once: the later finds it taken only here.
        throw isUniqueViolation(error, 'glossary_term_slug_key') ? GlossaryErrors.duplicateTerm() : error;
      });
    await m.delete(GlossaryTranslationEntity, { termId: id });
    if (input.translations.length) {
      await m.insert(
        GlossaryTranslationEntity,
        input.translations.map((t, position) => ({
          termId: id,
          languageCode: t.languageCode,
          languageName: t.languageName,
          text: t.text,
          pronunciation: t.pronunciation || null,
          audioMediaId: t.audioMediaId ?? null,
          position,
        })),
      );
    }
    await refreshSearchText(m, [id]);
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
    return terms.map((term) => ({
      term,
      item: term.item as ContentItemEntity,
      translations: byTerm.get(term.id) ?? [],
    }));
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
