import { useEffect, useRef } from 'preact/hooks';
import { render } from 'preact';
import type { ContextId, ServiceId } from '../core/contract';
import { SERVICE_IDS } from '../core/contract';
import { emptyObservations } from '../core/observations';
import { PROFILE_IDS, PROFILES, evaluate, localize, resolveConfig, validateManagedPolicy, type PolicyProblem } from '../policies';
import { keyText, type ExportedFile, type PolicyObject, type PolicyValue } from '../policies/export';
import { VALUE_TEXTS } from '../policies/export/texts';
import type { Lang } from '../policies/types';
import { t } from '../i18n';
import { colon } from '../ui/keys';
import { Panel } from '../content/Panel';
import { SHADOW_CSS } from '../content/styles';
import { Popup } from '../popup/Popup';
import { describeTab } from '../popup/model';
import { getAt, linesToList, moveItem, setAt, type Field } from './model';

export interface AdminIds {
  chrome: string;
  edge: string;
  gecko: string;
  chromeUpdateUrl: string;
  edgeUpdateUrl: string;
  firefoxInstallUrl: string;
}

export interface AdminProps {
  lang: Lang;
  fields: Field[];
  policy: PolicyObject;
  startProfile: string;
  ids: AdminIds;
  files: ExportedFile[];
  policyJson: string;
  previewService: ServiceId;
  onStartProfile: (id: string) => void;
  onStart: () => void;
  onPolicy: (policy: PolicyObject) => void;
  onIds: (ids: AdminIds) => void;
  onPreviewService: (service: ServiceId) => void;
  onDownload: (path: string) => void;
}

const PREVIEW_CONTEXT: Record<ServiceId, { context: ContextId; url: string; host: string }> = {
  zoom: { context: 'join', url: 'https://zoom.us/j/85012345678', host: 'zoom.us' },
  discord: { context: 'discord-app', url: 'https://discord.com/channels/@me', host: 'discord.com' },
};

function fieldId(path: readonly (string | number)[]): string {
  return `f-${path.join('-')}`;
}

/** Label of a field: the key's text (texts.ts), else the schema's title, else the key. */
function label(field: Field, lang: Lang, textPath: string): string {
  return keyText(textPath, lang, { title: field.node.title ?? field.path[field.path.length - 1] ?? '' }).title;
}

function valueLabel(key: string, value: string, lang: Lang): string {
  if (key === 'profile' && (PROFILE_IDS as readonly string[]).includes(value)) return `${value} — ${localize(PROFILES[value as keyof typeof PROFILES].name, lang)}`;
  return VALUE_TEXTS[value]?.[lang] ?? value;
}

interface FieldProps {
  field: Field;
  lang: Lang;
  /** Full path of the value in the policy (with list indexes). */
  path: (string | number)[];
  /** Path of the texts (without indexes): 'alternatives.url'. */
  textPath: string;
  policy: PolicyObject;
  onPolicy: (policy: PolicyObject) => void;
  problems: readonly PolicyProblem[];
}

function problemPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), '');
}

function FieldProblems({ path, problems, lang, id }: { path: string; problems: readonly PolicyProblem[]; lang: Lang; id: string }) {
  const own = problems.filter((p) => p.path === path);
  if (!own.length) return null;
  return (
    <ul class="field-problems" id={id}>
      {own.map((p, i) => (
        <li key={i} class={p.severity === 'error' ? 'error-problem' : 'warning-problem'}>
          {localize(p.message, lang)}
        </li>
      ))}
    </ul>
  );
}

