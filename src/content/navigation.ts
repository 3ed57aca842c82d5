/**
 * Follows single-page navigation without a reload. The content script lives in an isolated world,
 * so patching `history.pushState` would not see the page's own calls: instead we listen to the
 * Navigation API where the browser has it, to `popstate`/`hashchange`, and compare `location.href`
 * whenever the page mutates (SPAs render on navigation) plus on a slow timer as a last resort.
 */
export function watchUrl(onChange: (href: string) => void): { check: () => void; stop: () => void } {
  let last = location.href;
  const check = () => {
    const href = location.href;
    if (href !== last) {
      last = href;
      onChange(href);
    }
  };
  const nav = (window as unknown as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('currententrychange', check);
  window.addEventListener('popstate', check);
  window.addEventListener('hashchange', check);
  const timer = window.setInterval(check, 1000);
  return {
    check,
    stop: () => {
      nav?.removeEventListener('currententrychange', check);
      window.removeEventListener('popstate', check);
      window.removeEventListener('hashchange', check);
      window.clearInterval(timer);
    },
  };
}
