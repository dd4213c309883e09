import { sanitiseRichText } from '../../common/rich-text/rich-text.sanitiser';
import { mentionedPersonIds } from './mentions';

const A = '0f8fad5b-d9cb-469f-a165-70867728950e';
const B = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

describe('mentionedPersonIds', () => {
  it('reads each mentioned person once from a sanitised body', () => {
    const body = sanitiseRichText(
      `<p>Thanks <span data-type="mention" data-id="${A.toUpperCase()}">@Ana</span> and ` +
        `<span data-id="${B}" data-type="mention">@Bo</span>, <span data-type="mention" data-id="${A}">@Ana</span></p>`,
    );
    expect(mentionedPersonIds(body)).toEqual([A, B]);
  });

  it('ignores other spans, ids that are not uuids and look-alike text', () => {
    const body =
      `<p><span data-type="tag" data-id="${A}">x</span> <span data-type="mention" data-id="nobody">@x</span> ` +
      `data-type="mention" data-id="${B}"</p>`;
    expect(mentionedPersonIds(body)).toEqual([]);
  });
});
