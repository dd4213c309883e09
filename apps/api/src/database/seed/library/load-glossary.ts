import type { DataSource } from 'typeorm';
import { glossaryLetter, glossarySlug } from '@common-ground/shared';
import { GlossaryTermEntity } from '../../../modules/library/glossary/entities/glossary-term.entity';
import { GlossaryTranslationEntity } from '../../../modules/library/glossary/entities/glossary-translation.entity';
import { refreshSearchText } from '../../../modules/library/glossary/glossary.service';
import { DEMO_GLOSSARY_LANGUAGES, DEMO_GLOSSARY_TERMS } from './glossary-terms';

/**
 * Loads the demo glossary (published, for everyone) once: a database that already has any
 * glossary term is left alone. Terms, translations and search text go in one transaction.
 */
export async function loadDemoGlossary(dataSource: DataSource): Promise<void> {
  if ((await dataSource.getRepository(GlossaryTermEntity).count()) > 0) return;
  await dataSource.transaction(async (tx) => {
    const terms = await tx.getRepository(GlossaryTermEntity).save(
      DEMO_GLOSSARY_TERMS.map((t) =>
        tx.create(GlossaryTermEntity, {
          slug: glossarySlug(t.term),
          term: t.term,
          sortKey: t.term.toLocaleLowerCase('en-GB'),
          letter: glossaryLetter(t.term),
          definition: t.definition,
          category: t.category,
          status: 'PUBLISHED',
          audience: 'PUBLIC',
          updatedById: null,
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
