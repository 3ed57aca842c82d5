import { ROOT_ID } from '../core/contract';
import { SHADOW_CSS } from './styles';

/**
 * `#vigie-root`: Vigie's one element in the page, attached to `<html>` (outside the page's own
 * `<body>` tree) with an open shadow root holding all of Vigie's UI. A custom tag keeps the page's
 * `div`/`aside` selectors off it; `all: initial` on the host and `:host` keeps styles apart.
 */
export interface VigieRoot {
  host: HTMLElement;
  shadow: ShadowRoot;
  mount: HTMLElement;
  ensureAttached: () => void;
  setAttr: (name: string, value: string) => void;
  remove: () => void;
}

export function createRoot(doc: Document = document): VigieRoot {
  doc.getElementById(ROOT_ID)?.remove(); // a previous instance orphaned by an extension update
  const host = doc.createElement('vigie-root');
  host.id = ROOT_ID;
  host.setAttribute('style', 'all: initial !important; display: block !important; position: static !important;');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = SHADOW_CSS;
  const mount = doc.createElement('div');
  shadow.append(style, mount);
  const ensureAttached = () => {
    if (!host.isConnected && doc.documentElement) doc.documentElement.append(host);
  };
  ensureAttached();
  return {
    host,
    shadow,
    mount,
    ensureAttached,
    setAttr: (name, value) => {
      if (host.getAttribute(name) !== value) host.setAttribute(name, value);
    },
    remove: () => host.remove(),
  };
}
