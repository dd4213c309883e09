import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../../common/graphql/connection';
import { MaxItems } from '../../../common/graphql/list-size';
import { SEARCH_KINDS, SEARCH_LIMITS, type SearchKindName } from '../search.constants';

export const SearchKind = Object.fromEntries(SEARCH_KINDS.map((k) => [k, k])) as { [K in SearchKindName]: K };
registerEnumType(SearchKind, {
  name: 'SearchKind',
  description: 'A kind of thing the search finds.',
  valuesMap: {
    LESSON: { description: 'A lesson of a learning module.' },
    MODULE: { description: 'A learning module.' },
    FORUM_THREAD: { description: 'A forum thread: its title, tags and opening post.' },
    FORUM_POST: { description: 'A reply in a forum thread.' },
    BLOG_POST: { description: 'A blog post.' },
    PODCAST_EPISODE: { description: 'A podcast episode, its transcript included.' },
    GLOSSARY_TERM: { description: 'A glossary term, its translations included.' },
    FAQ: { description: 'A frequently asked question.' },
    MYTH: { description: 'A myth-buster.' },
    LESSON_POST: { description: 'A post in a lesson’s discussion.' },
    COMMENT: { description: 'A comment on a blog post or a podcast episode.' },
  },
});

@ObjectType({ description: 'One thing the search found, with where to read it.' })
export class SearchResult {
  @Field(() => ID, { description: 'The id of what was found (a lesson, a post, a glossary term…).' })
  id: string;

  @Field(() => SearchKind, { description: 'What kind of thing it is.' })
  kind: SearchKindName;

  @Field({
    description:
      'Its title; for a forum reply, the title of its thread; for a discussion post or comment, the title of the lesson or item it is about.',
  })
  title: string;

  @Field(() => [String], {
    description:
      'Where it matched, as plain text cut into pieces: even positions are plain, odd positions the matched words (to show marked). Never HTML.',
  })
  snippet: string[];

  @Field(() => String, {
    nullable: true,
    description:
      'Its address part: a library item’s or a module’s slug; for a lesson or a post in its discussion, its module’s slug; for a comment, its item’s slug.',
  })
  slug: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'For a post in a lesson’s discussion: the lesson; for a comment: the blog post or episode.',
  })
  homeId: string | null;

  @Field(() => SearchKind, {
    nullable: true,
    description: 'For a discussion post or comment: what it is about (LESSON, BLOG_POST or PODCAST_EPISODE).',
  })
  homeKind: SearchKindName | null;

  @Field(() => ID, {
    nullable: true,
    description: 'For forum threads and replies, discussion posts and comments: the thread.',
  })
  threadId: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'For a forum reply, discussion post or comment: its place in the thread (to open it there).',
  })
  postSeq: number | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was published or written, if known.' })
  publishedAt: Date | null;
}

@ObjectType({ description: 'How many results there are of one kind.' })
export class SearchKindCount {
  @Field(() => SearchKind, { description: 'The kind.' })
  kind: SearchKindName;

  @Field(() => Int, { description: 'How many results of that kind the viewer may see.' })
  count: number;
}

@ObjectType({ description: 'A page of search results, best first.' })
export class SearchResultConnection extends Connection(SearchResult, 'SearchResult') {
  @MaxItems(SEARCH_KINDS.length)
  @Field(() => [SearchKindCount], {
    description:
      'Results of every kind (whatever `kinds` asked for), for filters by kind; kinds with none are left out.',
  })
  kindCounts: SearchKindCount[];

  @Field({
    description: `True when there were more matches than the search ranks and counts (${SEARCH_LIMITS.candidatesMax} each way of matching): \`totalCount\` and \`kindCounts\` are then "at least", and the best of the matches found first are shown.`,
  })
  countsCapped: boolean;
}
