/** Registers the whole `_locales` catalogs: imported first by the extension pages (and unit tests). */
import fr from '../../public/_locales/fr/messages.json';
import en from '../../public/_locales/en/messages.json';
import { useCatalogs } from './index';

export const FULL_CATALOGS = { fr, en };
useCatalogs(FULL_CATALOGS);
