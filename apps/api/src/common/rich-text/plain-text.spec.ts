import { sanitisePlainText } from './plain-text';

describe('sanitisePlainText', () => {
  it('removes markup and the content of scripts but keeps the words', () => {
    expect(sanitisePlainText('<p>I <strong>learned</strong> a lot</p><script>alert(1)</script>')).toBe(
      'I learned a lot',
    );
  });

  it('keeps ampersands and angle brackets typed as text', () => {
    expect(sanitisePlainText('Tom & Jerry: 3 < 4 and "quoted"')).toBe('Tom & Jerry: 3 < 4 and "quoted"');
  });

  it('drops control and direction-override characters and tidies line breaks', () => {
    expect(sanitisePlainText('  one\r\n\r\n\r\n\r\ntwo\u0000\u202Ethree  ')).toBe('one\n\ntwothree');
  });
});
