import { normaliseForIndex } from '../platform/crypto/sealing.ts';
import type { Language } from './model.ts';

// The words of the finder's questions: the little words that say nothing about a need, and the
// everyday words people use for what the directory describes in its own terms.

const words = (text: string) => new Set(normaliseForIndex(text).split(' '));

/** A question's text ready to split: an apostrophe inside a word ("б’є", "don't") joins it. */
export const joinApostrophes = (text: string) => text.replace(/(\p{L})['’ʼ`](\p{L})/gu, '$1$2');

/** Written as people write them; compared without case or accents, like the directory's words. */
export const STOP_WORDS: Record<Language, Set<string>> = {
  en: words(`i me my mine we our us you your he she it its they them their a an the and or but not no
    to of in on at for with from by about as is am are was were be been being have has had do does did
    done can cannot could would should will shall may might must this that these those there here what
    who whom which when where why how so if then than too very just also into out up down over after
    before because please some someone something any anyone anything want wants need needs get got
    getting go going went again all more most only own same such both each other his her hers him
    help helps find tell know let make dont don`),
  lt: words(`aš mane man mano mes mus mums mūsų tu tave tau tavo jūs jums jūsų jis ji jie jos jį ją jų
    jam jai jiems ir ar bet o kad nes jei jeigu kai kur kas kaip ką kodėl kam kuo su be į iš per prie
    apie už po ant nuo iki dėl pas tai tas ta šis ši yra esu esame buvo būti noriu norime nori norėčiau
    reikia reikės galiu gali galime galima turiu turime manęs savo nėra labai jau dar tik pat kuris
    kuri kokia koks nors kažkas kažkam kuo nors pagalba pagalbos pagalbą padėti padėkite rasti`),
  ru: words(`я меня мне мной мой моя моё мою мои моего мы нас нам наш наша вы вас вам ваш ваша ты тебя тебе
    твой он она оно они его её ее их ему ей им и или но а что чтобы как где когда кто почему потому
    зачем в во на с со к ко у о об от до по за из для без при про над под это этот эта эти то тот та
    те там тут здесь есть был была были быть не нет ни да же ли бы уже ещё еще очень только можно
    нужно нужен нужна нужны надо хочу хотим хочет хотела хотел могу может можем свой своя свою своей
    себя какой какая кого чем ком кем нибудь помощь помощи помочь найти`),
  uk: words(`я мене мені мною мій моя моє мою мої мого ми нас нам наш наша ви вас вам ваш ваша ти тебе твій
    він вона воно вони його її їх йому їй їм і й та або але а що щоб як де коли хто чому бо навіщо в
    у на з із зі до по за для без при про над під це цей ця ці то той там тут є був була були бути
    не ні так же чи б вже ще дуже тільки лише можна треба потрібно потрібен потрібна потрібні хочу
    хочемо хоче можу може можемо свій своя свою своєї себе який яка кого чим кимось небудь
    допомога допомоги допомогти знайти`),
};

/**
 * An everyday word (its start, so that every ending counts) and the directory's words for what it
 * means. Only for words that do not already share a start with the directory's own words.
 */
export const EVERYDAY_WORDS: Record<Language, [string, string[]][]> = {
  en: [
    ['lawyer', ['legal']],
    ['employer', ['work', 'wages']],
    ['boss', ['work', 'wages']],
    ['pay', ['wages', 'unpaid']],
    ['paid', ['wages', 'unpaid']],
    ['salary', ['wages', 'unpaid']],
    ['attorney', ['legal']],
    ['husband', ['domestic']],
    ['wife', ['domestic']],
    ['partner', ['domestic']],
    ['boyfriend', ['domestic']],
    ['beat', ['violence', 'abuse']],
    ['hit', ['violence', 'abuse']],
    ['rape', ['sexual', 'abuse']],
    ['prostitut', ['sexual', 'exploitation', 'trafficking']],
    ['ambulance', ['emergency', 'urgent', '112']],
    ['fire', ['emergency', 'urgent', '112']],
    ['passport', ['consular', 'embassy', 'consulate']],
    ['official', ['formally', 'identified']],
    ['money', ['compensation', 'material']],
    ['harm', ['damage']],
    ['school', ['education']],
    ['taxes', ['social security']],
    ['lonely', ['emotional', 'support']],
    ['sad', ['emotional', 'support']],
  ],
  lt: [
    ['advokat', ['teisinė']],
    ['darbdav', ['darbas', 'darbe']],
    ['šef', ['darbas', 'darbe']],
    ['alg', ['atlyginimas']],
    ['vyras', ['artimoje']],
    ['žmona', ['artimoje']],
    ['teisinink', ['teisinė']],
    ['muša', ['smurtas', 'artimoje']],
    ['mušt', ['smurtas', 'artimoje']],
    ['sumuš', ['smurtas']],
    ['išprievart', ['seksualinė', 'smurtas']],
    ['prostituc', ['seksualinis', 'išnaudojimas', 'prekyba']],
    ['greitoj', ['skubi', '112']],
    ['ugniagesi', ['skubi', '112']],
    ['gaisr', ['skubi', '112']],
    ['pasas', ['konsulinė', 'ambasada']],
    ['pasą', ['konsulinė', 'ambasada']],
    ['oficial', ['formaliai', 'atpažintas']],
    ['pinig', ['kompensacija', 'materialinė']],
    ['mokykl', ['švietimas']],
    ['mokesč', ['socialinė apsauga']],
    ['vieniš', ['emocinė', 'parama']],
  ],
  ru: [
    ['адвокат', ['юридическая', 'правовая']],
    ['работодател', ['работа', 'труда']],
    ['начальник', ['работа', 'труда']],
    ['плат', ['зарплата', 'невыплата']],
    ['оплат', ['зарплата', 'невыплата']],
    ['юрист', ['юридическая', 'правовая']],
    ['муж', ['домашнее']],
    ['жена', ['домашнее']],
    ['бь', ['насилие', 'домашнее']],
    ['избива', ['насилие']],
    ['изнасил', ['сексуального', 'насилия']],
    ['проститу', ['сексуальная', 'эксплуатация', 'торговля']],
    ['скор', ['экстренной', 'срочная', '112']],
    ['пожар', ['экстренной', 'срочная', '112']],
    ['паспорт', ['консульская', 'посольство']],
    ['официальн', ['признали', 'выявившие']],
    ['деньг', ['компенсация', 'возместить']],
    ['вред', ['ущерб']],
    ['нападени', ['насильственным', 'преступлением']],
    ['школ', ['образование']],
    ['налог', ['социальное обеспечение']],
    ['одинок', ['эмоциональная', 'поддержка']],
  ],
  uk: [
    ['адвокат', ['юридична', 'правова']],
    ['роботодав', ['робота', 'праці']],
    ['начальник', ['робота', 'праці']],
    ['плат', ['зарплата', 'невиплата']],
    ['оплат', ['зарплата', 'невиплата']],
    ['юрист', ['юридична', 'правова']],
    ['чоловік', ['домашнє']],
    ['дружин', ['домашнє']],
    ['бє', ['насильство', 'домашнє']],
    ['бю', ['насильство', 'домашнє']],
    ['бит', ['насильство']],
    ['зґвалт', ['сексуального', 'насильства']],
    ['згвалт', ['сексуального', 'насильства']],
    ['проститу', ['сексуальна', 'експлуатація', 'торгівля']],
    ['швидк', ['екстреної', 'термінова', '112']],
    ['пожеж', ['екстреної', 'термінова', '112']],
    ['паспорт', ['консульська', 'посольство']],
    ['офіційн', ['визнали', 'виявили']],
    ['грош', ['компенсація', 'відшкодувати']],
    ['шкод', ['збитки']],
    ['напад', ['насильницьким', 'злочином']],
    ['школ', ['освіта']],
    ['податк', ['соціальне забезпечення']],
    ['самотн', ['емоційна', 'підтримка']],
  ],
};
for (const lang of Object.keys(EVERYDAY_WORDS) as Language[])
  EVERYDAY_WORDS[lang] = EVERYDAY_WORDS[lang].map(([everyday, meant]) => [
    normaliseForIndex(everyday),
    meant,
  ]);