function FieldControl({ field, lang, path, textPath, policy, onPolicy, problems }: FieldProps) {
  const id = fieldId(path);
  const value = getAt(policy, path);
  const set = (next: PolicyValue | undefined) => onPolicy(setAt(policy, path, next));
  const name = label(field, lang, textPath);
  const help = keyText(textPath, lang, { description: field.node.description ?? '' }).explain;
  const pPath = problemPath(path);
  const problemId = `${id}-problems`;
  const helpId = `${id}-help`;
  const hasProblem = problems.some((p) => p.path === pPath);
  const describedBy = [help ? helpId : '', hasProblem ? problemId : ''].filter(Boolean).join(' ') || undefined;
  const key = String(path[0]);
  const helpText = help ? (
    <p class="muted field-help" id={helpId}>
      {help}
    </p>
  ) : null;

  switch (field.kind) {
    case 'boolean':
    case 'enum': {
      const options = field.kind === 'boolean' ? ['true', 'false'] : (field.node.enum ?? []).map(String);
      const current = value === undefined ? '' : String(value);
      return (
        <div class="field">
          <label for={id}>{name}</label>
          <select
            id={id}
            data-vigie-field={pPath}
            value={current}
            aria-describedby={describedBy}
            aria-invalid={hasProblem ? 'true' : undefined}
            onChange={(e) => {
              const v = (e.currentTarget as HTMLSelectElement).value;
              set(v === '' ? undefined : field.kind === 'boolean' ? v === 'true' : v);
            }}
          >
            <option value="">{t(lang, 'adminUnset')}</option>
            {options.map((o) => (
              <option key={o} value={o}>
                {field.kind === 'boolean' ? t(lang, o === 'true' ? 'yes' : 'no') : valueLabel(key, o, lang)}
              </option>
            ))}
          </select>
          {helpText}
          <FieldProblems path={pPath} problems={problems} lang={lang} id={problemId} />
        </div>
      );
    }
    case 'integer':
    case 'text':
      return (
        <div class="field">
          <label for={id}>{name}</label>
          <input
            id={id}
            data-vigie-field={pPath}
            type={field.kind === 'integer' ? 'number' : 'text'}
            inputMode={field.kind === 'integer' ? 'numeric' : undefined}
            min={field.node.minimum}
            max={field.node.maximum}
            value={value === undefined ? '' : String(value)}
            aria-describedby={describedBy}
            aria-invalid={hasProblem ? 'true' : undefined}
            onChange={(e) => {
              const raw = (e.currentTarget as HTMLInputElement).value;
              if (field.kind === 'integer') set(raw.trim() === '' ? undefined : Number.isFinite(Number(raw)) ? Number(raw) : raw);
              else set(raw === '' ? undefined : raw);
            }}
          />
          {helpText}
          <FieldProblems path={pPath} problems={problems} lang={lang} id={problemId} />
        </div>
      );
    case 'lines':
      return (
        <div class="field">
          <label for={id}>{name}</label>
          <textarea
            id={id}
            data-vigie-field={pPath}
            rows={3}
            value={Array.isArray(value) ? value.join('\n') : ''}
            aria-describedby={describedBy}
            aria-invalid={hasProblem ? 'true' : undefined}
            onChange={(e) => {
              const list = linesToList((e.currentTarget as HTMLTextAreaElement).value);
              set(list.length ? list : undefined);
            }}
          />
          {helpText}
          <FieldProblems path={pPath} problems={problems} lang={lang} id={problemId} />
        </div>
      );
    case 'checkboxes': {
      const chosen = Array.isArray(value) ? value.map(String) : [];
      return (
        <fieldset class="field" data-vigie-field={pPath} aria-describedby={describedBy}>
          <legend>{name}</legend>
          <div class="checkboxes">
            {(field.node.items?.enum ?? []).map((o) => {
              const v = String(o);
              const cid = `${id}-${v}`;
              return (
                <div key={v}>
                  <input
                    type="checkbox"
                    id={cid}
                    value={v}
                    checked={chosen.includes(v)}
                    onChange={(e) => {
                      const on = (e.currentTarget as HTMLInputElement).checked;
                      const all = (field.node.items?.enum ?? []).map(String);
                      const next = all.filter((x) => (x === v ? on : chosen.includes(x)));
                      set(next.length ? next : undefined);
                    }}
                  />
                  <label for={cid}>
                    <code>{v}</code>
                  </label>
                </div>
              );
            })}
          </div>
          {helpText}
          <FieldProblems path={pPath} problems={problems} lang={lang} id={problemId} />
        </fieldset>
      );
    }
    case 'group':
    case 'localized':
      return (
        <fieldset class="field group" data-vigie-field={pPath}>
          <legend>{name}</legend>
          {helpText}
          {(field.kind === 'localized' ? (['fr', 'en'] as const).map((l) => ({ path: [l], node: { type: 'string' as const, title: l === 'fr' ? 'Français' : 'English' }, kind: 'text' as const })) : (field.children ?? [])).map((child) => {
            const last = child.path[child.path.length - 1] as string;
            return (
              <FieldControl
                key={last}
                field={child}
                lang={lang}
                path={[...path, last]}
                textPath={`${textPath}.${last}`}
                policy={policy}
                onPolicy={onPolicy}
                problems={problems}
              />
            );
          })}
          <FieldProblems path={pPath} problems={problems} lang={lang} id={problemId} />
        </fieldset>
      );
    case 'items': {
      const list = Array.isArray(value) ? value : [];
      const setList = (next: PolicyValue[]) => set(next.length ? next : undefined);
      return (
        <fieldset class="field items" data-vigie-field={pPath}>
          <legend>{name}</legend>
          {helpText}
          {list.map((_item, index) => {
            const itemLabel = t(lang, 'adminItem', name, String(index + 1));
            return (
              <fieldset key={index} class="item" data-vigie-item={index}>
                <legend>{itemLabel}</legend>
                {(field.children ?? []).map((child) => {
                  const last = child.path[child.path.length - 1] as string;
                  return (
                    <FieldControl
                      key={last}
                      field={child}
                      lang={lang}
                      path={[...path, index, last]}
                      textPath={`${textPath}.${last}`}
                      policy={policy}
                      onPolicy={onPolicy}
                      problems={problems}
                    />
                  );
                })}
                <FieldProblems path={problemPath([...path, index])} problems={problems} lang={lang} id={`${id}-${index}-problems`} />
                <div class="buttons">
                  <button type="button" data-vigie-item-up={index} disabled={index === 0} onClick={() => setList(moveItem(list, index, -1))}>
                    {t(lang, 'adminMoveUp')}
                    <span class="visually-hidden"> — {itemLabel}</span>
                  </button>
                  <button type="button" data-vigie-item-down={index} disabled={index === list.length - 1} onClick={() => setList(moveItem(list, index, 1))}>
                    {t(lang, 'adminMoveDown')}
                    <span class="visually-hidden"> — {itemLabel}</span>
                  </button>
                  <button type="button" data-vigie-item-remove={index} onClick={() => setList(list.filter((_, i) => i !== index))}>
                    {t(lang, 'adminRemove')}
                    <span class="visually-hidden"> — {itemLabel}</span>
                  </button>
                </div>
              </fieldset>
            );
          })}
          <button type="button" data-vigie-item-add={pPath} onClick={() => setList([...list, {}])}>
            {t(lang, 'adminAdd', name)}
          </button>
          <FieldProblems path={pPath} problems={problems} lang={lang} id={problemId} />
        </fieldset>
      );
    }
  }
}

