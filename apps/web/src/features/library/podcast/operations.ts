import { graphql } from '../../../gql';

export const podcastShowsQuery = graphql(`
  query PodcastShows($first: Int, $after: String) {
    podcastShows(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          slug
          title
          description
          audience
          artwork {
            url
            alt
          }
        }
      }
    }
  }
`);

export const podcastShowQuery = graphql(`
  query PodcastShow($idOrSlug: String!, $after: String) {
    podcastShow(idOrSlug: $idOrSlug) {
      id
      slug
      title
      description
      audience
      feedUrl
      artwork {
        mediaId
        url
        alt
      }
      viewerCan {
        edit
        privateFeed
      }
      privateFeed {
        createdAt
      }
      episodes(first: 20, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            slug
            title
            summary
            status
            publishedAt
            publishAt
            voices {
              name
              role
            }
            audio {
              durationSeconds
            }
          }
        }
      }
    }
  }
`);

export const podcastEpisodeQuery = graphql(`
  query PodcastEpisode($idOrSlug: String!) {
    podcastEpisode(idOrSlug: $idOrSlug) {
      id
      slug
      title
      summary
      notesHtml
      status
      audience
      publishAt
      publishedAt
      explicit
      transcriptVtt
      transcriptUrl
      voices {
        name
        role
      }
      chapters {
        startSeconds
        title
      }
      audio {
        mediaId
        url
        mime
        size
        durationSeconds
      }
      show {
        id
        slug
        title
      }
      viewerCan {
        edit
        submit
        returnToDraft
        publish
        archive
        seeHistory
      }
    }
  }
`);

export const createPodcastShowMutation = graphql(`
  mutation CreatePodcastShow($input: PodcastShowInput!) {
    createPodcastShow(input: $input) {
      id
      slug
    }
  }
`);

export const createPodcastEpisodeMutation = graphql(`
  mutation CreatePodcastEpisode($input: CreatePodcastEpisodeInput!) {
    createPodcastEpisode(input: $input) {
      id
      slug
    }
  }
`);

export const updatePodcastEpisodeMutation = graphql(`
  mutation UpdatePodcastEpisode($input: UpdatePodcastEpisodeInput!) {
    updatePodcastEpisode(input: $input) {
      id
      slug
    }
  }
`);

export const createPrivatePodcastFeedMutation = graphql(`
  mutation CreatePrivatePodcastFeed($input: PodcastShowIdInput!) {
    createPrivatePodcastFeed(input: $input) {
      url
      createdAt
    }
  }
`);

export const revokePrivatePodcastFeedMutation = graphql(`
  mutation RevokePrivatePodcastFeed($input: PodcastShowIdInput!) {
    revokePrivatePodcastFeed(input: $input)
  }
`);

export const updatePodcastShowMutation = graphql(`
  mutation UpdatePodcastShow($input: UpdatePodcastShowInput!) {
    updatePodcastShow(input: $input) {
      id
      slug
      title
      description
      audience
      artwork {
        mediaId
        url
        alt
      }
    }
  }
`);
