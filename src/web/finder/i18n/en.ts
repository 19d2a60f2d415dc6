import type { FinderCatalogue } from './catalogue.ts';

// English texts of the public help finder. Facts come only from the seeds (shared/seeds/000–004);
// phone numbers are written exactly as in src/directory/reviewed/directory.json.
export const en: FinderCatalogue = {
  languageName: 'English',
  siteName: 'Atrama',
  tagline: 'Where to get help — free and confidential',
  emergency: { text: 'In danger now? Call 112', call: 'Call 112' },
  quickExit: {
    label: 'Leave this page',
    hint: 'You can also press Esc three times to leave quickly.',
  },
  skipToContent: 'Skip to main content',
  nav: {
    home: 'Home',
    rights: 'Your rights',
    afterAsking: 'What happens after you ask',
    abroad: 'Help for Lithuanians abroad',
    foreigners: 'Help for foreigners in Lithuania',
    all: 'All help (full list)',
    languages: 'Languages',
    menu: 'Menu',
  },
  home: {
    title: 'Who can help you?',
    lead: 'Answer up to three short questions. You can skip any of them. Help is free and confidential.',
    safetyNote:
      'This site sets no cookies and keeps no history of what you search for. Your browser may still remember the pages you opened. If someone may see your screen, press “Leave this page”.',
    submit: 'Show help',
    skip: 'Skip',
  },
  questions: {
    need: {
      legend: 'What happened, or what do you need?',
      hint: 'Choose what fits best. If you are not sure, choose “Not sure / anything”.',
      any: 'Not sure / anything',
      searchLabel: 'Or say it in your own words',
      searchHint: 'For example: “my employer does not pay me” or “I need a lawyer”.',
    },
    who: {
      legend: 'Who needs help?',
      options: {
        woman: 'A woman',
        man: 'A man',
        child: 'A child',
        missing_person_family: 'Family of a missing person',
        anyone: 'Anyone / I’d rather not say',
      },
    },
    where: {
      legend: 'Where?',
      options: {
        anywhere: 'Anywhere in Lithuania',
        abroad: 'Abroad (outside Lithuania)',
        city: 'In a city:',
      },
      cityLabel: 'City',
    },
  },
  needs: {
    emergency: 'Emergency help',
    trafficking: 'Human trafficking',
    shelter: 'Shelter and a place to stay',
    emotional_support: 'Emotional and psychological support',
    legal: 'Legal help',
    compensation: 'Compensation',
    protection: 'Protection of victims and witnesses',
    consular: 'Consular help abroad',
    return: 'Going home (voluntary return)',
    labour_exploitation: 'Exploited at work, unpaid wages',
    missing_persons: 'A missing person',
    child_sexual_abuse: 'Sexual abuse of a child',
    domestic_violence: 'Violence at home',
    migration_consultation: 'Moving back to Lithuania',
  },
  audiences: {
    anyone: 'Anyone',
    women: 'Women',
    men: 'Men',
    girls: 'Girls',
    boys: 'Boys',
    children: 'Children',
    families_of_missing_persons: 'Families of missing people',
    victims_of_any_crime: 'Anyone harmed by a crime',
    third_country_nationals: 'People from outside the EU',
    eu_citizens: 'EU citizens',
    lithuanians_abroad: 'Lithuanians abroad',
  },
  results: {
    title: 'Help for you',
    count: 'Places that can help you: {count}',
    none: 'We found nothing for these answers.',
    noneHint:
      'Try skipping a question. If you are in danger, call 112, or call one of the 24/7 lines in the full list.',
    change: 'Change answers',
    call: 'Call',
    email: 'Write',
    website: 'Website',
    hours: 'Hours',
    always: '24 hours, 7 days',
    openNow: 'Open now',
    closedNow: 'Closed now',
    hoursUnknown: 'Call to ask about hours',
    languages: 'Languages',
    serves: 'Helps',
    free: 'Free of charge',
    area: 'Where',
    nationwide: 'All of Lithuania',
    remote: 'By phone or online',
    abroad: 'Abroad',
    allTitle: 'All help in one list',
    allLead: 'Once you have opened this list, it also works without internet.',
  },
  days: { MO: 'Mon', TU: 'Tue', WE: 'Wed', TH: 'Thu', FR: 'Fri', SA: 'Sat', SU: 'Sun' },
  dataUpdated: 'Information checked on {date}',
  offlineNote: 'You are offline: this is the list saved on {date}.',
  pages: {
    rights: {
      title: 'Your rights as a victim',
      lead: 'If you were harmed by a crime, you have the right to help. This is what you can expect.',
      sections: [
        {
          heading: 'Help is free and confidential',
          paragraphs: [
            'Support services for victims of crime help you free of charge. What you tell them stays confidential — this is one of your basic rights.',
            'You get help whether or not you have reported the crime to the police.',
            'Family members and close relatives of a person who died because of a crime can get help too. If you wish, someone else can ask for help for you.',
          ],
        },
        {
          heading: 'Help anywhere in Lithuania',
          paragraphs: [
            'There are 23 support services for victims of crime accredited by the state. You can turn to any of them, not only the one where you live. Help can also be given remotely.',
            'The police, a prosecutor’s office, a court, the emergency number 112, your municipality, a social service, a school, a health care institution or the State Child Rights Protection and Adoption Service can tell you how to reach a support service.',
          ],
        },
        {
          heading: 'What a support service does for you',
          paragraphs: [
            'First, they explain your rights and which institutions can help you use them. Then they look at what you need after the crime and make a plan of help together with you.',
            'They give or arrange emotional and psychological support, a temporary place to stay if you need one, and tell you about social services, health care and other help.',
          ],
        },
        {
          heading: 'Compensation and legal aid',
          paragraphs: [
            'If you were harmed by a violent crime committed after 1 July 2005, you can ask for compensation from the Fund for Victims of Crimes. The Ministry of Justice accepts and handles these requests.',
            'The state also guarantees legal aid. Primary legal aid: legal information, legal advice and help writing documents for state and municipal institutions. Secondary legal aid: preparing documents, defence and representation in court.',
          ],
        },
        {
          heading: 'Protection',
          paragraphs: [
            'If you help the police or take part in a criminal case, the police Witness and Victim Protection Service can protect you. It can guard you and your belongings, limit who can see your personal data, and help you change your workplace or even your identity.',
          ],
        },
      ],
    },
    afterAsking: {
      title: 'What happens after you ask for help',
      lead: 'You decide: you can ask questions, choose and say no. Help is free and confidential.',
      sections: [
        {
          heading: 'If you may have been trafficked',
          paragraphs: [
            'The first person you meet may be a police officer, a border guard, a labour inspector, someone at a Lithuanian embassy or consulate abroad, or someone from an organisation that helps victims. With your agreement, they can put you in touch with the national contact point at the Ministry of the Interior and with an organisation that specialises in helping victims of trafficking.',
            'Then it is formally confirmed that you are a victim of trafficking. A written card records your situation, your health and needs, the help you get, and who is responsible for helping you.',
          ],
        },
        {
          heading: 'Going to the police is your choice',
          paragraphs: [
            'Only you decide whether to report the crime and take part in a criminal case. You get help either way.',
          ],
        },
        {
          heading: 'Going home, and help later on',
          paragraphs: [
            'If you want to go home, you get help with that. Lithuanian citizens abroad are helped to come back to Lithuania. Citizens of other EU countries and people from outside the EU are helped to return to their own country.',
            'Longer-term help is arranged by specialised organisations together with your municipality. Foreign victims of trafficking have the right to the same long-term help as Lithuanian citizens, as far as funds allow.',
          ],
        },
        {
          heading: 'After any other crime',
          paragraphs: [
            'You can contact a support service for victims of crime yourself. The police, a court, your municipality or another institution can also send you to one.',
            'The service explains your rights, looks with you at what you need, makes a plan of help with you and then arranges it: support, a place to stay if needed, and contact with social and health services.',
          ],
        },
        {
          heading: 'Your privacy and your choice',
          paragraphs: [
            'Help is given confidentially. You can accept the help offered or refuse it. You can also ask for help without giving your name.',
          ],
        },
      ],
    },
    abroad: {
      title: 'Help for Lithuanians abroad',
      lead: 'If you are in trouble in another country, Lithuania can help you.',
      sections: [
        {
          heading: 'Your embassy or consulate',
          paragraphs: [
            'The Lithuanian embassy or consulate in the country where you are can help you, together with organisations that help victims and, if needed, the police.',
            'If you were trafficked, the Ministry of Foreign Affairs helps you return home, gives shelter and assistance, and puts you in touch with the right services.',
          ],
        },
        {
          heading: 'Urgent help, day or night',
          paragraphs: [
            'For urgent consular help, call the Ministry of Foreign Affairs hotline. It answers 24 hours a day, 7 days a week: +370 5 236 2444.',
          ],
        },
        {
          heading: 'After you come home',
          paragraphs: [
            'In Lithuania, specialised organisations keep helping victims of trafficking, together with your municipality.',
          ],
        },
        {
          heading: 'Thinking of moving back to Lithuania?',
          paragraphs: [
            'The IOM Migration Information Centre advises Lithuanians who are coming back from abroad or only thinking about it. You can ask about social security, education, health insurance, family members who are not Lithuanian citizens, and other questions.',
            'The advisers look at your situation, give you information or tell you which institution to turn to. More: lithuania.iom.int.',
          ],
        },
      ],
    },
    foreigners: {
      title: 'Help for foreigners in Lithuania',
      lead: 'If you came from another country and were trafficked or harmed by another crime in Lithuania, you can get help here.',
      sections: [
        {
          heading: 'If you are from an EU country',
          paragraphs: [
            'Specialised organisations help you, together with your country’s embassy or consulate and, if needed, the police.',
          ],
        },
        {
          heading: 'If you are from outside the EU',
          paragraphs: [
            'Specialised organisations or the Vilnius office of the International Organization for Migration (IOM) help you, together with your country’s embassy or consulate and, if needed, the police.',
          ],
        },
        {
          heading: 'Help to go home',
          paragraphs: [
            'If you are from outside the EU and want to go home voluntarily, IOM Vilnius can help with: advice (with an interpreter if needed) and legal advice; travel documents; tickets and the route; help on the way; a place to stay and food before you leave; some pocket money; and someone to meet you when you arrive. People who are vulnerable can get extra help, such as a doctor or psychologist, or someone to travel with them. Back home, there is help — not in cash — to start earning a living.',
            'IOM Vilnius office: +370 5 240 44 89, free line +370 800 12342, email avr@iom.lt.',
          ],
        },
        {
          heading: 'If you stay in Lithuania',
          paragraphs: [
            'Foreign victims of trafficking have the right to the same long-term help as Lithuanian citizens, as far as funds allow. Specialised organisations arrange it with the municipality where you are registered.',
            'If you were harmed by any other crime, the support services for victims of crime help you too — free of charge and confidentially.',
          ],
        },
      ],
    },
  },
  errors: {
    badRequestTitle: 'Something went wrong',
    badRequestText: 'Something in the address was not right. Please start again from the home page.',
    notFoundTitle: 'Page not found',
    notFoundText: 'This page does not exist or has moved.',
    backHome: 'Back to the home page',
  },
  footer: {
    privacy: 'No cookies, no tracking: nothing about your visit is stored.',
    source: 'The information comes from what Lithuanian institutions and organisations publish.',
  },
};
