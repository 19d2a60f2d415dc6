import type { Audience, NeedCode } from '../../../directory/model.ts';

/** Who the finder asks about (question 2); each maps to the audiences a service must serve. */
export type Who = 'woman' | 'man' | 'child' | 'missing_person_family' | 'anyone';
/** Where help is needed (question 3). */
export type WhereKind = 'anywhere' | 'abroad' | 'city';

/** A page of plain-language text: a title, a short lead and sections of paragraphs. */
export type InfoPage = {
  title: string;
  lead: string;
  sections: { heading: string; paragraphs: string[] }[];
};

/**
 * Every text of the public help finder in one language. Plain words a frightened person reads at
 * a glance; no jargon. {placeholders} are filled in by the page.
 */
export type FinderCatalogue = {
  languageName: string;
  siteName: string;
  tagline: string;
  emergency: { text: string; call: string };
  quickExit: { label: string; hint: string };
  skipToContent: string;
  nav: {
    home: string;
    rights: string;
    afterAsking: string;
    abroad: string;
    foreigners: string;
    all: string;
    languages: string;
    /** The button that opens the pages' links on a small screen. */
    menu: string;
  };
  home: { title: string; lead: string; safetyNote: string; submit: string; skip: string };
  questions: {
    need: { legend: string; hint: string; any: string; searchLabel: string; searchHint: string };
    who: { legend: string; options: Record<Who, string> };
    where: { legend: string; options: Record<WhereKind, string>; cityLabel: string };
  };
  needs: Record<NeedCode, string>;
  audiences: Record<Audience, string>;
  results: {
    title: string;
    count: string;
    none: string;
    noneHint: string;
    change: string;
    call: string;
    email: string;
    website: string;
    hours: string;
    always: string;
    openNow: string;
    closedNow: string;
    hoursUnknown: string;
    languages: string;
    serves: string;
    free: string;
    area: string;
    nationwide: string;
    remote: string;
    abroad: string;
    allTitle: string;
    allLead: string;
  };
  days: Record<'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU', string>;
  dataUpdated: string;
  offlineNote: string;
  pages: { rights: InfoPage; afterAsking: InfoPage; abroad: InfoPage; foreigners: InfoPage };
  errors: {
    badRequestTitle: string;
    badRequestText: string;
    notFoundTitle: string;
    notFoundText: string;
    backHome: string;
  };
  footer: { privacy: string; source: string };
};
