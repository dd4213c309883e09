import { registerEnumType } from '@nestjs/graphql';
import { MYTH_VERDICTS, type MythVerdictName } from '@common-ground/shared';

export const MythVerdict = Object.fromEntries(MYTH_VERDICTS.map((v) => [v, v])) as { [K in MythVerdictName]: K };
registerEnumType(MythVerdict, {
  name: 'MythVerdict',
  description: 'How a myth-buster judges what people say.',
  valuesMap: {
    FALSE: { description: 'It is not true.' },
    MISLEADING: { description: 'It twists or leaves out facts that change its meaning.' },
    PARTLY_TRUE: { description: 'Some of it is true, some is not.' },
  },
});
