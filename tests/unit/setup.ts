// Unit tests render the extension pages' components: give them the whole catalogs, as the pages do.
import '../../src/i18n/full';
