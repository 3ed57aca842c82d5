/**
 * Styles of the in-page UI. They live inside the shadow root, so they never reach the page, and
 * `:host { all: initial }` keeps the page's styles from reaching in.
 */
export const SHADOW_CSS = `
:host { all: initial; }
*, *::before, *::after { box-sizing: border-box; }
.vg { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1b1f24; }
.panel { position: fixed; top: 12px; right: 12px; z-index: 2147483646; display: flex; flex-direction: column;
  background: #fff; border: 1px solid #c9d1d9; border-radius: 10px; box-shadow: 0 6px 20px rgba(0,0,0,.2); overflow: hidden; }
.panel.collapsed { width: auto; max-width: min(420px, calc(100vw - 24px)); }
.panel.expanded { width: min(380px, calc(100vw - 24px)); max-height: min(75vh, 640px); }
.head { display: flex; align-items: center; gap: 8px; padding: 6px 8px 6px 10px; background: #00458a; color: #fff; min-height: 36px; }
.head .brand { font-weight: 700; letter-spacing: .02em; }
.head .summary { flex: 1; min-width: 0; font-size: 13px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.count { flex: none; min-width: 20px; height: 20px; padding: 0 6px; border-radius: 10px; background: #fff; color: #00458a;
  font-size: 12px; font-weight: 700; display: inline-flex; align-items: center; justify-content: center; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.institution { margin: 6px 0 0; font-weight: 600; }
.dot { width: 10px; height: 10px; border-radius: 50%; flex: none; background: #7fb3e6; }
.dot.sev-critical { background: #ff6b6b; } .dot.sev-warning { background: #ffc247; } .dot.sev-info { background: #9fd0ff; } .dot.ok { background: #6fdd8b; }
button { font: inherit; cursor: pointer; border-radius: 6px; }
button:focus-visible, a:focus-visible, summary:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
/* On white, the yellow outline is too faint (1.6:1): dark blue there, yellow on the blue header. */
.body :focus-visible, .dialog :focus-visible { outline-color: #0b5cad; }
.toggle { flex: none; background: transparent; color: #fff; border: 1px solid rgba(255,255,255,.7); padding: 2px 8px; font-size: 12px; }
.body { overflow: auto; padding: 6px 12px 12px; }
h2 { font-size: 12px; text-transform: uppercase; letter-spacing: .05em; color: #57606a; margin: 10px 0 4px; }
ul { list-style: none; margin: 0; padding: 0; }
.warning { border-left: 4px solid #9fd0ff; background: #f6f8fa; border-radius: 4px; padding: 6px 8px; margin: 6px 0; }
.warning.sev-critical { border-left-color: #c62828; background: #fff1f0; }
.warning.sev-warning { border-left-color: #b26a00; background: #fff8e6; }
.warning .title { font-weight: 600; }
.warning .why { margin: 2px 0 0; }
.sev { font-size: 11px; font-weight: 700; text-transform: uppercase; margin-right: 6px; color: #57606a; }
.sev-critical .sev { color: #a31515; } .warning.sev-warning .sev { color: #8a5300; }
details { margin-top: 4px; } summary { cursor: pointer; color: #0550ae; }
.source { color: #57606a; font-size: 12px; margin: 4px 0 0; }
.ack { margin-top: 6px; background: #fff; border: 1px solid #8c959f; color: #1b1f24; padding: 2px 8px; font-size: 12px; }
.none { color: #1a7f37; margin: 8px 0; }
.alt { margin: 6px 0; } .alt a { color: #0550ae; font-weight: 600; } .alt p { margin: 2px 0 0; font-size: 13px; }
.muted { color: #57606a; }
.contacts p { margin: 2px 0; font-size: 13px; }
.field-warning { pointer-events: none; position: fixed; z-index: 2147483646; max-width: 360px; background: #fff1f0; color: #1b1f24;
  border: 1px solid #c62828; border-radius: 6px; padding: 6px 8px; font-size: 13px; box-shadow: 0 4px 12px rgba(0,0,0,.18); }
.field-warning strong { color: #a31515; }
.backdrop { position: fixed; inset: 0; z-index: 2147483647; background: rgba(0,0,0,.45); display: flex;
  align-items: center; justify-content: center; padding: 16px; }
.dialog { background: #fff; border-radius: 10px; max-width: 520px; width: 100%; max-height: 85vh; overflow: auto;
  padding: 18px 20px; box-shadow: 0 12px 40px rgba(0,0,0,.35); }
.dialog h2 { font-size: 18px; text-transform: none; letter-spacing: 0; color: #1b1f24; margin: 0 0 8px; }
.dialog ul { margin: 8px 0 14px; } .dialog li { margin: 6px 0; }
.actions { display: flex; gap: 10px; justify-content: flex-end; flex-wrap: wrap; }
.primary { background: #00458a; color: #fff; border: 1px solid #00458a; padding: 6px 14px; }
.secondary { background: #fff; color: #1b1f24; border: 1px solid #8c959f; padding: 6px 14px; }
@media (prefers-reduced-motion: no-preference) { .panel { transition: box-shadow .2s; } }
`;
