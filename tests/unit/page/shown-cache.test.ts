// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ShownCache } from '../../../src/content/shown-cache';

/** A page with a form (its control remembered) and, elsewhere, a list that keeps changing. */
function page(): { doc: Document; control: Element; asked: Element[]; cache: ShownCache } {
  document.body.replaceChildren();
  document.body.insertAdjacentHTML(
    'beforeend',
    '<form id="f"><button id="more" type="button">More</button><div id="advanced"><label id="row"><input id="c" type="checkbox"> Waiting room</label></div></form>' +
      '<section id="list"><div id="r1" class="row"><span>a</span></div><div id="r2" class="row"></div></section>',
  );
  const asked: Element[] = [];
  const cache = new ShownCache((el) => {
    asked.push(el);
    return true;
  });
  const control = document.getElementById('row') as Element;
  return { doc: document, control, asked, cache };
}

const record = (target: Node, type: MutationRecordType = 'attributes', added: Node[] = []): MutationRecord =>
  ({ type, target, addedNodes: added as unknown as NodeList, removedNodes: [] as unknown as NodeList }) as unknown as MutationRecord;

describe('ShownCache: the page is asked once per element until something that could change the answer happens', () => {
  it('remembers the answer', () => {
    const { control, asked, cache } = page();
    cache.probe(control);
    cache.probe(control);
    expect(asked).toEqual([control]);
  });

  it.each([
    ['the element itself', 'row'],
    ['an ancestor', 'advanced'],
    ['a sibling of an ancestor (+ / ~ selectors)', 'more'],
    ['the form around it', 'f'],
  ])('forgets after an attribute change on %s', (_what, id) => {
    const { doc, control, asked, cache } = page();
    cache.probe(control);
    cache.noteMutations([record(doc.getElementById(id) as Element)]);
    cache.probe(control);
    expect(asked).toEqual([control, control]);
  });

  it('keeps the answer while another part of the page changes (rows, their children, their text)', () => {
    const { doc, control, asked, cache } = page();
    cache.probe(control);
    const row = doc.getElementById('r1') as Element;
    cache.noteMutations([record(row), record(row, 'childList', [doc.createElement('span')]), record(row.firstElementChild as Element), record(doc.getElementById('r2') as Element)]);
    cache.probe(control);
    expect(asked).toEqual([control]);
  });

  it('forgets when a style sheet comes into <head> or is rewritten', () => {
    const { doc, control, asked, cache } = page();
    cache.probe(control);
    cache.noteMutations([record(doc.head, 'childList', [doc.createElement('style')])]);
    cache.probe(control);
    const style = doc.createElement('style');
    doc.head.append(style);
    cache.noteMutations([record(style, 'childList')]);
    cache.probe(control);
    expect(asked).toHaveLength(3);
  });

  it('forgets on clear() (input, change, click, resize, new URL)', () => {
    const { control, asked, cache } = page();
    cache.probe(control);
    cache.clear();
    expect(cache.size).toBe(0);
    cache.probe(control);
    expect(asked).toHaveLength(2);
  });
});
