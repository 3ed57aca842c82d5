/**
 * Vigie's content script, on every page of Zoom and Discord (see manifest `content_scripts`).
 * It is a thin adapter: the page is understood by `src/core` (context, form state, scanner) and
 * judged by `src/policies`; this file only wires them to the DOM, storage and the service worker.
 */
// First: asks for the settings before the rest of this script is evaluated.
import { settingsRead } from './first-read';
import { ext as browser } from '../shared/ext';
import { ATTR_CONTEXT, ATTR_RULES, ATTR_SENSITIVE, ATTR_UNREAD, type ContextId, type RuleId, type ServiceId } from '../core/contract';
import { BLOCKED_PAGE_PATH, blockedPageUrl } from '../blocked/dnr';
import { detectContext, isPmiPage } from '../core/context';
import { isJoinByIdControl } from '../core/join-by-id';
import { findEmailDomain, isConfirmableSubmit, isScannableField, readFindings, readFormState } from '../core/form-state';
import { UnreadGate } from './unread';
import { ShownCache } from './shown-cache';
import { setShownProbe } from '../core/options/toggles';
import { formDiagnostic } from './diagnostic';
import { Fixes } from './fixes';
import { Markers } from './Markers';
import type { PageObservations } from '../core/observations';
import { evaluate, SERVICE_NAMES, weighCategories } from '../policies/evaluate';
import { serviceOfHost } from '../core/hosts';
import type { EffectiveConfig, Evaluation, Warning } from '../policies/types';
import type { Lang } from '../policies/types';
import { pickLanguage, useCatalogs } from '../i18n';
import type { PublishedConfig } from './messages';
import { EFFECTIVE_CONFIG_KEY, STORAGE_KEYS, acknowledge } from '../shared/settings';
import { isVigieMessage, type ContentStats, type TabSnapshot, type TabStateMessage } from '../shared/messages';
import { createRoot, type VigieRoot } from './root';
import { SensitiveFields, loadScanner, loadVocabulary, reasonsOf, type Scanner } from './sensitive-fields';
import { watchUrl } from './navigation';
import { framePlace, pageHref, whenFieldUsed, type FramePlace } from './frames';
import { renderUi, type UiState } from './ui';
import type { FieldWarningState } from './FieldWarning';
import { worstSeverity } from '../ui/components';
import { EVENT_DELAY_MS, FRAME_WAIT_MAX_MS, MUTATION_DELAY_MS, TYPING_DELAY_MS, VOCABULARY_IDLE_TIMEOUT_MS, VOCABULARY_RETRY_MS } from './delays';

/**
 * Runs `run` once, in the task right after the next frame, when the page's style and layout are fresh —
 * reading the page then makes the browser lay out nothing — or after `FRAME_WAIT_MAX_MS` (a hidden page
 * draws no frames).
 */
function afterFrame(run: () => void): void {
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    run();
  };
  window.setTimeout(go, FRAME_WAIT_MAX_MS);
  window.requestAnimationFrame(() => window.setTimeout(go));
}

/**
 * `run` in a task of its own, as soon as the browser can: a user-blocking task of the Prioritized Task
 * Scheduling API where there is one (it comes before a timer, and before a frame that is not yet due),
 * else a timer.
 */
function soonest(run: () => void): void {
  const scheduler = (globalThis as { scheduler?: { postTask?: (task: () => void, options: { priority: string }) => Promise<void> } }).scheduler;
  if (typeof scheduler?.postTask === 'function') void scheduler.postTask(run, { priority: 'user-blocking' });
  else window.setTimeout(run);
}

/** After the load event, in an idle period (or after `timeout` ms of a busy page). */
function whenLoadedAndIdle(timeout: number): Promise<void> {
  return new Promise((resolve) => {
    const idle = () => {
      if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(() => resolve(), { timeout });
      else window.setTimeout(resolve, 0);
    };
    if (document.readyState === 'complete') idle();
    else window.addEventListener('load', idle, { once: true });
  });
}

