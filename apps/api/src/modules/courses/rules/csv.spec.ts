import { csvField, pounds, toCsv } from './csv';

describe('CSV for Excel', () => {
  it('quotes every field and doubles quotes inside one', () => {
    expect(csvField('Saltmarsh "Hub", east')).toBe('"Saltmarsh ""Hub"", east"');
    expect(csvField(null)).toBe('""');
    expect(csvField(12)).toBe('"12"');
  });

  it('prefixes an apostrophe to a cell that starts like a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvField(`${start}SUM(A1:A9)`)).toBe(`"'${start}SUM(A1:A9)"`);
    }
    expect(csvField('=HYPERLINK("http://x.example","Click")')).toBe(`"'=HYPERLINK(""http://x.example"",""Click"")"`);
    expect(csvField('Anne-Marie')).toBe('"Anne-Marie"');
  });

  it('writes a BOM, a header row and CRLF line ends, in UTF-8', () => {
    const bytes = Buffer.from(
      toCsv(
        ['Organisation', 'Amount (£)'],
        [
          ['Café Lumière', '40.00'],
          ['Line\nbreak', '@once'],
        ],
      ),
      'utf8',
    );
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(
      '"Organisation","Amount (£)"\r\n"Café Lumière","40.00"\r\n"Line\nbreak","\'@once"\r\n',
    );
    expect(bytes.includes(Buffer.from('£', 'utf8'))).toBe(true);
  });

  it('writes pence as pounds with two decimals', () => {
    expect(pounds(4000)).toBe('40.00');
    expect(pounds(0)).toBe('0.00');
    expect(pounds(5)).toBe('0.05');
  });
});
