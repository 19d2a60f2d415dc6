// Lithuania's 60 municipalities, the closed list a place in Lithuania is recorded by: ISO 3166-2:LT
// codes (LT-01 … LT-60), official Lithuanian names, English names, the county (ISO 3166-2:LT county
// code) and the administrative centre where it differs from the name. Plain data and pure functions,
// shared by the server and the staff app.

export const COUNTIES = {
  'LT-AL': { lt: 'Alytaus apskritis', en: 'Alytus County' },
  'LT-KU': { lt: 'Kauno apskritis', en: 'Kaunas County' },
  'LT-KL': { lt: 'Klaipėdos apskritis', en: 'Klaipėda County' },
  'LT-MR': { lt: 'Marijampolės apskritis', en: 'Marijampolė County' },
  'LT-PN': { lt: 'Panevėžio apskritis', en: 'Panevėžys County' },
  'LT-SA': { lt: 'Šiaulių apskritis', en: 'Šiauliai County' },
  'LT-TA': { lt: 'Tauragės apskritis', en: 'Tauragė County' },
  'LT-TE': { lt: 'Telšių apskritis', en: 'Telšiai County' },
  'LT-UT': { lt: 'Utenos apskritis', en: 'Utena County' },
  'LT-VL': { lt: 'Vilniaus apskritis', en: 'Vilnius County' },
} as const;
export type CountyCode = keyof typeof COUNTIES;

type Municipality = { code: string; lt: string; en: string; county: CountyCode; town: string | null };
const m = (
  code: string,
  lt: string,
  en: string,
  county: CountyCode,
  town: string | null = null,
): Municipality => ({
  code: `LT-${code}`,
  lt,
  en,
  county,
  town,
});

