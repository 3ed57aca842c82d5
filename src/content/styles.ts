/**
 * Styles of the in-page UI (shadow.css). They live inside the shadow root, so they never reach the page,
 * and `:host { all: initial }` keeps the page's styles from reaching in. Imported as a string, which the
 * build minifies.
 */
import css from './shadow.css?inline';

export const SHADOW_CSS: string = css;
