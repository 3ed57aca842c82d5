/**
 * A strict little XML property-list reader for the tests: it accepts only the plist vocabulary
 * (dict/key/array/string/integer/real/true/false) and throws on anything else or on a malformed tree.
 */
export type PlistValue = string | number | boolean | PlistValue[] | { [key: string]: PlistValue };

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

type Token = { kind: 'open' | 'close' | 'empty'; name: string } | { kind: 'text'; text: string };

function tokenize(xml: string): Token[] {
  const body = xml
    .replace(/^<\?xml[^>]*\?>\s*/, '')
    .replace(/^<!DOCTYPE plist PUBLIC "-\/\/Apple\/\/DTD PLIST 1\.0\/\/EN" "http:\/\/www\.apple\.com\/DTDs\/PropertyList-1\.0\.dtd">\s*/, '');
  const tokens: Token[] = [];
  const re = /<(\/?)([a-z]+)((?:\s+[a-z]+="[^"]*")*)\s*(\/?)>|([^<]+)/g;
  let m: RegExpExecArray | null;
  let consumed = 0;
  while ((m = re.exec(body)) !== null) {
    if (m.index !== consumed) throw new Error(`Unexpected markup at ${consumed}: ${body.slice(consumed, consumed + 40)}`);
    consumed = re.lastIndex;
    if (m[5] !== undefined) {
      // Whitespace between elements is layout, not content.
      if (m[5].trim() !== '') tokens.push({ kind: 'text', text: m[5] });
    } else {
      tokens.push({ kind: m[1] ? 'close' : m[4] ? 'empty' : 'open', name: m[2] as string });
    }
  }
  if (consumed !== body.length) throw new Error(`Trailing garbage: ${body.slice(consumed, consumed + 40)}`);
  return tokens;
}

export function parsePlist(xml: string): PlistValue {
  const tokens = tokenize(xml);
  let i = 0;
  const next = (): Token => {
    const t = tokens[i++];
    if (!t) throw new Error('Unexpected end of plist');
    return t;
  };
  const expectClose = (name: string) => {
    const t = next();
    if (t.kind !== 'close' || t.name !== name) throw new Error(`Expected </${name}>, got ${JSON.stringify(t)}`);
  };
  const textOf = (name: string): string => {
    const t = tokens[i];
    if (t && t.kind === 'close' && t.name === name) {
      i++;
      return '';
    }
    const text = next();
    if (text.kind !== 'text') throw new Error(`Expected text in <${name}>`);
    expectClose(name);
    return unescapeXml(text.text);
  };
  const value = (): PlistValue => {
    const t = next();
    if (t.kind === 'empty') {
      if (t.name === 'true') return true;
      if (t.name === 'false') return false;
      if (t.name === 'array') return [];
      if (t.name === 'dict') return {};
      if (t.name === 'string') return '';
      throw new Error(`Unknown empty element <${t.name}/>`);
    }
    if (t.kind !== 'open') throw new Error(`Expected a value, got ${JSON.stringify(t)}`);
    switch (t.name) {
      case 'string':
        return textOf('string');
      case 'integer': {
        const text = textOf('integer');
        if (!/^-?\d+$/.test(text)) throw new Error(`Bad integer ${text}`);
        return Number(text);
      }
      case 'real':
        return Number(textOf('real'));
      case 'array': {
        const items: PlistValue[] = [];
        while (!(tokens[i]?.kind === 'close' && (tokens[i] as { name: string }).name === 'array')) items.push(value());
        i++;
        return items;
      }
      case 'dict': {
        const dict: { [key: string]: PlistValue } = {};
        while (!(tokens[i]?.kind === 'close' && (tokens[i] as { name: string }).name === 'dict')) {
          const k = next();
          if (k.kind !== 'open' || k.name !== 'key') throw new Error(`Expected <key>, got ${JSON.stringify(k)}`);
          const key = textOf('key');
          if (key in dict) throw new Error(`Duplicate key ${key}`);
          dict[key] = value();
        }
        i++;
        return dict;
      }
      default:
        throw new Error(`Unknown element <${t.name}>`);
    }
  };
  const root = next();
  if (root.kind !== 'open' || root.name !== 'plist') throw new Error('Missing <plist>');
  const result = value();
  expectClose('plist');
  if (i !== tokens.length) throw new Error('Content after </plist>');
  return result;
}
