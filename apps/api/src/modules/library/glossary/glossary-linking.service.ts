import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../common/clock';
import { VersionedCache } from '../../../common/versioned-cache';
import type { RequestContext } from '../../../common/context/request-context';
import type { LinkableContentKindName } from './entities/glossary-link-opt-out.entity';
import { type GlossaryMatcher, linkGlossaryTerms } from './glossary-linker';
import { GlossaryService, VERSION_CHECK_MS } from './glossary.service';

type Key = `${LinkableContentKindName}:${string}`;

/** Linked texts remembered per term list (a lesson article is at most 100,000 characters). */
const LINKED_MEMO_SIZE = 200;

/**
 * Glossary linking for other features' rich text, at read time: the stored text is never
 * changed. Costs no statement per request: the term list and the editors' off-switches are
 * both held in memory, each checked for changes at most once every VERSION_CHECK_MS (one
 * cheap statement), so a switch made on another instance shows within a second; a switch made
 * here shows at once. Measured with bench/glossary-linker.mjs: the off-switch read on every
 * request cost linking a quarter of the page's throughput.
 */
@Injectable()
export class GlossaryLinkingService {
  /** The contents an editor switched linking off for. */
  private readonly optedOut: VersionedCache<ReadonlySet<Key>>;
  /**
   * Linked text by content and text digest, per term list (a new list after any glossary
   * change starts a new memo, so nothing stale is served), the oldest dropped past
   * LINKED_MEMO_SIZE: a busy page is linked once, not on every read.
   */
  private readonly linked = new WeakMap<GlossaryMatcher, Map<string, string>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly glossary: GlossaryService,
    clock: Clock,
  ) {
    this.optedOut = new VersionedCache(
      clock,
      VERSION_CHECK_MS,
      () => this.optOutVersion(),
      () => this.loadOptOuts(),
    );
  }

  /**
   * The sanitised HTML with the first occurrence of each glossary term the viewer may read
   * turned into a pop-over (see linkGlossaryTerms), or unchanged when an editor switched
   * linking off for this content. `html` must already be sanitised.
   */
  async link(ctx: RequestContext, kind: LinkableContentKindName, id: string, html: string): Promise<string> {
    if (!(await this.isOn(kind, id))) return html;
    const matcher = await this.glossary.matcherFor(ctx.actor);
    let memo = this.linked.get(matcher);
    if (!memo) {
      memo = new Map();
      this.linked.set(matcher, memo);
    }
    // The same text linked by the same term list always gives the same result.
    const key = `${id}:${createHash('sha1').update(html).digest('base64')}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const result = linkGlossaryTerms(html, matcher, `glossary-${id.slice(0, 8)}`);
    if (memo.size >= LINKED_MEMO_SIZE) memo.delete(memo.keys().next().value as string);
    memo.set(key, result);
    return result;
  }

  /** Whether terms are linked in the content (on unless an editor switched it off). */
  async isOn(kind: LinkableContentKindName, id: string): Promise<boolean> {
    return !(await this.optedOut.get()).has(`${kind}:${id}`);
  }

  /**
   * Changes whenever a switch is turned off or on: the number of rows, and the newest row's
   * transaction (so one switch removed and another added in between still counts as a change).
   */
  private async optOutVersion(): Promise<string> {
    const rows: { version: string }[] = await this.dataSource.query(
      `select count(*) || '/' || coalesce(max(xmin::text::bigint), 0) as version from glossary_link_opt_out`,
    );
    return rows[0]?.version ?? '';
  }

  private async loadOptOuts(): Promise<ReadonlySet<Key>> {
    const rows: { kind: LinkableContentKindName; id: string }[] = await this.dataSource.query(
      `select content_kind as kind, content_id as id from glossary_link_opt_out`,
    );
    return new Set(rows.map((r) => `${r.kind}:${r.id}` as const));
  }

  /** Switches linking on or off for a piece of content (editors and admins; the resolver checks). */
  async set(ctx: RequestContext, kind: LinkableContentKindName, id: string, enabled: boolean): Promise<boolean> {
    if (enabled) {
      await this.dataSource.query(`delete from glossary_link_opt_out where content_kind = $1 and content_id = $2`, [
        kind,
        id,
      ]);
    } else {
      await this.dataSource.query(
        `insert into glossary_link_opt_out (content_kind, content_id, created_by_id) values ($1, $2, $3)
         on conflict do nothing`,
        [kind, id, ctx.actor?.id ?? null],
      );
    }
    this.optedOut.invalidate();
    return enabled;
  }
}
