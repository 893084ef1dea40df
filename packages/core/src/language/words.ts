/**
 * Word lists that name a language: its most common function words, and words typical of job ads
 * that the other supported language does not use. Data only; detect.ts weighs them.
 */
import { regex } from '../regexes.js';

const WHITESPACE = regex('detect.words-whitespace', /\s+/u);

/** Languages with rules, and languages we only recognise in order to say "not checked". */
export type Code = 'nl' | 'en' | 'de' | 'fr' | 'es' | 'it' | 'pt';
export const CODES: readonly Code[] = ['nl', 'en', 'de', 'fr', 'es', 'it', 'pt'];

const words = (s: string) => s.trim().split(WHITESPACE);

/**
 * The most frequent short words of each language. Their share does not depend on the length of a
 * text, so they work on a sentence as well as on a page. A word Dutch or English shares with one
 * of the other languages ("de", "en", "die") is listed under both and counted for neither.
 */
export const FUNCTION_WORDS: Record<Code, readonly string[]> = {
  nl: words('de het een en van je jij jouw wij we ons onze is zijn bent ben voor met op te dat die niet ook als bij naar om heb hebt wordt worden kun kunt kan over uit aan door maar nog dan wat hoe wie waar er deze dit zo of zich hun'),
  en: words('the a an and of you your we our us is are be for with on to that this not also as at by from have has will can about out but what how who where which they their it its or if into more than'),
  de: words('die der und ist nicht mit für auf eine einen einem einer wir sie ihr ihre ihren unser unsere unseren werden wird sind oder auch sich bei zur zum über nach durch kein keine bieten suchen'),
  fr: words('le la les et est une des du de en pour avec sur dans nous vous votre vos notre nos pas qui au aux cette sont être chez leur leurs mais très par'),
  es: words('el los las y es una para con por del de en la que un su sus nuestro nuestra nuestros somos buscamos tu tus está como pero más'),
  it: words('il gli della delle dei degli che una sono siamo nostro nostra nostri cerchiamo anche alla nel nella ti tuo tua'),
  pt: words('os uma para com não são nosso nossa nossos procuramos também mais pelo pela você seu sua'),
};

/**
 * Words of job ads that belong to one of the two languages only. They decide texts too short to
 * have function words ("Barman wanted", "Kapster gezocht"); the rules' own phrases add to them.
 */
export const AD_WORDS: Record<'nl' | 'en', readonly string[]> = {
  nl: words('gezocht gevraagd vacature vacatures functie werkzaamheden ervaring solliciteer solliciteren salaris uur uren collega zoeken zoekt bieden jaar werken medewerker medewerkers ervaren parttime fulltime bedrijf'),
  en: words('wanted hiring looking join apply role job jobs skills experience salary hours colleague colleagues offer year work working staff company weekends'),
};

/** English names of the languages, for the notice that a text was not checked. */
export const LANGUAGE_NAMES: Record<string, string> = {
  nl: 'Dutch',
  en: 'English',
  de: 'German',
  fr: 'French',
  es: 'Spanish',
  it: 'Italian',
  pt: 'Portuguese',
  pl: 'Polish',
  tr: 'Turkish',
  ar: 'Arabic',
  ru: 'Russian',
  uk: 'Ukrainian',
  ro: 'Romanian',
  sv: 'Swedish',
  da: 'Danish',
};

/** franc's ISO 639-3 codes → ISO 639-1, for the languages above. */
export const ISO_639_1: Record<string, string> = {
  nld: 'nl',
  eng: 'en',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  ita: 'it',
  por: 'pt',
  pol: 'pl',
  tur: 'tr',
  arb: 'ar',
  rus: 'ru',
  ukr: 'uk',
  ron: 'ro',
  swe: 'sv',
  dan: 'da',
};
