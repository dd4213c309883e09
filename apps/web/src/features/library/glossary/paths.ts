/** Where each glossary page lives. */
export const GLOSSARY_PATH = '/library/glossary';
export const glossaryTermHref = (slug: string): string => `${GLOSSARY_PATH}/terms/${slug}`;
export const glossaryEditHref = (slug: string): string => `${GLOSSARY_PATH}/terms/${slug}/edit`;
export const glossaryDeleteHref = (slug: string): string => `${GLOSSARY_PATH}/terms/${slug}/delete`;
export const GLOSSARY_NEW_PATH = `${GLOSSARY_PATH}/new`;
export const GLOSSARY_CARD_PATH = `${GLOSSARY_PATH}/card`;
