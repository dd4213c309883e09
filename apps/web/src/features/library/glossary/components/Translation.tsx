import type { TextDirection } from '../../../../gql/graphql';

export interface TranslationWordProps {
  languageCode: string;
  direction: TextDirection;
  text: string;
  className?: string;
}

/**
 * A word in another language, marked with its language and direction so screen readers
 * pronounce it in that language and right-to-left scripts (Arabic, Urdu…) run the right way.
 */
export function TranslationWord({
  languageCode,
  direction,
  text,
  className = 'app-translation',
}: TranslationWordProps) {
  return (
    <span lang={languageCode} dir={direction === 'RTL' ? 'rtl' : 'ltr'} className={className}>
      {text}
    </span>
  );
}
