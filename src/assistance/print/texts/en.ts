import type { PrintTexts } from './types.ts';

export const en: PrintTexts = {
  page: (page, pages) => `Page ${page} of ${pages}`,
  phone: 'Phone',
  email: 'E-mail',
  codes: {
    need: {
      safety: 'Safety',
      accommodation: 'Accommodation',
      health: 'Health',
      psychological: 'Emotional and psychological',
      legal: 'Legal',
      financial: 'Money',
      employment: 'Work',
      family: 'Family',
      documents: 'Documents',
      interpreter: 'Interpreter',
    },
    service: {
      crisis_intervention: 'Crisis help',
      emotional_support: 'Emotional support',
      psychological_consultation: 'Psychologist',
      social_worker_consultation: 'Social worker',
      legal_information: 'Legal information',
      accompaniment: 'Accompaniment',
      temporary_accommodation: 'Temporary accommodation',
      food: 'Food',
      material_help: 'Material help',
      health_care: 'Health care',
      interpreter: 'Interpreter',
      travel: 'Travel',
      return_assistance: 'Help to return home',
      reintegration: 'Help to start again',
      employment_help: 'Help to find work',
      other: 'Other help',
    },
    planStatus: { planned: 'Planned', in_progress: 'Under way', done: 'Done', cancelled: 'Cancelled' },
  },
  leaflet: {
    title: {
      trafficking: 'Your rights as a victim of human trafficking',
      other_crime: 'Your rights as a victim of a crime',
    },
    intro:
      'You have these rights in Lithuania whatever your citizenship, and whether or not you have reported the crime. This leaflet tells you what they are and who makes sure you get them. The help is free of charge and confidential.',
    givenBy: 'You received this leaflet from',
    urgent: {
      heading: 'Urgent help',
      emergency: 'In an emergency call 112 (police, ambulance, fire service).',
      helpLine:
        'Help line for victims of human trafficking, day and night: +370 616 91119 (National association against trafficking in human beings).',
    },
    whoLabel: 'Who ensures it',
    information: {
      heading: 'To understand and be understood',
      points: [
        'You have the right to be told about your rights, your case and the help you can get, in a language you understand.',
        'If you do not speak Lithuanian well, you have the right to an interpreter when you talk to the police, a prosecutor or a court.',
      ],
      who: 'the police, the prosecutor’s office and the court; your support service explains as well.',
    },
    support: {
      heading: 'Help from a support service',
      points: [
        'An accredited support service helps you free of charge and keeps what you tell it confidential, whether or not you report the crime.',
        'It looks at what you need together with you and agrees a plan of help with you.',
        'It gives or arranges emotional and psychological support, and temporary accommodation if you need a safe place to stay.',
        'It tells you about social services, health care and other help. It can also help you at a distance.',
      ],
      who: 'any accredited support service in Lithuania, not only where you live.',
    },
    trafficking: {
      heading: 'If you are a victim of human trafficking',
      points: [
        'You get help whether or not you cooperate with the police. Talking to the police is your decision.',
        'If you are a citizen of a country outside the European Union, you have a reflection period of 30 days to recover and decide whether to cooperate with the investigation.',
        'You may get a temporary residence permit in Lithuania.',
      ],
      who: 'the specialised organisation helping you; ask it to help you apply.',
    },
    legalAid: {
      heading: 'Legal aid guaranteed by the state',
      points: [
        'Primary legal aid: legal information and advice, and help writing documents to state and municipal institutions.',
        'Secondary legal aid: a lawyer who drafts documents for you, defends you and represents you in court.',
      ],
      who: 'the State-Guaranteed Legal Aid Service of the Ministry of Justice.',
    },
    protection: {
      heading: 'Protection',
      points: [
        'If you are in danger because of the crime or because you help the investigation, you can be protected: you and your belongings can be guarded, and access to your personal data restricted.',
      ],
      who: 'the Witness and Victim Protection Service of the police.',
    },
    compensation: {
      heading: 'Compensation',
      points: [
        'If you suffered a violent crime committed after 1 July 2005, you can ask for compensation for the damage from the Fund for Victims of Crimes.',
      ],
      who: 'the Ministry of Justice, which runs the Fund for Victims of Crimes.',
    },
    return: {
      heading: 'Going home',
      points: [
        'If you are a foreign citizen and want to go back to your country, you can get help: advice, travel documents, the journey, and help to start again after you arrive.',
      ],
      who: 'IOM, International Organization for Migration, Vilnius office: +370 5 240 44 89, avr@iom.lt.',
    },
  },
  plan: {
    title: 'Plan of assistance',
    intro:
      'The help agreed with you: what for, what, who gives it and by when. You can ask to change the plan at any time.',
    reference: 'Case',
    preparedBy: 'Prepared by',
    printedOn: 'Printed on',
    columns: { need: 'Need', measure: 'Help', organisation: 'Who gives it', dueOn: 'By', status: 'Status' },
    noItems: 'No help is planned yet.',
    agreement: 'Agreement',
    agreedOn: 'Agreed on',
    victimWords: 'In your own words',
    reviewOn: 'Next review',
    notAgreed: 'The plan has not been agreed yet.',
    signatures: 'Signatures',
    person: 'Person receiving help',
    caseWorker: 'Case worker',
    signature: 'Signature',
    date: 'Date',
  },
};
