import { fill } from '../finder/html.ts';
import staffEn from '../staff/i18n/en.json' with { type: 'json' };
import figuresEn from '../staff/i18n/figures.en.json' with { type: 'json' };
import figuresLt from '../staff/i18n/figures.lt.json' with { type: 'json' };
import staffLt from '../staff/i18n/lt.json' with { type: 'json' };

// The texts of the public statistics page. The names of figures, services and crimes, and the
// words for a hidden count, are the staff app's own, so a figure reads the same wherever it is shown.

export const LANGUAGES = ['lt', 'en'] as const;
export type StatisticsLanguage = (typeof LANGUAGES)[number];

const lt = {
  languageName: 'Lietuviškai',
  title: 'Pagalba nukentėjusiesiems nuo nusikalstamų veikų: skaičiai',
  intro:
    'Kiek žmonių akredituotos pagalbos tarnybos užregistravo ir kiek jiems padėjo per metus, ir kaip. Suskaičiuota iš nacionalinio nukreipimo mechanizmo įrašų; iš šių skaičių nė vieno žmogaus atpažinti negalima.',
  year: 'Metai',
  findHelp: 'Reikia pagalbos? Raskite ją čia',
  navigation: 'Nuorodos',
  skipToContent: 'Pereiti prie turinio',
  keyFigures: 'Svarbiausi {year} m. skaičiai',
  yearly: 'Pagalbos tarnybos {year} m.',
  services: 'Suteiktos paslaugos pagal rūšį, {year} m.',
  crimes: 'Bylos pagal nusikalstamą veiką, {year} m.',
  people: 'Asmenys, kuriems suteiktos paslaugos, pagal amžiaus grupę ir lytį, {year} m.',
  partialYear: '{year} m. dar nesibaigė: skaičiai augs iki metų pabaigos.',
  csv: 'Atsisiųsti lentelę (CSV)',
  source:
    'Šaltinis: Atrama – nacionalinis nukreipimo mechanizmas prekybos žmonių ir kitų nusikalstamų veikų aukoms.',
  noYearTitle: 'Šių metų skaičių nėra',
  noYearText: 'Skelbiami {first}–{last} m. skaičiai. Pasirinkite metus:',
  missingTitle: 'Tokio puslapio nėra',
  missingText: 'Tokio puslapio nėra. Pasirinkite metus:',
  badTitle: 'Adresas neteisingas',
  badText: 'Puslapio adrese kažkas negerai. Pasirinkite metus:',
  figures: figuresLt.figures,
  catalogue: staffLt.catalogue,
};

export type StatisticsCatalogue = typeof lt;

const en: StatisticsCatalogue = {
  languageName: 'English',
  title: 'Help for victims of crime in figures',
  intro:
    'How many people the accredited support services registered and helped in a year, and how. Counted from the records of the national referral mechanism; no one can be recognised from these figures.',
  year: 'Year',
  findHelp: 'Need help? Find it here',
  navigation: 'Links',
  skipToContent: 'Skip to the content',
  keyFigures: 'Key figures of {year}',
  yearly: 'Support services in {year}',
  services: 'Services given by type, {year}',
  crimes: 'Cases by crime, {year}',
  people: 'People given services by age group and sex, {year}',
  partialYear: '{year} is not over yet: the figures will grow until it ends.',
  csv: 'Download the table (CSV)',
  source:
    'Source: Atrama, the national referral mechanism for victims of trafficking in human beings and other crimes.',
  noYearTitle: 'No figures for that year',
  noYearText: 'Figures are published for {first} to {last}. Choose a year:',
  missingTitle: 'No such page',
  missingText: 'There is no such page. Choose a year:',
  badTitle: 'That address is not right',
  badText: 'Something in the address of the page was wrong. Choose a year:',
  figures: figuresEn.figures,
  catalogue: staffEn.catalogue,
};

export const STATISTICS_CATALOGUES: Record<StatisticsLanguage, StatisticsCatalogue> = { lt, en };

/** A service type in words, or its code when the catalogue does not know it. */
export const serviceName = (t: StatisticsCatalogue, code: string) =>
  (t.catalogue.serviceType as Record<string, string>)[code] ?? code;

/** A crime in words: trafficking is a kind of case, the others are the catalogue's other crimes. */
export const crimeName = (t: StatisticsCatalogue, code: string) =>
  code === 'trafficking'
    ? t.catalogue.kind.trafficking
    : ((t.catalogue.otherCrime as Record<string, string>)[code] ??
      (code === 'unknown' ? t.figures.unknown : code));

/** Fill a text of the staff app's catalogues, whose placeholders are written {{name}}. */
export const fillFigures = (text: string, values: Record<string, string | number>) =>
  fill(text.replace(/\{\{(\w+)\}\}/g, '{$1}'), values);
