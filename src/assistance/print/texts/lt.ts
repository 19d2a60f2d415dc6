import type { PrintTexts } from './types.ts';

export const lt: PrintTexts = {
  page: (page, pages) => `${page} psl. iš ${pages}`,
  phone: 'Telefonas',
  email: 'El. paštas',
  codes: {
    need: {
      safety: 'Saugumas',
      accommodation: 'Apgyvendinimas',
      health: 'Sveikata',
      psychological: 'Emocinė ir psichologinė būklė',
      legal: 'Teisiniai reikalai',
      financial: 'Pinigai',
      employment: 'Darbas',
      family: 'Šeima',
      documents: 'Dokumentai',
      interpreter: 'Vertėjas',
    },
    service: {
      crisis_intervention: 'Krizių įveikimo pagalba',
      emotional_support: 'Emocinė parama',
      psychological_consultation: 'Psichologo konsultacija',
      social_worker_consultation: 'Socialinio darbuotojo konsultacija',
      legal_information: 'Teisinė informacija',
      accompaniment: 'Palydėjimas',
      temporary_accommodation: 'Laikinas apgyvendinimas',
      food: 'Maistas',
      material_help: 'Materialinė parama',
      health_care: 'Sveikatos priežiūra',
      interpreter: 'Vertėjas',
      travel: 'Kelionė',
      return_assistance: 'Pagalba grįžti namo',
      reintegration: 'Pagalba pradėti iš naujo',
      employment_help: 'Pagalba susirasti darbą',
      other: 'Kita pagalba',
    },
    planStatus: { planned: 'Suplanuota', in_progress: 'Vykdoma', done: 'Atlikta', cancelled: 'Atšaukta' },
  },
  leaflet: {
    title: {
      trafficking: 'Jūsų, prekybos žmonėmis aukos, teisės',
      other_crime: 'Jūsų, nukentėjusio nuo nusikaltimo, teisės',
    },
    intro:
      'Šias teises Lietuvoje turite nepriklausomai nuo pilietybės ir nuo to, ar pranešėte apie nusikaltimą. Šiame lankstinuke rasite, kokios tai teisės ir kas užtikrina, kad jomis galėtumėte pasinaudoti. Pagalba nemokama ir konfidenciali.',
    givenBy: 'Šį lankstinuką jums įteikė',
    urgent: {
      heading: 'Skubi pagalba',
      emergency: 'Nelaimės atveju skambinkite 112 (policija, greitoji pagalba, ugniagesiai).',
      helpLine:
        'Pagalbos linija prekybos žmonėmis aukoms, visą parą: +370 616 91119 (Nacionalinė asociacija prieš prekybą žmonėmis).',
    },
    whoLabel: 'Kas užtikrina',
    information: {
      heading: 'Suprasti ir būti suprastam',
      points: [
        'Turite teisę gauti informaciją apie savo teises, savo bylą ir galimą pagalbą jums suprantama kalba.',
        'Jei gerai nekalbate lietuviškai, turite teisę į vertėją, kai kalbate su policija, prokuroru ar teismu.',
      ],
      who: 'policija, prokuratūra ir teismas; viską paaiškins ir pagalbos tarnyba.',
    },
    support: {
      heading: 'Pagalbos tarnybos pagalba',
      points: [
        'Akredituota pagalbos tarnyba padeda nemokamai ir konfidencialiai, nesvarbu, ar pranešėte apie nusikaltimą.',
        'Kartu su jumis ji įvertina, ko jums reikia, ir su jumis sudaro pagalbos priemonių planą.',
        'Ji suteikia ar suorganizuoja emocinę ir psichologinę pagalbą, o prireikus – laikiną saugų apgyvendinimą.',
        'Ji informuoja apie socialines paslaugas, sveikatos priežiūrą ir kitą pagalbą. Padėti gali ir nuotoliu.',
      ],
      who: 'bet kuri akredituota pagalbos tarnyba Lietuvoje, nebūtinai ten, kur gyvenate.',
    },
    trafficking: {
      heading: 'Jei esate prekybos žmonėmis auka',
      points: [
        'Pagalbą gaunate nepriklausomai nuo to, ar bendradarbiaujate su policija. Ar kalbėti su policija, sprendžiate jūs.',
        'Jei esate ne Europos Sąjungos šalies pilietis, turite 30 dienų apmąstymo laikotarpį atsigauti ir nuspręsti, ar bendradarbiausite su tyrimą atliekančiomis institucijomis.',
        'Galite gauti leidimą laikinai gyventi Lietuvoje.',
      ],
      who: 'jums padedanti specializuota organizacija; paprašykite jos padėti pateikti prašymą.',
    },
    legalAid: {
      heading: 'Valstybės garantuojama teisinė pagalba',
      points: [
        'Pirminė teisinė pagalba: teisinė informacija ir konsultacija, pagalba rengiant dokumentus valstybės ir savivaldybių institucijoms.',
        'Antrinė teisinė pagalba: advokatas, kuris rengia dokumentus, gina ir atstovauja jums teisme.',
      ],
      who: 'Teisingumo ministerijos Valstybės garantuojamos teisinės pagalbos tarnyba.',
    },
    protection: {
      heading: 'Apsauga',
      points: [
        'Jei jums gresia pavojus dėl nusikaltimo ar dėl to, kad padedate tyrimui, galite būti apsaugoti: gali būti saugomi jūs ir jūsų turtas, ribojama prieiga prie jūsų asmens duomenų.',
      ],
      who: 'policijos Liudytojų ir nukentėjusiųjų apsaugos tarnyba.',
    },
    compensation: {
      heading: 'Žalos atlyginimas',
      points: [
        'Jei nukentėjote nuo smurtinio nusikaltimo, padaryto po 2005 m. liepos 1 d., galite prašyti atlyginti žalą iš Nukentėjusių nuo nusikaltimų asmenų fondo.',
      ],
      who: 'Teisingumo ministerija, administruojanti Nukentėjusių nuo nusikaltimų asmenų fondą.',
    },
    return: {
      heading: 'Grįžimas namo',
      points: [
        'Jei esate užsienietis ir norite grįžti į savo šalį, galite gauti pagalbą: konsultacijas, kelionės dokumentus, kelionę ir pagalbą pradėti iš naujo grįžus.',
      ],
      who: 'Tarptautinės migracijos organizacijos (IOM) Vilniaus biuras: +370 5 240 44 89, avr@iom.lt.',
    },
  },
  plan: {
    title: 'Pagalbos priemonių planas',
    intro:
      'Su jumis sutarta pagalba: kam, kokia, kas ją suteikia ir iki kada. Bet kada galite paprašyti planą pakeisti.',
    reference: 'Atvejis',
    preparedBy: 'Parengė',
    printedOn: 'Atspausdinta',
    columns: {
      need: 'Poreikis',
      measure: 'Pagalba',
      organisation: 'Kas suteikia',
      dueOn: 'Iki',
      status: 'Būsena',
    },
    noItems: 'Pagalba dar nesuplanuota.',
    agreement: 'Susitarimas',
    agreedOn: 'Sutarta',
    victimWords: 'Jūsų žodžiais',
    reviewOn: 'Kita peržiūra',
    notAgreed: 'Dėl plano dar nesutarta.',
    signatures: 'Parašai',
    person: 'Pagalbą gaunantis asmuo',
    caseWorker: 'Atvejo vadybininkas',
    signature: 'Parašas',
    date: 'Data',
  },
};
