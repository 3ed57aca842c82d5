import { checkShown, type ShownProbe } from '../core/options/toggles';

/** Beyond this many remembered elements the cache starts over (the page replaced its form, say). */
const MAX_ENTRIES = 400;

/**
 * Remembers what `checkVisibility()` said of each element the form readers asked about, so that a pass over a
 * page that keeps changing elsewhere (a meeting list refreshing, a chat) makes the browser bring its style and
 * layout up to date only when something that could hide or show those elements happened:
 * - an attribute of one of them, of one of their ancestors, or of an ancestor's child (`class`, `style`,
 *   `hidden`… on a sibling reach it through `+` / `~` selectors), or children added or removed there;
 * - a style sheet added to or removed from `<head>`, or rewritten;
 * - a person's input, change or click (`:checked`-driven CSS changes no attribute), a resize, a new URL
 *   (`clear`).
 * Mutations under other parts of the page keep the answers.
 */
export class ShownCache {
  private readonly known = new Map<Element, boolean>();
  /** Every ancestor of a remembered element, and the element itself. */
  private readonly watched = new Set<Node>();

  constructor(private readonly ask: ShownProbe = checkShown) {}

  readonly probe: ShownProbe = (el) => {
    const remembered = this.known.get(el);
    if (remembered !== undefined) return remembered;
    const shown = this.ask(el);
    if (this.known.size >= MAX_ENTRIES) this.clear();
    this.known.set(el, shown);
    for (let node: Node | null = el; node && !this.watched.has(node); node = parentAcrossShadow(node)) this.watched.add(node);
    return shown;
  };

  get size(): number {
    return this.known.size;
  }

  clear(): void {
    this.known.clear();
    this.watched.clear();
  }

  /** Forgets everything when one of `records` could change what the remembered elements show. */
  noteMutations(records: readonly MutationRecord[]): void {
    if (!this.known.size) return;
    for (const record of records) {
      const target = record.target;
      if (this.watched.has(target) || (target.parentNode && this.watched.has(target.parentNode)) || touchesStyles(record)) {
        this.clear();
        return;
      }
    }
  }
}

function parentAcrossShadow(node: Node): Node | null {
  return node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
}

const isStyleNode = (node: Node): boolean => {
  const name = node.nodeName;
  return name === 'STYLE' || name === 'LINK' || name === 'style' || name === 'link';
};

/**
 * A style sheet added, removed or rewritten: under `<head>` (where pages and their frameworks put them), or a
 * `<style>`/`<link>` changed in place. Checked without walking each record's node lists, which on a page that
 * keeps changing cost more than the layouts this cache saves.
 */
function touchesStyles(record: MutationRecord): boolean {
  const target = record.target;
  if (isStyleNode(target)) return true;
  return record.type === 'childList' && target.nodeName === 'HEAD';
}
