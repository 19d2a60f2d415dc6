import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../src/directory/model.ts';
import { directoryServices } from '../../src/directory/tables.ts';
import { findHelp } from '../../src/web/finder/search.ts';
import { backends, startTestApp, type TestApp } from '../support/harness.ts';

// Questions a person might type into the finder, in everyday words, about what the organisations
// in the source documents do (seeds 000–004). Each names the services whose work it is about; the
// finder should show one of them among its first three answers.
const TRAFFICKING = [
  'caritas-help-for-victims-of-trafficking-and-exploitation',
  'national-association-against-trafficking-support-for-victims',
  'caritas-vilnius-archdiocese-help-for-victims-of-trafficking',
];
const VIOLENCE_AT_HOME = [
  'klaipeda-support-centre-help-for-women-and-girls',
  'klaipeda-free-24-7-line-for-women',
  'accredited-support-services-for-victims-of-crime',
];
const TALK = [
  'emotional-support-by-phone-and-online',
  'klaipeda-free-24-7-line-for-women',
  'accredited-support-services-for-victims-of-crime',
];
const MAN_FORCED = [
  'mens-crisis-centre-help',
  'state-labour-inspectorate-report-illegal-work',
  'caritas-help-for-victims-of-trafficking-and-exploitation',
];

type Topic = { expected: string[]; questions: Record<Language, string> };

const QUESTIONS: Topic[] = [
  {
    expected: ['state-labour-inspectorate-report-illegal-work'],
    questions: {
      en: 'my boss does not pay me and I work illegally',
      lt: 'šefas nemoka algos, dirbu nelegaliai',
      ru: 'начальник не платит зарплату, работаю нелегально',
      uk: 'начальник не платить зарплату, працюю нелегально',
    },
  },
  {
    expected: ['ministry-of-justice-compensation-for-violent-crime'],
    questions: {
      en: 'can I get money for the harm after a violent attack',
      lt: 'ar galiu gauti pinigų už žalą po smurtinio užpuolimo',
      ru: 'можно ли получить деньги за вред после нападения',
      uk: 'чи можна отримати гроші за шкоду після нападу',
    },
  },
  {
    expected: ['ministry-of-justice-state-guaranteed-legal-aid'],
    questions: {
      en: 'I need a free lawyer for court',
      lt: 'reikia nemokamo advokato teisme',
      ru: 'нужен бесплатный адвокат в суде',
      uk: 'потрібен безкоштовний адвокат у суді',
    },
  },
  {
    expected: ['police-witness-and-victim-protection'],
    questions: {
      en: 'they threaten me because I am a witness',
      lt: 'man grasina, nes esu liudytojas',
      ru: 'мне угрожают, потому что я свидетель',
      uk: 'мені погрожують, бо я свідок',
    },
  },
  {
    expected: ['mfa-urgent-consular-assistance'],
    questions: {
      en: 'my passport was stolen in another country and I cannot get home',
      lt: 'užsienyje pavogė pasą, negaliu grįžti namo',
      ru: 'за границей украли паспорт, не могу вернуться домой',
      uk: 'за кордоном вкрали паспорт, не можу повернутися додому',
    },
  },
  {
    expected: ['missing-persons-families-support-centre-help'],
    questions: {
      en: 'my son has gone missing',
      lt: 'dingo mano sūnus',
      ru: 'пропал мой сын',
      uk: 'зник мій син',
    },
  },
  {
    expected: ['caritas-safe-shelter', 'accredited-support-services-for-victims-of-crime'],
    questions: {
      en: 'a safe place to sleep for a woman',
      lt: 'saugi vieta moteriai pernakvoti',
      ru: 'безопасное место для ночлега для женщины',
      uk: 'безпечне місце для ночівлі для жінки',
    },
  },
  {
    expected: ['child-house-help-for-sexually-abused-children'],
    questions: {
      en: 'my daughter was sexually abused',
      lt: 'dukra patyrė seksualinę prievartą',
      ru: 'мою дочь изнасиловали',
      uk: 'мою доньку зґвалтували',
    },
  },
  {
    expected: ['iom-assisted-voluntary-return'],
    questions: {
      en: 'I am a foreigner and want to go back to my country',
      lt: 'esu užsienietis ir noriu grįžti į savo šalį',
      ru: 'я иностранец и хочу вернуться в свою страну',
      uk: 'я іноземець і хочу повернутися до своєї країни',
    },
  },
  {
    expected: ['iom-migration-information-centre'],
    questions: {
      en: 'we want to come back to live in Lithuania, what about taxes and school',
      lt: 'norime grįžti gyventi į Lietuvą, kaip su mokesčiais ir mokykla',
      ru: 'хотим вернуться жить в Литву, как с налогами и школой',
      uk: 'хочемо повернутися жити в Литву, як з податками і школою',
    },
  },
  {
    expected: VIOLENCE_AT_HOME,
    questions: {
      en: 'my husband beats me',
      lt: 'vyras mane muša',
      ru: 'муж меня бьёт',
      uk: 'чоловік мене б’є',
    },
  },
  {
    expected: TALK,
    questions: {
      en: 'I feel lonely and want to talk to someone',
      lt: 'jaučiuosi vieniša, noriu su kuo nors pasikalbėti',
      ru: 'мне одиноко, хочу с кем-нибудь поговорить',
      uk: 'мені самотньо, хочу з кимось поговорити',
    },
  },
  {
    expected: MAN_FORCED,
    questions: {
      en: 'a man forced to work without pay',
      lt: 'vyras verčiamas dirbti be atlyginimo',
      ru: 'мужчину заставляют работать без оплаты',
      uk: 'чоловіка змушують працювати без оплати',
    },
  },
  {
    expected: ['police-emergency-and-crime-reports'],
    questions: {
      en: 'I want to tell the police about a crime',
      lt: 'noriu pranešti policijai apie nusikaltimą',
      ru: 'хочу сообщить в полицию о преступлении',
      uk: 'хочу повідомити поліцію про злочин',
    },
  },
  {
    expected: ['ministry-of-the-interior-national-contact-point'],
    questions: {
      en: 'who decides officially that I am a victim of trafficking',
      lt: 'kas oficialiai nustato, kad esu prekybos žmonėmis auka',
      ru: 'кто официально признаёт, что я жертва торговли людьми',
      uk: 'хто офіційно визнає, що я жертва торгівлі людьми',
    },
  },
  {
    expected: TRAFFICKING,
    questions: {
      en: 'they forced me into prostitution',
      lt: 'mane privertė užsiimti prostitucija',
      ru: 'меня заставили заниматься проституцией',
      uk: 'мене змусили займатися проституцією',
    },
  },
  {
    expected: ['general-help-centre-112', 'police-emergency-and-crime-reports'],
    questions: {
      en: 'I need an ambulance or the fire brigade',
      lt: 'reikia greitosios arba ugniagesių',
      ru: 'нужна скорая или пожарные',
      uk: 'потрібна швидка або пожежники',
    },
  },
  {
    expected: TALK,
    questions: {
      en: 'chat with a psychologist online',
      lt: 'pokalbis su psichologu internetu',
      ru: 'поговорить с психологом онлайн',
      uk: 'поговорити з психологом онлайн',
    },
  },
];