/** The in-page panel, in a shadow root with its own styles, as a teacher would see it on the page. */
function PanelPreview({ lang, policy, service }: { lang: Lang; policy: PolicyObject; service: ServiceId }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const root = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
    if (!root.querySelector('style')) {
      const style = document.createElement('style');
      style.textContent = SHADOW_CSS;
      root.appendChild(style);
      root.appendChild(document.createElement('div'));
    }
    const mount = root.querySelector('div') as HTMLDivElement;
    const { config } = resolveConfig(policy, {});
    const ctx = PREVIEW_CONTEXT[service];
    const { warnings } = evaluate(ctx.context, emptyObservations(ctx.host), config, {});
    render(<Panel lang={lang} warnings={warnings} config={config} onAcknowledge={() => undefined} />, mount);
  });
  return <div ref={host} class="panel-preview" />;
}

function PopupPreview({ lang, policy, service }: { lang: Lang; policy: PolicyObject; service: ServiceId }) {
  const { config } = resolveConfig(policy, {});
  const ctx = PREVIEW_CONTEXT[service];
  const view = describeTab({ url: ctx.url, context: ctx.context, observations: emptyObservations(ctx.host), rules: [] }, ctx.url, config, {});
  return (
    <div class="popup popup-preview">
      <Popup lang={lang} config={config} view={view} optionsUrl="#" />
    </div>
  );
}

