import type { FinderCatalogue } from './catalogue.ts';

// Lithuanian texts of the public help finder. Facts come only from the seeds (shared/seeds/000–004);
// phone numbers are written exactly as in src/directory/reviewed/directory.json.
export const lt: FinderCatalogue = {
  languageName: 'Lietuvių',
  siteName: 'Atrama',
  tagline: 'Kur gauti pagalbos – nemokamai ir konfidencialiai',
  emergency: { text: 'Jums dabar gresia pavojus? Skambinkite 112', call: 'Skambinti 112' },
  quickExit: {
    label: 'Išeiti iš puslapio',
    hint: 'Greitai išeiti galite ir tris kartus paspaudę klavišą Esc.',
  },
  skipToContent: 'Pereiti prie turinio',
  nav: {
    home: 'Pradžia',
    rights: 'Jūsų teisės',
    afterAsking: 'Kas vyksta paprašius pagalbos',
    abroad: 'Pagalba lietuviams užsienyje',
    foreigners: 'Pagalba užsieniečiams Lietuvoje',
    all: 'Visa pagalba (visas sąrašas)',
    languages: 'Kalbos',
    menu: 'Meniu',
  },
  home: {
    title: 'Kas jums gali padėti?',
    lead: 'Atsakykite į ne daugiau kaip tris trumpus klausimus – bet kurį galite praleisti. Pagalba nemokama ir konfidenciali.',
    safetyNote:
      'Ši svetainė nenaudoja slapukų ir neišsaugo, ko ieškojote. Jūsų naršyklė vis tiek gali atsiminti aplankytus puslapius. Jei kas nors gali matyti jūsų ekraną, spauskite „Išeiti iš puslapio“.',
    submit: 'Rodyti pagalbą',
    skip: 'Praleisti',
  },
  questions: {
    need: {
      legend: 'Kas nutiko arba ko jums reikia?',
      hint: 'Pasirinkite, kas labiausiai tinka. Jei nesate tikri, rinkitės „Nežinau / bet kas“.',
      any: 'Nežinau / bet kas',
      searchLabel: 'Arba parašykite savais žodžiais',
      searchHint: 'Pavyzdžiui: „darbdavys nemoka algos“ arba „reikia advokato“.',
    },
    who: {
      legend: 'Kam reikia pagalbos?',
      options: {
        woman: 'Moteriai',
        man: 'Vyrui',
        child: 'Vaikui',
        missing_person_family: 'Dingusio žmogaus šeimai',
        anyone: 'Bet kam / nenoriu sakyti',
      },
    },
    where: {
      legend: 'Kur?',
      options: {
        anywhere: 'Bet kur Lietuvoje',
        abroad: 'Užsienyje (ne Lietuvoje)',
        city: 'Mieste:',
      },
      cityLabel: 'Miestas',
    },
  },
  needs: {
    emergency: 'Skubi pagalba',
    trafficking: 'Prekyba žmonėmis',
    shelter: 'Prieglobstis ir laikinas būstas',
    emotional_support: 'Emocinė ir psichologinė pagalba',
    legal: 'Teisinė pagalba',
    compensation: 'Žalos kompensavimas',
    protection: 'Nukentėjusiųjų ir liudytojų apsauga',
    consular: 'Konsulinė pagalba užsienyje',
    return: 'Savanoriškas grįžimas namo',
    labour_exploitation: 'Išnaudojimas darbe, nesumokėtas atlyginimas',
    missing_persons: 'Dingęs žmogus',
    child_sexual_abuse: 'Seksualinė prievarta prieš vaiką',
    domestic_violence: 'Smurtas namuose ar šeimoje',
    migration_consultation: 'Grįžimas gyventi į Lietuvą',
  },
  audiences: {
    anyone: 'Visiems',
    women: 'Moterims',
    men: 'Vyrams',
    girls: 'Mergaitėms',
    boys: 'Berniukams',
    children: 'Vaikams',
    families_of_missing_persons: 'Dingusių žmonių šeimoms',
    victims_of_any_crime: 'Nukentėjusiems nuo bet kokio nusikaltimo',
    third_country_nationals: 'Ne ES šalių piliečiams',
    eu_citizens: 'ES piliečiams',
    lithuanians_abroad: 'Lietuviams užsienyje',
  },
  results: {
    title: 'Pagalba jums',
    count: 'Rasta vietų, kur jums gali padėti: {count}',
    none: 'Pagal šiuos atsakymus nieko neradome.',
    noneHint:
      'Pabandykite praleisti kurį nors klausimą. Jei jums gresia pavojus, skambinkite 112 arba į vieną iš visą parą veikiančių linijų, kurias rasite visame sąraše.',
    change: 'Keisti atsakymus',
    call: 'Skambinti',
    email: 'Rašyti',
    website: 'Svetainė',
    hours: 'Darbo laikas',
    always: 'Visą parą, 7 dienas per savaitę',
    openNow: 'Dabar dirba',
    closedNow: 'Dabar nedirba',
    hoursUnknown: 'Apie darbo laiką pasiteiraukite telefonu',
    languages: 'Kalbos',
    serves: 'Padeda',
    free: 'Nemokamai',
    area: 'Kur',
    nationwide: 'Visoje Lietuvoje',
    remote: 'Telefonu arba internetu',
    abroad: 'Užsienyje',
    allTitle: 'Visa pagalba viename sąraše',
    allLead: 'Kartą atidarytas, šis sąrašas veikia ir be interneto.',
  },
  days: { MO: 'Pr', TU: 'An', WE: 'Tr', TH: 'Kt', FR: 'Pn', SA: 'Š', SU: 'Sk' },
  dataUpdated: 'Informacija patikrinta {date}',
  offlineNote: 'Nesate prisijungę prie interneto: tai sąrašas, išsaugotas {date}.',
  pages: {
    rights: {
      title: 'Jūsų teisės nukentėjus nuo nusikaltimo',
      lead: 'Jei nukentėjote nuo nusikaltimo, turite teisę gauti pagalbą. Štai ko galite tikėtis.',
      sections: [
        {
          heading: 'Pagalba nemokama ir konfidenciali',
          paragraphs: [
            'Pagalbos nukentėjusiesiems tarnybos jums padeda nemokamai. Tai, ką joms papasakojate, lieka konfidencialu – tai viena svarbiausių jūsų teisių.',
            'Pagalbą gaunate nesvarbu, ar pranešėte apie nusikaltimą policijai, ar ne.',
            'Pagalbos gali kreiptis ir dėl nusikaltimo mirusio žmogaus šeimos nariai bei artimieji giminaičiai. Jūsų prašymu pagalbos jums gali paprašyti ir kitas žmogus.',
          ],
        },
        {
          heading: 'Pagalba visoje Lietuvoje',
          paragraphs: [
            'Lietuvoje veikia 23 valstybės akredituotos pagalbos nukentėjusiesiems nuo nusikaltimų tarnybos. Galite kreiptis į bet kurią iš jų, nebūtinai ten, kur gyvenate. Pagalba gali būti teikiama ir nuotoliu.',
            'Kaip susisiekti su pagalbos tarnyba, jums gali pasakyti policija, prokuratūra, teismas, Bendrasis pagalbos centras (112), savivaldybė, socialinių paslaugų įstaiga, mokykla, gydymo įstaiga arba Valstybės vaiko teisių apsaugos ir įvaikinimo tarnyba.',
          ],
        },
        {
          heading: 'Ką daro pagalbos tarnyba',
          paragraphs: [
            'Pirmiausia tarnybos darbuotojai paaiškina jūsų teises ir kokios institucijos gali padėti jomis pasinaudoti. Tada jie kartu su jumis įvertina, ko jums reikia po nusikaltimo, ir sudaro pagalbos planą.',
            'Tarnyba suteikia arba suorganizuoja emocinę ir psichologinę pagalbą, prireikus – laikiną apgyvendinimą, ir papasakoja apie socialines paslaugas, sveikatos priežiūrą ir kitą pagalbą.',
          ],
        },
        {
          heading: 'Žalos kompensavimas ir teisinė pagalba',
          paragraphs: [
            'Jei nukentėjote nuo smurtinio nusikaltimo, padaryto po 2005 m. liepos 1 d., galite prašyti kompensacijos iš Nukentėjusių nuo nusikaltimų asmenų fondo. Tokius prašymus priima ir nagrinėja Teisingumo ministerija.',
            'Valstybė garantuoja ir teisinę pagalbą. Pirminė teisinė pagalba – tai teisinė informacija, teisinės konsultacijos ir pagalba rengiant dokumentus valstybės ir savivaldybių institucijoms. Antrinė teisinė pagalba – dokumentų rengimas, gynyba ir atstovavimas teisme.',
          ],
        },
        {
          heading: 'Apsauga',
          paragraphs: [
            'Jei padedate policijai ar dalyvaujate baudžiamojoje byloje, jus gali apsaugoti policijos liudytojų ir nukentėjusiųjų apsaugos tarnyba. Ji gali saugoti jus ir jūsų turtą, apriboti prieigą prie jūsų asmens duomenų, padėti pakeisti darbovietę ir net tapatybę.',
          ],
        },
      ],
    },
    afterAsking: {
      title: 'Kas vyksta paprašius pagalbos',
      lead: 'Sprendžiate jūs: galite klausti, rinktis ir atsisakyti. Pagalba nemokama ir konfidenciali.',
      sections: [
        {
          heading: 'Jei galėjote nukentėti nuo prekybos žmonėmis',
          paragraphs: [
            'Pirmasis jus sutikęs žmogus gali būti policininkas, pasienietis, darbo inspektorius, Lietuvos ambasados ar konsulato darbuotojas užsienyje arba nukentėjusiesiems padedančios organizacijos darbuotojas. Jums sutikus, jis gali jus nukreipti į nacionalinį kontaktinį punktą Vidaus reikalų ministerijoje ir į organizaciją, kuri specialiai padeda nukentėjusiems nuo prekybos žmonėmis.',
            'Tada oficialiai nustatoma, kad nukentėjote nuo prekybos žmonėmis. Užpildoma rašytinė kortelė: joje aprašoma jūsų situacija, sveikata ir poreikiai, suteikta pagalba ir kas atsakingas už pagalbą jums.',
          ],
        },
        {
          heading: 'Ar kreiptis į policiją, sprendžiate jūs',
          paragraphs: [
            'Tik jūs sprendžiate, ar pranešti apie nusikaltimą ir dalyvauti baudžiamajame procese. Pagalbą gaunate bet kuriuo atveju.',
          ],
        },
        {
          heading: 'Grįžimas namo ir tolesnė pagalba',
          paragraphs: [
            'Jei norite grįžti namo, jums padės tai padaryti. Lietuvos piliečiams padedama grįžti į Lietuvą iš užsienio, kitų ES šalių ir ne ES šalių piliečiams – grįžti į savo šalį.',
            'Ilgalaikę pagalbą organizuoja specializuotos organizacijos kartu su jūsų savivaldybe. Užsieniečiai, nukentėję nuo prekybos žmonėmis, turi teisę į tokią pat ilgalaikę pagalbą kaip Lietuvos piliečiai, kiek leidžia turimos lėšos.',
          ],
        },
        {
          heading: 'Jei nukentėjote nuo kito nusikaltimo',
          paragraphs: [
            'Į pagalbos nukentėjusiesiems tarnybą galite kreiptis patys. Jus į ją gali nukreipti ir policija, teismas, savivaldybė ar kita institucija.',
            'Tarnyba paaiškina jūsų teises, kartu su jumis įvertina, ko jums reikia, sudaro pagalbos planą ir suorganizuoja pagalbą: emocinę paramą, prireikus – laikiną apgyvendinimą, ryšį su socialinių paslaugų ir sveikatos priežiūros įstaigomis.',
          ],
        },
        {
          heading: 'Konfidencialumas ir jūsų pasirinkimas',
          paragraphs: [
            'Pagalba teikiama konfidencialiai. Galite siūlomą pagalbą priimti arba jos atsisakyti. Pagalbos galite prašyti ir nesakydami savo vardo.',
          ],
        },
      ],
    },
    abroad: {
      title: 'Pagalba lietuviams užsienyje',
      lead: 'Jei užsienyje patekote į bėdą, Lietuva gali jums padėti.',
      sections: [
        {
          heading: 'Lietuvos ambasada ar konsulatas',
          paragraphs: [
            'Lietuvos ambasada ar konsulatas šalyje, kurioje esate, gali jums padėti kartu su nukentėjusiesiems padedančiomis organizacijomis, o prireikus – ir su policija.',
            'Jei nukentėjote nuo prekybos žmonėmis, Užsienio reikalų ministerija padeda grįžti namo, suteikia prieglobstį ir pagalbą bei nukreipia į reikiamas tarnybas.',
          ],
        },
        {
          heading: 'Skubi pagalba bet kuriuo paros metu',
          paragraphs: [
            'Skubios konsulinės pagalbos skambinkite Užsienio reikalų ministerijos telefonu. Jis veikia visą parą, 7 dienas per savaitę: +370 5 236 2444.',
          ],
        },
        {
          heading: 'Grįžus į Lietuvą',
          paragraphs: [
            'Lietuvoje nukentėjusiems nuo prekybos žmonėmis toliau padeda specializuotos organizacijos kartu su jūsų savivaldybe.',
          ],
        },
        {
          heading: 'Galvojate grįžti gyventi į Lietuvą?',
          paragraphs: [
            'TMO Migracijos informacijos centras konsultuoja lietuvius, kurie grįžta iš užsienio arba tik svarsto grįžti. Galite klausti apie socialinę apsaugą, švietimą, sveikatos draudimą, atvykstančius šeimos narius, kurie nėra Lietuvos piliečiai, ir kitus dalykus.',
            'Konsultantai įvertins jūsų situaciją, suteiks informacijos arba patars, į kurią instituciją kreiptis. Daugiau: lithuania.iom.int.',
          ],
        },
      ],
    },
    foreigners: {
      title: 'Pagalba užsieniečiams Lietuvoje',
      lead: 'Jei atvykote iš kitos šalies ir Lietuvoje nukentėjote nuo prekybos žmonėmis ar kito nusikaltimo, čia galite gauti pagalbos.',
      sections: [
        {
          heading: 'Jei turite ES šalies pilietybę',
          paragraphs: [
            'Jumis pasirūpina specializuotos organizacijos kartu su jūsų šalies ambasada ar konsulatu, o prireikus – ir su policija.',
          ],
        },
        {
          heading: 'Jei esate iš šalies, kuri nepriklauso ES',
          paragraphs: [
            'Jumis pasirūpina specializuotos organizacijos arba Tarptautinės migracijos organizacijos (TMO) Vilniaus biuras kartu su jūsų šalies ambasada ar konsulatu, o prireikus – ir su policija.',
          ],
        },
        {
          heading: 'Pagalba grįžti namo',
          paragraphs: [
            'Jei esate iš ne ES šalies ir norite savanoriškai grįžti namo, TMO Vilniaus biuras gali padėti: konsultacijos (prireikus su vertėju) ir teisinės konsultacijos, kelionės dokumentai, bilietai ir maršrutas, pagalba kelionėje, laikinas būstas ir maistas prieš išvykstant, kišenpinigiai ir sutikimas jūsų šalyje. Pažeidžiamiems žmonėms – papildoma pagalba, pavyzdžiui, gydytojo ar psichologo konsultacija, lydėjimas kelionėje. Grįžus namo padedama ne pinigais, o daiktais ir paslaugomis, kad vėl galėtumėte užsidirbti pragyvenimui.',
            'TMO Vilniaus biuras: +370 5 240 44 89, nemokama linija +370 800 12342, el. paštas avr@iom.lt.',
          ],
        },
        {
          heading: 'Jei liekate Lietuvoje',
          paragraphs: [
            'Užsieniečiai, nukentėję nuo prekybos žmonėmis, turi teisę į tokią pat ilgalaikę pagalbą kaip Lietuvos piliečiai, kiek leidžia turimos lėšos. Ją organizuoja specializuotos organizacijos kartu su savivaldybe, kurioje esate registruoti.',
            'Jei nukentėjote nuo bet kokio kito nusikaltimo, jums nemokamai ir konfidencialiai padeda pagalbos nukentėjusiesiems tarnybos.',
          ],
        },
      ],
    },
  },
  errors: {
    badRequestTitle: 'Kažkas nepavyko',
    badRequestText: 'Kažkas adrese buvo ne taip. Pradėkite iš naujo nuo pradžios puslapio.',
    notFoundTitle: 'Puslapis nerastas',
    notFoundText: 'Tokio puslapio nėra arba jis perkeltas.',
    backHome: 'Grįžti į pradžią',
  },
  footer: {
    privacy: 'Jokių slapukų, jokio sekimo: apie jūsų apsilankymą niekas neišsaugoma.',
    source: 'Informacija paimta iš viešai skelbiamos Lietuvos institucijų ir organizacijų informacijos.',
  },
};
