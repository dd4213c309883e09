/** Where each FAQ page lives. */
export const FAQS_PATH = '/library/faqs';
export const faqHref = (slug: string): string => `${FAQS_PATH}/${encodeURIComponent(slug)}`;
export const editFaqHref = (id: string): string => `${FAQS_PATH}/${encodeURIComponent(id)}/edit`;
export const archiveFaqHref = (id: string): string => `${FAQS_PATH}/${encodeURIComponent(id)}/archive`;
export const faqCategoryHref = (categoryId: string): string =>
  `${FAQS_PATH}?category=${encodeURIComponent(categoryId)}`;
export const NEW_FAQ_PATH = `${FAQS_PATH}/new`;
export const FAQ_MANAGE_PATH = `${FAQS_PATH}/manage`;
