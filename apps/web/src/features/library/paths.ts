/** Where each library page lives, so links are written once. */
export const LIBRARY_PATH = '/library';
export const BLOG_PATH = '/library/blog';
export const blogPostHref = (slug: string): string => `${BLOG_PATH}/${encodeURIComponent(slug)}`;
export const blogTagHref = (tag: string): string => `${BLOG_PATH}?tag=${encodeURIComponent(tag)}`;
export const editBlogPostHref = (id: string): string => `${BLOG_PATH}/${encodeURIComponent(id)}/edit`;
export const archiveBlogPostHref = (id: string): string => `${BLOG_PATH}/${encodeURIComponent(id)}/archive`;
export const NEW_BLOG_POST_PATH = `${BLOG_PATH}/new`;
export const MY_BLOG_POSTS_PATH = `${BLOG_PATH}/mine`;
export const BLOG_REVIEW_PATH = `${BLOG_PATH}/review`;
