import { Component } from 'preact';
import type { Lang } from '../policies/types';
import { t } from '../i18n';

interface NoticeState {
  purpose: string;
  access: string;
  retention: string;
  /** The notice's own language (the meeting's), French first. */
  noticeLang: Lang;
  copied: boolean;
}

/**
 * `recording-consent` (seed 002): the organiser tells the participants, aloud and besides Zoom's standard
 * notice, the purpose of the recording, who may access it and how long it is kept. A ready-to-read notice
 * in French or English with those three blanks, filled in here and copied; nothing is stored.
 */
export class RecordingNotice extends Component<{ lang: Lang }, NoticeState> {
  override state: NoticeState = { purpose: '', access: '', retention: '', noticeLang: this.props.lang, copied: false };

  private text(): string {
    const { purpose, access, retention, noticeLang } = this.state;
    const blank = (v: string) => v.trim() || '…';
    return t(noticeLang, 'noticeText', blank(purpose), blank(access), blank(retention));
  }

  private readonly copy = (): void => {
    void navigator.clipboard
      ?.writeText(this.text())
      .then(() => this.setState({ copied: true }))
      .catch(() => this.setState({ copied: false }));
  };

  override render() {
    const { lang } = this.props;
    const field = (key: 'purpose' | 'access' | 'retention', label: 'noticePurpose' | 'noticeAccess' | 'noticeRetention') => (
      <label class="nf">
        {t(lang, label)}
        <input
          type="text"
          value={this.state[key]}
          onInput={(e) => this.setState({ [key]: (e.currentTarget as HTMLInputElement).value, copied: false } as Pick<NoticeState, typeof key | 'copied'>)}
        />
      </label>
    );
    return (
      <details class="notice" data-vigie-notice="">
        <summary>{t(lang, 'noticeTitle')}</summary>
        <p class="muted">{t(lang, 'noticeIntro')}</p>
        {field('purpose', 'noticePurpose')}
        {field('access', 'noticeAccess')}
        {field('retention', 'noticeRetention')}
        <label class="nf">
          {t(lang, 'noticeLang')}
          <select value={this.state.noticeLang} onChange={(e) => this.setState({ noticeLang: (e.currentTarget as HTMLSelectElement).value as Lang, copied: false })}>
            <option value="fr">Français</option>
            <option value="en">English</option>
          </select>
        </label>
        <p class="notice-text" lang={this.state.noticeLang}>
          {this.text()}
        </p>
        <button type="button" class="secondary" onClick={this.copy}>
          {t(lang, 'noticeCopy')}
        </button>
        <span role="status">{this.state.copied ? ` ${t(lang, 'noticeCopied')}` : ''}</span>
      </details>
    );
  }
}