class VigieController {
  private rootInstance: VigieRoot | null = null;
  private readonly sensitive = new SensitiveFields();
  /** Resolved by the service worker; null until it arrives (nothing is shown meanwhile). */
  private config: EffectiveConfig | null = null;
  private acknowledgements: Record<string, number> = {};
  private lang: Lang = pickLanguage('auto', navigator.language);
  private context: ContextId | null;
  private observations: PageObservations;
  private evaluation: Evaluation | null = null;
  /** Rules Vigie could not check on this page (`data-vigie-unread`), published once the page has settled. */
  private unread: RuleId[] = [];
  private readonly unreadGate = new UnreadGate();
  /** What the page's style shows, remembered between passes (see shown-cache.ts). */
  private readonly shown = new ShownCache();
  private fieldWarning: FieldWarningState | null = null;
  private warnedField: Element | null = null;
  private confirm: UiState['confirm'] = null;
  private pendingAction: (() => void) | null = null;
  private bypassConfirmation = false;
  /** Markers and one-click fixes of the problems read from page controls (fixes.ts). */
  private readonly fixes = new Fixes(() => this.render());
  /** Shown in a confirmation closed by "Tout corriger" and not fixable by a click: the next Save does not ask again. */
  private seenInDialog = new Set<RuleId>();
  private updateTimer: number | undefined;
  private updateDue = Infinity;
  private readonly typingTimers = new Map<Element, number>();
  private lastReported = '';
  private lastRendered = '';
  private observer: MutationObserver | null = null;
  private stopUrlWatch: () => void = () => {};
  private checkUrl: () => void = () => {};
  private alive = true;
  /** Cost of the last full pass, ms: paces the passes caused by DOM mutations. */
  private lastPassMs = 0;
  /** Already on the way to the block interstitial (or let through): ask once per page. */
  private leaving = false;
  /** Settings read, listeners on (see `begin`): before that Vigie does nothing in the page. */
  private started = false;
  /** Vigie's own cost in this page, read by `npm run bench`. Two clock reads per handler run. */
  private readonly stats: ContentStats = { updates: 0, mutationCallbacks: 0, handlerMs: 0, longestMs: 0, lexiconLoaded: false };
  /** The scanner's lexicon is on its way. */
  private loadingVocabulary = false;
  /** …or waits for the page to be loaded and idle. */
  private vocabularyDeferred = false;
  /** After a load that found no lexicon, when to try again (performance.now()). */
  private vocabularyRetryAt = 0;
  /** The scanner module on its way or here (`requestScanner`); null before, and after a failed load. */
  private scannerLoad: Promise<Scanner | null> | null = null;
  /** After a failed load of the scanner module, when to try again (performance.now()). */
  private scannerRetryAt = 0;

  constructor(context: ContextId, private readonly place: FramePlace) {
    this.context = context;
    this.observations = { host: location.hostname.toLowerCase(), sensitive: [] };
  }

  /**
   * `#vigie-root`, made by the first pass (see `start`): while the page's HTML is parsed, Vigie adds
   * nothing to it.
   */
  private get root(): VigieRoot {
    if (!this.rootInstance) {
      this.rootInstance = createRoot();
      this.rootInstance.setAttr(ATTR_CONTEXT, this.context ?? '');
      this.rootInstance.setAttr(ATTR_RULES, '');
      this.rootInstance.setAttr(ATTR_SENSITIVE, '');
      this.rootInstance.setAttr(ATTR_UNREAD, '');
    }
    return this.rootInstance;
  }

