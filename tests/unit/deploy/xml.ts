/**
 * A strict XML reader for the tests (sax in strict mode: any well-formedness error throws), giving a small
 * element tree.
 */
import sax from 'sax';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

export function parseXml(text: string): XmlElement {
  const parser = sax.parser(true, { xmlns: false, position: true });
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  parser.onerror = (error: Error) => {
    throw error;
  };
  parser.onopentag = (node: { name: string; attributes: Record<string, string> }) => {
    const element: XmlElement = { name: node.name, attrs: { ...node.attributes }, children: [], text: '' };
    (stack[stack.length - 1] as XmlElement).children.push(element);
    stack.push(element);
  };
  parser.onclosetag = () => {
    stack.pop();
  };
  parser.ontext = (t: string) => {
    (stack[stack.length - 1] as XmlElement).text += t;
  };
  parser.write(text).close();
  if (stack.length !== 1 || root.children.length !== 1) throw new Error('Not exactly one root element');
  return root.children[0] as XmlElement;
}

export function all(element: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of element.children) {
    if (child.name === name) out.push(child);
    out.push(...all(child, name));
  }
  return out;
}

export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}