export function Admin(props: AdminProps) {
  const { lang, fields, policy, ids, files } = props;
  const { problems } = validateManagedPolicy(policy);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const idFields: Array<[keyof AdminIds, string]> = [
    ['chrome', 'adminIdChrome'],
    ['edge', 'adminIdEdge'],
    ['gecko', 'adminIdGecko'],
    ['chromeUpdateUrl', 'adminChromeUpdateUrl'],
    ['edgeUpdateUrl', 'adminEdgeUpdateUrl'],
    ['firefoxInstallUrl', 'adminXpiUrl'],
  ];
  return (
    <>
      <header class="band">
        <h1>{t(lang, 'adminTitle')}</h1>
        <p>{t(lang, 'adminIntro')}</p>
      </header>
      <main>
        <section class="card" aria-labelledby="h-start">
          <h2 id="h-start">{t(lang, 'adminStartHeading')}</h2>
          <label for="admin-start-profile">{t(lang, 'adminStartLabel')}</label>
          <select id="admin-start-profile" value={props.startProfile} onChange={(e) => props.onStartProfile((e.currentTarget as HTMLSelectElement).value)}>
            {PROFILE_IDS.map((id) => (
              <option key={id} value={id}>
                {localize(PROFILES[id].name, lang)}
              </option>
            ))}
          </select>{' '}
          <button type="button" data-vigie-admin-start="" onClick={props.onStart}>
            {t(lang, 'adminStartButton')}
          </button>
          <p class="muted">{t(lang, 'adminStartHelp')}</p>
        </section>

        <section class="card" aria-labelledby="h-form">
          <h2 id="h-form">{t(lang, 'adminFormHeading')}</h2>
          <p class="muted">{t(lang, 'adminFormHelp')}</p>
          <form data-vigie-admin-form="" onSubmit={(e) => e.preventDefault()}>
            {fields.map((field) => (
              <FieldControl
                key={field.path.join('.')}
                field={field}
                lang={lang}
                path={[...field.path]}
                textPath={field.path.join('.')}
                policy={policy}
                onPolicy={props.onPolicy}
                problems={problems}
              />
            ))}
          </form>
        </section>

        <section class="card" aria-labelledby="h-check" data-vigie-admin-errors={errors} data-vigie-admin-problems={problems.length}>
          <h2 id="h-check">{t(lang, 'adminCheckHeading')}</h2>
          <div role="status" aria-live="polite">
            {problems.length ? (
              <ul class="problems">
                {problems.map((p, i) => (
                  <li key={`${p.path}-${i}`} class={p.severity === 'error' ? 'error-problem' : 'warning-problem'} data-policy-problem={p.path} data-severity={p.severity}>
                    <strong>{t(lang, `problemSeverity_${p.severity}`)}</strong> — <code>{p.path || t(lang, 'optionsProblemRoot')}</code>
                    {colon(lang)}
                    {localize(p.message, lang)}
                    <span class="muted">
                      {' '}
                      {t(lang, 'optionsProblemFix')}
                      {colon(lang)}
                      {localize(p.fix, lang)}
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p class="none">{t(lang, 'adminNoProblem')}</p>
            )}
          </div>
        </section>

        <section class="card" aria-labelledby="h-preview">
          <h2 id="h-preview">{t(lang, 'adminPreviewHeading')}</h2>
          <label for="admin-preview-service">{t(lang, 'adminPreviewService')}</label>
          <select id="admin-preview-service" value={props.previewService} onChange={(e) => props.onPreviewService((e.currentTarget as HTMLSelectElement).value as ServiceId)}>
            {SERVICE_IDS.map((s) => (
              <option key={s} value={s}>
                {t(lang, `service_${s}`)}
              </option>
            ))}
          </select>
          <p class="muted" id="admin-preview-help">
            {t(lang, 'adminPreviewHelp')}
          </p>
          <div class="previews" data-vigie-admin-preview={props.previewService} aria-hidden="true" inert>
            <PopupPreview lang={lang} policy={policy} service={props.previewService} />
            <PanelPreview lang={lang} policy={policy} service={props.previewService} />
          </div>
        </section>

        <section class="card" aria-labelledby="h-files">
          <h2 id="h-files">{t(lang, 'adminFilesHeading')}</h2>
          <div class="ids">
            {idFields.map(([key, msg]) => (
              <div class="field" key={key}>
                <label for={`admin-id-${key}`}>{t(lang, msg)}</label>
                <input id={`admin-id-${key}`} type="text" value={ids[key]} onChange={(e) => props.onIds({ ...ids, [key]: (e.currentTarget as HTMLInputElement).value.trim() })} />
              </div>
            ))}
          </div>
          {errors > 0 ? <p class="notice">{t(lang, 'adminFilesRefused')}</p> : null}
          <h3 id="h-json">{t(lang, 'adminJsonHeading')}</h3>
          <pre class="json" tabIndex={0} role="region" aria-labelledby="h-json" data-vigie-admin-json="">
            <code>{props.policyJson}</code>
          </pre>
          <ul class="downloads">
            <li>
              <button type="button" data-vigie-download="vigie-policy.json" onClick={() => props.onDownload('vigie-policy.json')}>
                {t(lang, 'adminDownload', 'vigie-policy.json')}
              </button>{' '}
              <span class="muted">{t(lang, 'adminPolicyFileHelp')}</span>
            </li>
            {files.map((f) => (
              <li key={f.path}>
                <button type="button" data-vigie-download={f.path} disabled={errors > 0} onClick={() => props.onDownload(f.path)}>
                  {t(lang, 'adminDownload', f.path)}
                </button>{' '}
                <span class="muted">
                  {f.what} → {f.where}
                </span>
              </li>
            ))}
          </ul>
        </section>
      </main>
    </>
  );
}
