import type { DataSource } from 'typeorm';
import { glossaryLetter, glossarySlug } from '@common-ground/shared';
import { ContentItemEntity } from '../../../modules/library/entities/content-item.entity';
import { GlossaryTermEntity } from '../../../modules/library/glossary/entities/glossary-term.entity';
import { GlossaryTranslationEntity } from '../../../modules/library/glossary/entities/glossary-translation.entity';
import { escapeHtml } from '../../../modules/library/glossary/glossary-linker';
import { refreshSearchText } from '../../../modules/library/glossary/glossary.service';
import { DEMO_GLOSSARY_LANGUAGES, DEMO_GLOSSARY_TERMS } from './glossary-terms';

/**
 * Loads the demo glossary (published, for everyone) once: a database that already has any
 * glossary term is left alone. Each term is a published GLOSSARY_TERM content item of the
 * library workflow plus its own row; items, terms, translations and search text go in one
 * transaction.
 */
export async function loadDemoGlossary(dataSource: DataSource): Promise<void> {
  if ((await dataSource.getRepository(GlossaryTermEntity).count()) > 0) return;
  await dataSource.transaction(async (tx) => {
    const publishedAt = new Date();
    const items = await tx.getRepository(ContentItemEntity).save(
      DEMO_GLOSSARY_TERMS.map((t) =>
        tx.create(ContentItemEntity, {
          kind: 'GLOSSARY_TERM',
          status: 'PUBLISHED',
          audience: 'PUBLIC',
          title: t.term,
          slug: glossarySlug(t.term),
          summary: t.definition,
          body: `<p>${escapeHtml(t.definition)}</p>`,
          wordCount: t.definition.split(/\s+/).length,
          publishedAt,
        }),
      ),
    );
    const terms = await tx.getRepository(GlossaryTermEntity).save(
      DEMO_GLOSSARY_TERMS.map((t, i) =>
        tx.create(GlossaryTermEntity, {
          id: items[i].id,
          slug: glossarySlug(t.term),
          term: t.term,
          sortKey: t.term.toLocaleLowerCase('en-GB'),
          letter: glossaryLetter(t.term),
          definition: t.definition,
          category: t.category,
        }),
      ),
    );
    await tx.getRepository(GlossaryTranslationEntity).insert(
      terms.flatMap((term, i) =>
        DEMO_GLOSSARY_TERMS[i].words.map(([text, pronunciation], position) => ({
          termId: term.id,
          languageCode: DEMO_GLOSSARY_LANGUAGES[position].code,
          languageName: DEMO_GLOSSARY_LANGUAGES[position].name,
          text,
          pronunciation,
          audioMediaId: null,
          position,
        })),
      ),
    );
    await refreshSearchText(tx);
  });
}