describe.each(backends())('everyday questions in the finder on %s', (backend) => {
  let app: TestApp;
  let slugOf: Map<string, string>;
  beforeAll(async () => {
    app = await startTestApp(backend);
    const rows = await app.services.database.db
      .select({ id: directoryServices.id, slug: directoryServices.slug })
      .from(directoryServices);
    slugOf = new Map(rows.map((r) => [r.id, r.slug]));
  });
  afterAll(async () => {
    await app.close();
  });

  it.each(['lt', 'en', 'ru', 'uk'] as const)(
    'in %s, most questions find their service in the first three',
    async (lang) => {
      const misses: string[] = [];
      for (const topic of QUESTIONS) {
        const results = await findHelp(
          app.services.database.db,
          { q: topic.questions[lang] },
          lang,
          new Date(),
        );
        const top = results.slice(0, 3).map((r) => slugOf.get(r.id));
        if (!top.some((slug) => slug && topic.expected.includes(slug)))
          misses.push(`${topic.questions[lang]} → ${top.join(', ') || 'nothing'}`);
      }
      const found = QUESTIONS.length - misses.length;
      console.log(
        `${backend} ${lang}: ${found} of ${QUESTIONS.length} in the top three${misses.length ? `\n  missed: ${misses.join('\n  missed: ')}` : ''}`,
      );
      expect(QUESTIONS.length).toBeGreaterThanOrEqual(15);
      expect(found / QUESTIONS.length).toBeGreaterThanOrEqual(0.8);
    },
  );

  it.each([
    ['en', 'my employer does not pay me', 'I need a lawyer'],
    ['lt', 'darbdavys nemoka algos', 'reikia advokato'],
    ['ru', 'работодатель не платит', 'нужен адвокат'],
    ['uk', 'роботодавець не платить', 'потрібен адвокат'],
  ] as const)(
    'in %s, the examples under the search box find what they promise first',
    async (lang, pay, lawyer) => {
      const first = async (q: string) =>
        slugOf.get((await findHelp(app.services.database.db, { q }, lang, new Date()))[0]?.id ?? '');
      expect(await first(pay)).toBe('state-labour-inspectorate-report-illegal-work');
      expect(await first(lawyer)).toBe('ministry-of-justice-state-guaranteed-legal-aid');
    },
  );
});