  /**
   * At document_start this script only works out the page's context and asks for its settings
   * (`first-read.ts`). Once the page's load event is over (`beginSoon`), the warning is shown from what is
   * known without reading the page — the context's stance and reminders (`firstPass`); the form reading and
   * the scanner follow in a task of their own, after a frame. While the HTML parser builds the page every
   * node would be a mutation, so nothing is observed before.
   */
  start(): void {
    // A frame that inherits its origin (about:blank, srcdoc) costs nothing until someone types in it.
    if (this.place.inherited) return whenFieldUsed(document, () => {
      void this.loadSettings();
      this.begin();
    });
    void this.loadSettings();
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => this.beginSoon(), { once: true });
    else this.beginSoon();
  }

  /**
   * Called at DOMContentLoaded: begins as soon as the page's load event is over, never inside it (work in
   * the load event counts in the page's load), in a task of its own (`soonest`: a timer would often wait for
   * the frame drawn after the load event); on a page whose load event is slow, in the task after
   * DOMContentLoaded. Not in a frame: the page's first frames after a long parse are long tasks already.
   */
  private beginSoon(): void {
    let begun = false;
    const once = () => {
      if (begun) return;
      begun = true;
      window.clearTimeout(timer);
      window.removeEventListener('load', afterLoad);
      this.begin();
    };
    const afterLoad = () => soonest(once);
    const timer = window.setTimeout(once);
    if (document.readyState !== 'complete') window.addEventListener('load', afterLoad);
  }

  private begin(): void {
    if (!this.alive) return;
    browser.storage.onChanged.addListener((changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && (EFFECTIVE_CONFIG_KEY in changes || STORAGE_KEYS.acknowledgements in changes)) void this.loadSettings();
    });

    // A page restored from the back/forward cache keeps this script: tell the service worker again (badge).
    // A frame that goes away takes its state out of the tab's badge and popup.
    if (!this.place.top) {
      window.addEventListener('pagehide', () => {
        this.lastReported = '';
        this.send({ type: 'vigie:tab-state', context: null, rules: [], worstSeverity: null });
      });
    }
    window.addEventListener('pageshow', (event) => {
      if (!event.persisted) return;
      this.lastReported = '';
      this.schedule(0);
    });

    const url = watchUrl(() => this.onUrlChange());
    this.stopUrlWatch = url.stop;
    this.checkUrl = url.check;

    document.addEventListener('input', this.onInput, true);
    document.addEventListener('focusin', this.onFocusIn, true);
    document.addEventListener('change', this.onChange, true);
    window.addEventListener('click', this.onClick, true);
    window.addEventListener('submit', this.onSubmit, true);
    window.addEventListener('keydown', this.onKeyDown, true);
    window.addEventListener('resize', this.onResize, { passive: true });
    setShownProbe(this.shown.probe);

    // Answered synchronously through sendResponse, which Chromium and Firefox both support.
    const onMessage = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void): false => {
      if (!isVigieMessage(message)) return false;
      if (message.type === 'vigie:get-tab-snapshot') sendResponse(this.snapshot());
      else if (message.type === 'vigie:get-stats') sendResponse({ ...this.stats });
      return false;
    };
    browser.runtime.onMessage.addListener(onMessage as unknown as Parameters<typeof browser.runtime.onMessage.addListener>[0]);

    this.started = true;
    this.firstPass();
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['class', 'checked', 'aria-checked', 'aria-selected', 'aria-pressed', 'hidden', 'aria-hidden', 'style', 'value', 'disabled'],
    });
  }

  /**
   * The page's first judgement: the rules and the panel from the context alone, then the page read in a task
   * of its own. Without settings yet, nothing is shown: their arrival makes this pass.
   */
  private firstPass(): void {
    const { config, context } = this;
    if (config && context) {
      // The rules and the panel showing them together: a page (or a test) that sees one sees the other.
      this.measure(() => {
        this.judge(context, config);
        this.render();
      });
    }
    this.schedule(0);
  }

  /**
   * Judges the page on `observations`. Before the page is read (`firstPass`) they hold only its host: the
   * warning then names the context's stance and reminders, and reading the page only adds what it shows.
   */
  private judge(context: ContextId, config: EffectiveConfig): Evaluation {
    const evaluation = (this.evaluation = evaluate(context, this.observations, config, this.acknowledgements, Date.now()));
    if (evaluation.blocked && this.place.ownsPanel) void this.leaveBlockedPage(evaluation.service);
    this.root.setAttr(ATTR_CONTEXT, context);
    this.root.setAttr(ATTR_RULES, evaluation.warnings.map((w) => w.rule).join(' '));
    return evaluation;
  }

  /** The resolved configuration and the acknowledgements; asks the service worker on first run. */
  private async loadSettings(): Promise<void> {
    try {
      const stored = await settingsRead();
      let config = stored[EFFECTIVE_CONFIG_KEY] as PublishedConfig | undefined;
      // Without its strings it was published by an older version: the service worker answers with them.
      if (!config?.messages) config = (await browser.runtime.sendMessage({ type: 'vigie:get-config' })) as PublishedConfig | undefined;
      if (!config?.messages) return;
      useCatalogs(config.messages);
      this.config = config;
      this.acknowledgements = (stored[STORAGE_KEYS.acknowledgements] as Record<string, number> | undefined) ?? {};
      this.lang = pickLanguage(config.language, navigator.language);
      this.lastRendered = '';
      if (this.evaluation) this.update();
      else if (this.started) this.firstPass();
    } catch (error) {
      this.onPossibleInvalidation(error);
    }
  }

  // ——— scheduling ———

  /** A pass in `delay` ms, in the task right after a frame (see `FRAME_WAIT_MAX_MS`). */
  private schedule(delay: number): void {
    if (!this.alive) return;
    const due = performance.now() + delay;
    if (this.updateTimer !== undefined && due >= this.updateDue) return;
    if (this.updateTimer !== undefined) window.clearTimeout(this.updateTimer);
    this.updateDue = due;
    this.updateTimer = window.setTimeout(() => {
      this.updateTimer = undefined;
      this.updateDue = Infinity;
      afterFrame(() => this.update());
    }, delay);
  }

  private measure(run: () => void): void {
    const start = performance.now();
    try {
      run();
    } finally {
      const spent = performance.now() - start;
      this.stats.handlerMs += spent;
      if (spent > this.stats.longestMs) this.stats.longestMs = spent;
    }
  }

  private onMutations(records: MutationRecord[]): void {
    this.stats.mutationCallbacks++;
    this.measure(() => this.filterMutations(records));
  }

  private filterMutations(records: MutationRecord[]): void {
    // Our own attribute writes on the host are the only mutations Vigie causes in the observed tree.
    const host = this.rootInstance?.host;
    const foreign = host ? records.filter((record) => record.target !== host) : records;
    if (!foreign.length) return;
    this.shown.noteMutations(foreign);
    this.unreadGate.touch();
    this.checkUrl();
    // On a page that keeps mutating (a meeting, a long list), Vigie takes at most ~1/10 of the main thread.
    this.schedule(Math.max(MUTATION_DELAY_MS, this.lastPassMs * 10));
  }

  private onUrlChange(): void {
    this.shown.clear();
    this.unreadGate.touch();
    this.sensitive.prune();
    this.schedule(0);
  }

  private readonly onInput = (event: Event): void => {
    const target = event.composedPath()[0];
    if (!(target instanceof Element) || this.owns(target)) return;
    this.shown.clear();
    if (isScannableField(target)) {
      void this.requestScanner();
      const pending = this.typingTimers.get(target);
      if (pending !== undefined) window.clearTimeout(pending);
      this.typingTimers.set(
        target,
        window.setTimeout(() => {
          this.typingTimers.delete(target);
          this.measure(() => {
            if (this.sensitive.scanField(target)) this.onFieldFindingsChanged(target);
            this.requestVocabularyIfNeeded(true);
          });
        }, TYPING_DELAY_MS),
      );
    }
    this.schedule(EVENT_DELAY_MS);
  };

  private readonly onChange = (): void => {
    this.shown.clear();
    this.schedule(EVENT_DELAY_MS);
  };

  /** A new width can show or hide parts of the page (media queries). */
  private readonly onResize = (): void => this.shown.clear();

  /** Someone is at a text field: the scanner module starts loading, to be here when the typing debounce ends. */
  private readonly onFocusIn = (event: Event): void => {
    const target = event.composedPath()[0];
    if (target instanceof Element && !this.owns(target) && isScannableField(target)) void this.requestScanner();
  };

  private onFieldFindingsChanged(field: Element): void {
    this.noteFieldFindings(field);
    this.schedule(0);
  }

  /**
   * The scanner module (src/content/scanner.ts), loaded once: at the first focus or input in a text field,
   * or with the lexicon. Fields are scanned again once it is here. A failed load is reported and tried
   * again later (`VOCABULARY_RETRY_MS`); the page goes on without findings meanwhile.
   */
  private requestScanner(): Promise<Scanner | null> {
    if (this.scannerLoad) return this.scannerLoad;
    if (performance.now() < this.scannerRetryAt) return Promise.resolve(null);
    return (this.scannerLoad = loadScanner().then(
      (scanner) => {
        if (this.alive) {
          this.sensitive.setScanner(scanner);
          this.schedule(0);
        }
        return scanner;
      },
      (error: unknown) => {
        this.scannerLoad = null;
        this.scannerRetryAt = performance.now() + VOCABULARY_RETRY_MS;
        console.warn('Vigie: the sensitive-data scanner could not be loaded; trying again later.', error);
        this.onPossibleInvalidation(error);
        return null;
      },
    ));
  }

  /**
   * The scanner and its lexicon, loaded the first time a field holds text; fields are scanned again once
   * they are here. Typed text loads them at once (the scanner usually is already, since the field's focus).
   * Text the page came with (a pre-filled topic) waits for the load event and an idle moment: the page's
   * own loading comes first.
   */
  private requestVocabularyIfNeeded(typed: boolean): void {
    if (!this.sensitive.needsVocabulary || this.sensitive.hasVocabulary || this.loadingVocabulary) return;
    if (performance.now() < this.vocabularyRetryAt) return;
    if (!typed) {
      if (this.vocabularyDeferred) return;
      this.vocabularyDeferred = true;
      void whenLoadedAndIdle(VOCABULARY_IDLE_TIMEOUT_MS).then(() => {
        this.vocabularyDeferred = false;
        this.requestVocabularyIfNeeded(true);
      });
      return;
    }
    this.loadingVocabulary = true;
    this.requestScanner()
      .then((scanner) => scanner && loadVocabulary(scanner))
      .then((vocabulary) => {
        if (!this.alive) return;
        if (!vocabulary) {
          // No scanner, or neither storage nor the service worker had the lexicon: ask again later, not at every pass.
          this.vocabularyRetryAt = performance.now() + VOCABULARY_RETRY_MS;
          return;
        }
        this.sensitive.setVocabulary(vocabulary);
        this.stats.lexiconLoaded = true;
        this.schedule(0);
      })
      .catch((error: unknown) => this.onPossibleInvalidation(error))
      .finally(() => {
        this.loadingVocabulary = false;
      });
  }

  /** The note under `field` follows its findings. */
  private noteFieldFindings(field: Element): void {
    // What the institution approves is no finding there; what its sources only question reads as caution.
    let findings = this.sensitive.findingsFor(field);
    const weight = this.config ? weighCategories(findings.map((f) => f.category), this.config) : null;
    if (weight) findings = findings.filter((f) => weight.shown.includes(f.category));
    if (findings.length) {
      const rect = field.getBoundingClientRect();
      const categories = [...new Set(findings.map((f) => f.category))];
      const words = [...new Set(findings.map((f) => f.text))];
      this.fieldWarning = {
        rect: { left: rect.left, top: rect.top, bottom: rect.bottom, width: rect.width },
        categories,
        words,
        reasons: reasonsOf(findings),
        serviceName: SERVICE_NAMES[serviceOfHost(location.hostname) ?? 'zoom'],
        caution: weight?.forbidden === false ? this.config?.rules['sensitive-data-detected'].whyNotForbidden : undefined,
      };
      this.warnedField = field;
    } else if (this.warnedField === field) {
      this.fieldWarning = null;
      this.warnedField = null;
    }
  }

  // ——— the verdict ———

  private update(): void {
    if (!this.alive) return;
    this.stats.updates++;
    const start = performance.now();
    this.measure(() => this.readAndJudge());
    this.lastPassMs = performance.now() - start;
  }

  private readAndJudge(): void {
    // `#vigie-root` comes with its rules and their panel: the settings' arrival makes the first pass.
    if (!this.started || !this.config) return;
    this.root.ensureAttached();
    const href = pageHref(this.place);
    const context = detectContext(href);
    if (context !== this.context) {
      this.context = context;
      this.confirm = null;
      this.pendingAction = null;
      this.seenInDialog.clear();
    }
    if (!context) {
      // Left the service inside one document (rare): say nothing.
      this.root.setAttr(ATTR_CONTEXT, '');
      this.root.setAttr(ATTR_RULES, '');
      this.root.setAttr(ATTR_UNREAD, '');
      this.unread = [];
      this.evaluation = null;
      this.render();
      return;
    }
    if (this.warnedField && !this.warnedField.isConnected) {
      this.fieldWarning = null;
      this.warnedField = null;
    }
    this.sensitive.prune();
    for (const field of this.sensitive.scanAll(document, (el) => this.typingTimers.has(el))) this.noteFieldFindings(field);
    this.requestVocabularyIfNeeded(false);
    const findings = readFindings(document, context);
    const formState = readFormState(document, context, findings);
    const gate = this.unreadGate.next(document, context, findings, this.config);
    this.unread = gate.unread;
    if (gate.retryIn) this.schedule(gate.retryIn);
    if (isPmiPage(href)) formState.showsPmi = true;
    this.observations = {
      host: location.hostname.toLowerCase(),
      ...formState,
      emailDomain: findEmailDomain(document, context),
      sensitive: this.sensitive.categories(),
      ...(this.sensitive.remoteProctoring() && { remoteProctoring: true }),
    };
    const evaluation = this.judge(context, this.config);
    this.fixes.follow(findings, new Set(evaluation.warnings.map((w) => w.rule)), this.config.allowAutoFix !== false);
    this.root.setAttr(ATTR_SENSITIVE, this.observations.sensitive.join(' '));
    this.root.setAttr(ATTR_UNREAD, this.unread.join(' '));
    this.render();
    if (this.fixes.views.length) Markers.reposition();
    this.report(context, evaluation.warnings);
  }

  /**
   * "block" is enforced before the page loads by declarativeNetRequest. A page that got through anyway —
   * the policy arrived after the navigation (Chromium loads policies a moment after start-up) or changed
   * while the page was open — goes to the interstitial now, unless this tab was let through.
   */
  private async leaveBlockedPage(service: ServiceId): Promise<void> {
    if (this.leaving) return;
    this.leaving = true;
    try {
      const mayStay = (await browser.runtime.sendMessage({ type: 'vigie:may-stay', service })) as boolean;
      if (mayStay) return;
      location.replace(browser.runtime.getURL(blockedPageUrl(BLOCKED_PAGE_PATH, service, location.href)));
    } catch (error) {
      this.leaving = false;
      this.onPossibleInvalidation(error);
    }
  }

  private render(): void {
    if (!this.config || !this.started) return;
    const warnings = this.evaluation?.warnings ?? [];
    const key = JSON.stringify([
      this.context,
      this.evaluation === null,
      this.lang,
      warnings.map((w) => [w.rule, w.acknowledged]),
      this.fieldWarning,
      this.unread,
      this.confirm ? [this.confirm.action, this.confirm.warnings.map((w) => w.rule)] : null,
      this.fixes.key(),
    ]);
    if (key === this.lastRendered) return;
    this.lastRendered = key;
    renderUi(this.root.mount, {
      lang: this.lang,
      config: this.config,
      visible: this.context !== null,
      panel: this.place.ownsPanel,
      // Mounted but hidden until the page has been judged once (the first render only warms up).
      pending: this.evaluation === null,
      warnings,
      fieldWarning: this.fieldWarning,
      confirm: this.confirm,
      onAcknowledge: (warning) => void this.acknowledgeWarnings([warning]),
      unread: this.unread,
      diagnostic: () => this.diagnostic(),
      onConfirmFix: () => this.closeConfirm(false),
      onConfirmContinue: () => this.closeConfirm(true),
      fixes: this.fixes.views,
      highlight: this.fixes.highlight,
      fixHandlers: { onFix: (rule) => void this.fix(rule), onShow: (rule, control) => this.fixes.show(rule, control) },
      onConfirmFixAll: () => void this.fixAll(),
    });
  }

  private report(context: ContextId, warnings: readonly Warning[]): void {
    const message: TabStateMessage = {
      type: 'vigie:tab-state',
      context,
      rules: warnings.filter((w) => !w.acknowledged).map((w) => w.rule),
      worstSeverity: worstSeverity(warnings.filter((w) => !w.acknowledged)),
      unread: this.unread,
    };
    const key = JSON.stringify(message);
    if (key === this.lastReported) return;
    this.lastReported = key;
    this.send({ ...message, docStart: performance.timeOrigin });
  }

  private send(message: TabStateMessage): void {
    Promise.resolve().then(() => browser.runtime.sendMessage(message)).catch((error: unknown) => this.onPossibleInvalidation(error)); // the native API throws synchronously once orphaned
  }

  private snapshot(): TabSnapshot | null {
    if (!this.context) return null;
    return {
      url: location.href,
      context: this.context,
      observations: this.observations,
      rules: (this.evaluation?.warnings ?? []).map((w) => w.rule),
      unread: this.unread,
      ...(this.unread.length ? { diagnostic: this.diagnostic() } : {}),
    };
  }

  private diagnostic(): string {
    return formDiagnostic(document, browser.runtime.getManifest().version, this.context ?? '', this.unread);
  }

  private async acknowledgeWarnings(warnings: readonly Warning[]): Promise<void> {
    try {
      await acknowledge(
        warnings.map((w) => `${w.service}:${w.rule}`),
        this.config?.acknowledgementTtlHours ?? Infinity,
      );
    } catch (error) {
      this.onPossibleInvalidation(error);
    }
  }

  // ——— "warn" mode: confirm before Save / Join ———

  private readonly onClick = (event: MouseEvent): void => {
    const target = event.composedPath()[0];
    if (!(target instanceof Element) || !this.context) return;
    if (this.owns(target)) return;
    this.shown.clear();
    this.schedule(EVENT_DELAY_MS);
    if (this.bypassConfirmation || !isConfirmableSubmit(target, this.context)) return;
    const control = (target.closest('button, [role="button"], input[type="submit"], a') ?? target) as HTMLElement;
    if (this.context === 'webclient' && isJoinByIdControl(control)) return; // leads to the pre-join screen, where Vigie asks
    this.interceptIfNeeded(event, () => control.click());
  };

  private readonly onSubmit = (event: SubmitEvent): void => {
    if (this.bypassConfirmation || this.context !== 'schedule') return;
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    const submitter = event.submitter;
    this.interceptIfNeeded(event, () => form.requestSubmit(submitter && form.contains(submitter) ? submitter : undefined));
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.confirm) {
      event.preventDefault();
      event.stopImmediatePropagation();
      this.closeConfirm(false);
    }
  };

  private interceptIfNeeded(event: Event, replay: () => void): void {
    if (this.confirm) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    this.update(); // judge the form as it is at this very moment
    const needed = this.evaluation?.confirmationNeeded.filter((w) => !this.seenInDialog.has(w.rule)) ?? [];
    if (!needed.length) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    this.pendingAction = replay;
    this.confirm = {
      action: this.context === 'schedule' ? 'save' : 'join',
      warnings: needed,
    };
    this.render();
  }

  private closeConfirm(proceed: boolean): void {
    const action = this.pendingAction;
    const confirmed = this.confirm?.warnings ?? [];
    this.confirm = null;
    this.pendingAction = null;
    this.render();
    // "Corriger": back to the form, on the first problem's control.
    if (!proceed) {
      const first = this.fixes.views.find((v) => confirmed.some((w) => w.rule === v.rule));
      if (first) this.fixes.show(first.rule);
    }
    if (!proceed || !action) return;
    // Reminders confirmed here count as read for the acknowledgement period.
    const reminders = confirmed.filter((w) => w.kind !== 'detected');
    if (reminders.length) void this.acknowledgeWarnings(reminders);
    this.bypassConfirmation = true;
    try {
      action();
    } finally {
      this.bypassConfirmation = false;
    }
  }

  // ——— one-click fixes (fixes.ts) ———

  /** An element of Vigie's own UI (in its shadow root). */
  private owns(node: Node): boolean {
    const root = this.rootInstance;
    return !!root && (node.getRootNode() === root.shadow || root.host.contains(node));
  }

  private async fix(rule: RuleId): Promise<void> {
    if (!this.context || this.config?.allowAutoFix === false) return;
    await this.fixes.fix(this.context, rule);
    this.update();
  }

  /** "Tout corriger": every fix of the dialog's problems, then back to the form; nothing is saved. */
  private async fixAll(): Promise<void> {
    const context = this.context;
    const confirmed = this.confirm?.warnings ?? [];
    this.confirm = null;
    this.pendingAction = null;
    this.render();
    if (!context || this.config?.allowAutoFix === false) return;
    const fixable = this.fixes.views.filter((v) => v.fixable && confirmed.some((w) => w.rule === v.rule)).map((v) => v.rule);
    for (const rule of fixable) await this.fixes.fix(context, rule);
    for (const w of confirmed) if (!fixable.includes(w.rule)) this.seenInDialog.add(w.rule);
    this.update();
  }

  // ——— extension update: an orphaned script goes quiet ———

  private onPossibleInvalidation(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    if (/context invalidated|Extension context|Receiving end does not exist/i.test(message) && !browser.runtime?.id) this.teardown();
  }

  private teardown(): void {
    this.alive = false;
    this.observer?.disconnect();
    this.stopUrlWatch();
    window.clearTimeout(this.updateTimer);
    for (const timer of this.typingTimers.values()) window.clearTimeout(timer);
    document.removeEventListener('input', this.onInput, true);
    document.removeEventListener('focusin', this.onFocusIn, true);
    document.removeEventListener('change', this.onChange, true);
    window.removeEventListener('click', this.onClick, true);
    window.removeEventListener('submit', this.onSubmit, true);
    window.removeEventListener('keydown', this.onKeyDown, true);
    window.removeEventListener('resize', this.onResize);
    setShownProbe(null);
    this.rootInstance?.remove();
  }
}

const place = framePlace();
const initialContext = place ? detectContext(pageHref(place)) : null;
if (place && initialContext) new VigieController(initialContext, place).start();
