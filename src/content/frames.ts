import { serviceOfHost } from '../core/hosts';

/**
 * Where this copy of the content script runs. The manifest injects it in every frame of the services'
 * hosts (`all_frames`) and in the about:blank / about:srcdoc frames those pages make (`match_about_blank`):
 * Zoom's web app hosts the web client's pre-join screen in `<iframe id="webclient">` (same origin).
 *
 * - The top frame owns the tab's one panel. A frame shows no panel, unless its top page is not one of the
 *   services' (Zoom embedded in another site: the frame is all of Vigie the person sees).
 * - The confirmation of "warn" mode and the notes next to fields appear in the frame where the person acts.
 * - An about:blank / about:srcdoc frame reads its context from its parent's URL (same origin) and stays
 *   idle — no observer, no pass — until a field in it is used: such frames are mostly ads' and trackers'
 *   containers, and they must not pay for Vigie. A frame whose parent cannot be read is left alone.
 *
 * Frames of other hosts (ads, captcha, third-party players) never get the script: the manifest's matches
 * are the services' hosts only.
 */
export interface FramePlace {
  top: boolean;
  /** Shows the tab's panel. */
  ownsPanel: boolean;
  /** about:blank / about:srcdoc frame: context from the parent, idle until a field is used. */
  inherited: boolean;
}

export function framePlace(win: Window = window): FramePlace | null {
  let top = true;
  try {
    top = win.top === win;
  } catch {
    top = false;
  }
  const inherited = !top && win.location.protocol === 'about:';
  if (inherited && parentHref(win) === null) return null;
  return { top, ownsPanel: top || !topIsService(win), inherited };
}

/** The URL the page's context is read from: the frame's own, or its parent's for about:blank/srcdoc. */
export function pageHref(place: FramePlace | null, win: Window = window): string {
  if (place?.inherited) return parentHref(win) ?? win.location.href;
  return win.location.href;
}

function parentHref(win: Window): string | null {
  try {
    // Same-origin parent only: a cross-origin one throws.
    for (let w: Window = win; w !== w.parent; ) {
      w = w.parent;
      const href = w.location.href;
      if (!href.startsWith('about:')) return href;
    }
  } catch {
    return null;
  }
  return null;
}

/** The top page is one of the services' (where the panel lives). Unknown (cross-origin, no ancestorOrigins): yes. */
function topIsService(win: Window): boolean {
  const origins = (win.location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins;
  let topOrigin: string | null = origins && origins.length ? origins.item(origins.length - 1) : null;
  if (!topOrigin) {
    try {
      topOrigin = win.top?.location.origin ?? null;
    } catch {
      return true;
    }
  }
  if (!topOrigin) return true;
  try {
    return serviceOfHost(new URL(topOrigin).hostname) !== null;
  } catch {
    return true;
  }
}

/**
 * An idle frame (about:blank / srcdoc) wakes up the first time one of its fields gets focus or input:
 * until then two passive listeners are all it costs.
 */
export function whenFieldUsed(doc: Document, wake: () => void): void {
  const onEvent = (event: Event): void => {
    const target = event.composedPath()[0];
    if (!(target instanceof Element) || !target.matches('input, textarea, select, [contenteditable], [contenteditable] *, [role="textbox"]')) return;
    doc.removeEventListener('focusin', onEvent, true);
    doc.removeEventListener('input', onEvent, true);
    wake();
  };
  doc.addEventListener('focusin', onEvent, true);
  doc.addEventListener('input', onEvent, true);
}