export const MUNICIPALITIES: readonly Municipality[] = [
  m('01', 'Akmenės rajono savivaldybė', 'Akmenė District Municipality', 'LT-SA', 'Naujoji Akmenė'),
  m('02', 'Alytaus miesto savivaldybė', 'Alytus City Municipality', 'LT-AL', 'Alytus'),
  m('03', 'Alytaus rajono savivaldybė', 'Alytus District Municipality', 'LT-AL'),
  m('04', 'Anykščių rajono savivaldybė', 'Anykščiai District Municipality', 'LT-UT', 'Anykščiai'),
  m('05', 'Birštono savivaldybė', 'Birštonas Municipality', 'LT-KU', 'Birštonas'),
  m('06', 'Biržų rajono savivaldybė', 'Biržai District Municipality', 'LT-PN', 'Biržai'),
  m('07', 'Druskininkų savivaldybė', 'Druskininkai Municipality', 'LT-AL', 'Druskininkai'),
  m('08', 'Elektrėnų savivaldybė', 'Elektrėnai Municipality', 'LT-VL', 'Elektrėnai'),
  m('09', 'Ignalinos rajono savivaldybė', 'Ignalina District Municipality', 'LT-UT', 'Ignalina'),
  m('10', 'Jonavos rajono savivaldybė', 'Jonava District Municipality', 'LT-KU', 'Jonava'),
  m('11', 'Joniškio rajono savivaldybė', 'Joniškis District Municipality', 'LT-SA', 'Joniškis'),
  m('12', 'Jurbarko rajono savivaldybė', 'Jurbarkas District Municipality', 'LT-TA', 'Jurbarkas'),
  m('13', 'Kaišiadorių rajono savivaldybė', 'Kaišiadorys District Municipality', 'LT-KU', 'Kaišiadorys'),
  m('14', 'Kalvarijos savivaldybė', 'Kalvarija Municipality', 'LT-MR', 'Kalvarija'),
  m('15', 'Kauno miesto savivaldybė', 'Kaunas City Municipality', 'LT-KU', 'Kaunas'),
  m('16', 'Kauno rajono savivaldybė', 'Kaunas District Municipality', 'LT-KU'),
  m('17', 'Kazlų Rūdos savivaldybė', 'Kazlų Rūda Municipality', 'LT-MR', 'Kazlų Rūda'),
  m('18', 'Kėdainių rajono savivaldybė', 'Kėdainiai District Municipality', 'LT-KU', 'Kėdainiai'),
  m('19', 'Kelmės rajono savivaldybė', 'Kelmė District Municipality', 'LT-SA', 'Kelmė'),
  m('20', 'Klaipėdos miesto savivaldybė', 'Klaipėda City Municipality', 'LT-KL', 'Klaipėda'),
  m('21', 'Klaipėdos rajono savivaldybė', 'Klaipėda District Municipality', 'LT-KL', 'Gargždai'),
  m('22', 'Kretingos rajono savivaldybė', 'Kretinga District Municipality', 'LT-KL', 'Kretinga'),
  m('23', 'Kupiškio rajono savivaldybė', 'Kupiškis District Municipality', 'LT-PN', 'Kupiškis'),
  m('24', 'Lazdijų rajono savivaldybė', 'Lazdijai District Municipality', 'LT-AL', 'Lazdijai'),
  m('25', 'Marijampolės savivaldybė', 'Marijampolė Municipality', 'LT-MR', 'Marijampolė'),
  m('26', 'Mažeikių rajono savivaldybė', 'Mažeikiai District Municipality', 'LT-TE', 'Mažeikiai'),
  m('27', 'Molėtų rajono savivaldybė', 'Molėtai District Municipality', 'LT-UT', 'Molėtai'),
  m('28', 'Neringos savivaldybė', 'Neringa Municipality', 'LT-KL', 'Neringa'),
  m('29', 'Pagėgių savivaldybė', 'Pagėgiai Municipality', 'LT-TA', 'Pagėgiai'),
  m('30', 'Pakruojo rajono savivaldybė', 'Pakruojis District Municipality', 'LT-SA', 'Pakruojis'),
  m('31', 'Palangos miesto savivaldybė', 'Palanga City Municipality', 'LT-KL', 'Palanga'),
  m('32', 'Panevėžio miesto savivaldybė', 'Panevėžys City Municipality', 'LT-PN', 'Panevėžys'),
  m('33', 'Panevėžio rajono savivaldybė', 'Panevėžys District Municipality', 'LT-PN'),
  m('34', 'Pasvalio rajono savivaldybė', 'Pasvalys District Municipality', 'LT-PN', 'Pasvalys'),
  m('35', 'Plungės rajono savivaldybė', 'Plungė District Municipality', 'LT-TE', 'Plungė'),
  m('36', 'Prienų rajono savivaldybė', 'Prienai District Municipality', 'LT-KU', 'Prienai'),
  m('37', 'Radviliškio rajono savivaldybė', 'Radviliškis District Municipality', 'LT-SA', 'Radviliškis'),
  m('38', 'Raseinių rajono savivaldybė', 'Raseiniai District Municipality', 'LT-KU', 'Raseiniai'),
  m('39', 'Rietavo savivaldybė', 'Rietavas Municipality', 'LT-TE', 'Rietavas'),
  m('40', 'Rokiškio rajono savivaldybė', 'Rokiškis District Municipality', 'LT-PN', 'Rokiškis'),
  m('41', 'Šakių rajono savivaldybė', 'Šakiai District Municipality', 'LT-MR', 'Šakiai'),
  m('42', 'Šalčininkų rajono savivaldybė', 'Šalčininkai District Municipality', 'LT-VL', 'Šalčininkai'),
  m('43', 'Šiaulių miesto savivaldybė', 'Šiauliai City Municipality', 'LT-SA', 'Šiauliai'),
  m('44', 'Šiaulių rajono savivaldybė', 'Šiauliai District Municipality', 'LT-SA'),
  m('45', 'Šilalės rajono savivaldybė', 'Šilalė District Municipality', 'LT-TA', 'Šilalė'),
  m('46', 'Šilutės rajono savivaldybė', 'Šilutė District Municipality', 'LT-KL', 'Šilutė'),
  m('47', 'Širvintų rajono savivaldybė', 'Širvintos District Municipality', 'LT-VL', 'Širvintos'),
  m('48', 'Skuodo rajono savivaldybė', 'Skuodas District Municipality', 'LT-KL', 'Skuodas'),
  m('49', 'Švenčionių rajono savivaldybė', 'Švenčionys District Municipality', 'LT-VL', 'Švenčionys'),
  m('50', 'Tauragės rajono savivaldybė', 'Tauragė District Municipality', 'LT-TA', 'Tauragė'),
  m('51', 'Telšių rajono savivaldybė', 'Telšiai District Municipality', 'LT-TE', 'Telšiai'),
  m('52', 'Trakų rajono savivaldybė', 'Trakai District Municipality', 'LT-VL', 'Trakai'),
  m('53', 'Ukmergės rajono savivaldybė', 'Ukmergė District Municipality', 'LT-VL', 'Ukmergė'),
  m('54', 'Utenos rajono savivaldybė', 'Utena District Municipality', 'LT-UT', 'Utena'),
  m('55', 'Varėnos rajono savivaldybė', 'Varėna District Municipality', 'LT-AL', 'Varėna'),
  m('56', 'Vilkaviškio rajono savivaldybė', 'Vilkaviškis District Municipality', 'LT-MR', 'Vilkaviškis'),
  m('57', 'Vilniaus miesto savivaldybė', 'Vilnius City Municipality', 'LT-VL', 'Vilnius'),
  m('58', 'Vilniaus rajono savivaldybė', 'Vilnius District Municipality', 'LT-VL'),
  m('59', 'Visagino savivaldybė', 'Visaginas Municipality', 'LT-UT', 'Visaginas'),
  m('60', 'Zarasų rajono savivaldybė', 'Zarasai District Municipality', 'LT-UT', 'Zarasai'),
];

export const MUNICIPALITY_CODES = MUNICIPALITIES.map((x) => x.code) as [string, ...string[]];

const BY_CODE = new Map(MUNICIPALITIES.map((x) => [x.code, x]));
export const municipalityByCode = (code: string | null | undefined) => (code ? BY_CODE.get(code) : undefined);

/** The municipality's name in the language, or the code itself when it is not one of the 60. */
export function municipalityName(code: string, language: string): string {
  const found = BY_CODE.get(code);
  return found ? (language === 'lt' ? found.lt : found.en) : code;
}

/** The county of a municipality code, or null. */
export const countyOfMunicipality = (code: string | null | undefined) =>
  municipalityByCode(code)?.county ?? null;

// Names are typed in many ways: case, letters without diacritics, "Vilniaus m. sav.", the genitive
// without "savivaldybė" ("Vilniaus miesto"), the town, the English name.
const loose = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ m\. sav\.?$/, ' miesto savivaldybe')
    .replace(/ r\. sav\.?$/, ' rajono savivaldybe')
    .replace(/ sav\.?$/, ' savivaldybe');
const BY_LOOSE_NAME = new Map(
  MUNICIPALITIES.flatMap((x) =>
    [x.code, x.lt, x.lt.replace(/ savivaldybė$/, ''), x.en, ...(x.town ? [x.town] : [])].map(
      (name) => [loose(name), x.code] as const,
    ),
  ),
);

/** The code of the municipality a typed name or code means, or null. */
export const municipalityCodeOf = (text: string): string | null => BY_LOOSE_NAME.get(loose(text)) ?? null;
