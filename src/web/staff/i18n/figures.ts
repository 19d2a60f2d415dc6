import en from './figures.en.json';
import lt from './figures.lt.json';
import { i18n } from './index.ts';

// The words of the statistics and funding screens, added to the catalogues when one of those screens
// first loads, so that they do not weigh on the app's first load.
function addFigures() {
  i18n.addResourceBundle('lt', 'translation', lt, true, false);
  i18n.addResourceBundle('en', 'translation', en, true, false);
}

if (i18n.isInitialized) addFigures();
else i18n.on('initialized', addFigures);
