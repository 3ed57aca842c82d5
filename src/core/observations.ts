import type { SensitiveCategory } from './contract';

/**
 * What Vigie read from the page, by what a person sees. Each field is `undefined`
 * when the page does not show the control (absent ≠ off: a rule about an option
 * only fires when the option is visible and in the offending state).
 */
export interface PageObservations {
  /** The host of the page, lower-case (e.g. `grenoble-inp.zoom.us`). */
  host: string;
  /** Schedule form: the Personal Meeting ID is the selected meeting-ID choice. */
  pmiSelected?: boolean;
  /** The page displays the user's PMI (PMI page, meeting list PMI tab). */
  showsPmi?: boolean;
  /** Waiting room option state, when visible. */
  waitingRoom?: 'on' | 'off';
  /** Passcode option state, when visible. */
  passcode?: 'on' | 'off';
  /** Automatic recording: off, on to the local computer, on to the cloud, or on with no visible target. */
  autoRecording?: 'off' | 'local' | 'cloud' | 'on';
  /** Settings page: cloud recording enabled at account level. */
  cloudRecordingEnabled?: boolean;
  /** "Require authentication to join" (Grenoble INP: hosts authenticate participants). */
  requireAuthentication?: 'on' | 'off';
  /**
   * Sign-up / sign-in: the domain part of the e-mail being typed, lower-case,
   * once it looks like an address (`name@domain.tld`). Never the local part.
   */
  emailDomain?: string;
  /**
   * The scanner found remote-proctoring vocabulary (surveillance à distance, télésurveillance, webcam
   * during an exam…) — not merely an exam word: `no-remote-proctoring` rests on this alone.
   */
  remoteProctoring?: boolean;
  /** Categories the sensitive-data scanner found in the page's text fields. */
  sensitive: SensitiveCategory[];
}

export function emptyObservations(host: string): PageObservations {
  return { host, sensitive: [] };
}
