/** The part of sax (present through xml2js, a dependency of the e2e and Firefox tooling) the tests use. */
declare module 'sax' {
  interface SaxParser {
    onerror: (error: Error) => void;
    onopentag: (node: { name: string; attributes: Record<string, string> }) => void;
    onclosetag: (name: string) => void;
    ontext: (text: string) => void;
    write(text: string): SaxParser;
    close(): SaxParser;
  }
  const sax: { parser(strict: boolean, options?: Record<string, unknown>): SaxParser };
  export default sax;
}
