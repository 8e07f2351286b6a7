import { DEFAULT_ORGANISATION } from './organisation';
import type { OrganisationSettings } from './organisation';

/**
 * The one description of the veiligheidsplan form. The editor, the Word insertion, the .docx export and the
 * child version all render from it; a new field is added here and in the schema, nowhere else.
 *
 * Headings and field names follow the source template (seed 004). Help texts are our own words.
 */

export type Locale = 'nl' | 'en';
export interface Text {
  nl: string;
  en: string;
}

/**
 * Which people a person picker offers (domain/roles.ts). safetyPerson: the informal network with consent and the professionals,
 * not parents or children; carriesPlan: everyone except informal-network members who do not take part or lack consent.
 */
export type PeopleFilter = 'all' | 'direct' | 'children' | 'absentDirect' | 'professionals' | 'safetyPerson' | 'carriesPlan';

interface FieldBase {
  /** The key in the plan object (or in the list item, for fields inside a group). */
  id: string;
  label: Text;
  help: Text;
}

export interface TextField extends FieldBase { kind: 'text' | 'textarea'; repeats: false }
export interface DateField extends FieldBase { kind: 'date'; repeats: false }
export interface BooleanField extends FieldBase { kind: 'boolean'; repeats: false }
export interface ScoreField extends FieldBase { kind: 'score'; repeats: false }
export interface SelectField extends FieldBase {
  kind: 'select';
  repeats: false;
  /** `aliases`: labels an option had before, still read back from documents written then. */
  options: ReadonlyArray<{ value: string; label: Text; aliases?: ReadonlyArray<string> }>;
}
export interface PersonField extends FieldBase { kind: 'personRef' | 'personRefs'; repeats: false; people: PeopleFilter }
export interface GoalField extends FieldBase { kind: 'goalRef'; repeats: false }
/** What a copy recipient gets (section 8): a CopyChoice, see domain/copies.ts. */
export interface CopyChoiceField extends FieldBase { kind: 'copyChoice'; repeats: false }
/** A repeating list of free texts (items `{ id, text }`). */
export interface TextListField extends FieldBase { kind: 'textList'; repeats: true; itemLabel: Text }
/** A repeating list of records, shown as a table with a row per item. */
export interface GroupField extends FieldBase {
  kind: 'group';
  repeats: true;
  itemLabel: Text;
  fields: ReadonlyArray<Field>;
}

export type ScalarField = TextField | DateField | BooleanField | ScoreField | SelectField | PersonField | GoalField | CopyChoiceField;
export type Field = ScalarField | TextListField | GroupField;

/** plan: the 9 numbered sections; analysis: the Signs of Safety analysis; child: child version; history: meetings held. */
export type SectionPart = 'title' | 'plan' | 'analysis' | 'child' | 'history';

export interface Section {
  id: string;
  /** The number in the source template (1-9), or null for parts outside the 9 sections. */
  number: number | null;
  part: SectionPart;
  heading: Text;
  intro: Text;
  fields: ReadonlyArray<Field>;
}

const t = (nl: string, en: string): Text => ({ nl, en });

const text = (id: string, label: Text, help: Text): TextField => ({ id, kind: 'text', repeats: false, label, help });
const area = (id: string, label: Text, help: Text): TextField => ({ id, kind: 'textarea', repeats: false, label, help });
const date = (id: string, label: Text, help: Text): DateField => ({ id, kind: 'date', repeats: false, label, help });
const yesNo = (id: string, label: Text, help: Text): BooleanField => ({ id, kind: 'boolean', repeats: false, label, help });
const person = (id: string, label: Text, help: Text, people: PeopleFilter = 'all'): PersonField =>
  ({ id, kind: 'personRef', repeats: false, label, help, people });
const persons = (id: string, label: Text, help: Text, people: PeopleFilter = 'all'): PersonField =>
  ({ id, kind: 'personRefs', repeats: false, label, help, people });
const textList = (id: string, label: Text, itemLabel: Text, help: Text): TextListField =>
  ({ id, kind: 'textList', repeats: true, label, itemLabel, help });
const group = (id: string, label: Text, itemLabel: Text, help: Text, fields: Field[]): GroupField =>
  ({ id, kind: 'group', repeats: true, label, itemLabel, help, fields });

/** Whose view an analysis item is (seeds 001, 003); the editor can put the three side by side. */
export const PERSPECTIVE_OPTIONS: ReadonlyArray<{ value: 'family' | 'child' | 'network' | 'professional'; label: Text }> = [
  { value: 'family', label: t('Het gezin', 'The family') },
  { value: 'child', label: t('Een kind, in eigen woorden', 'A child, in their own words') },
  { value: 'network', label: t('Het netwerk', 'The network') },
  { value: 'professional', label: t('Een professional', 'A professional') },
];

const perspectiveField = (): SelectField => ({
  id: 'perspective', kind: 'select', repeats: false,
  label: t('Wiens kijk is dit?', 'Whose view is this?'),
  help: t('Zet de kijk van het gezin, het netwerk en de professionals naast elkaar: samen zien ze meer dan ieder apart.',
    'Put the views of the family, the network and the professionals side by side: together they see more than each alone.'),
  options: PERSPECTIVE_OPTIONS,
});

/** A list of the joint analysis: each item has its text and whose view it is. */
const analysisList = (id: string, label: Text, itemLabel: Text, help: Text): GroupField =>
  group(id, label, itemLabel, help, [area('text', itemLabel, help), perspectiveField()]);

/** The forms of violence seed 001 asks to bring up every time, because often more is going on than first seems. */
export const VIOLENCE_FORM_FIELDS = [
  'violencePhysicalAbuse', 'violencePsychologicalAbuse', 'violencePhysicalNeglect', 'violencePsychologicalNeglect', 'violenceSexualAbuse',
] as const;

export const TITLE_PREFIX = t('Veiligheidsplan van de familie', 'Safety plan of the family');

/**
 * The form with the organisation's own words filled in (the authority's regional name). `TEMPLATE` is the form with
 * the defaults; a host that knows the organisation's settings builds its own and passes it on.
 */
export function buildTemplate(settings: OrganisationSettings = DEFAULT_ORGANISATION): ReadonlyArray<Section> {
  const authority = settings.authorityName;
  return [
  {
    id: 'title', number: null, part: 'title',
    heading: t('Veiligheidsplan', 'Safety plan'),
    intro: t('De naam van het plan en de fase waarin het gezin zit.', 'The name of the plan and the phase the family is in.'),
    fields: [
      text('familyName', t('Familienaam', 'Family name'),
        t('De achternaam of achternamen van het gezin. Gaat het om twee families, zet dan een streepje tussen de namen, zoals "Jansen-Bakker".',
          'The surname(s) of the family. For two families, join the names with a hyphen, such as "Jansen-Bakker".')),
      // The phase names the step the plan is in, never a verdict on the family ("Stabiele veiligheid" alone reads as "it is safe").
      { id: 'phase', kind: 'select', repeats: false,
        label: t('Fase van het plan', 'Phase of the plan'),
        help: t('Eerst herstelt het plan de veiligheid van nu (fase 1); daarna werkt het aan veiligheid die blijft (fase 2). De fase volgt de beslissing en de afspraken: bij acute onveiligheid is het fase 1, en elke fase heeft afspraken die erbij horen.',
          'First the plan restores safety now (phase 1); then it works towards safety that lasts (phase 2). The phase follows the decision and the agreements: with acute unsafety it is phase 1, and each phase has agreements that serve it.'),
        options: [
          { value: 'acute', label: t('Fase 1: acute veiligheid herstellen', 'Phase 1: restoring acute safety'), aliases: ['Acute veiligheid', 'Acute safety'] },
          { value: 'stable', label: t('Fase 2: werken aan stabiele veiligheid', 'Phase 2: working towards stable safety'), aliases: ['Stabiele veiligheid', 'Stable safety'] },
        ] },
      { id: 'variant', kind: 'select', repeats: false,
        label: t('Soort plan', 'Kind of plan'),
        help: t('De crisisvariant: bij de aanmelding worden bodemeisen afgesproken, een neutrale procesbegeleider leidt een netwerkconferentie van twee of drie sessies binnen vier tot zes weken, en draagt na de evaluatie over.',
          'The crisis variant: bottom lines are agreed at the referral, a neutral process facilitator leads a network conference of two or three sessions within four to six weeks, and hands over after the evaluation.'),
        options: [{ value: 'standard', label: t('Gewoon veiligheidsplan', 'Regular safety plan') }, { value: 'crisis', label: t('Crisisvariant', 'Crisis variant') }] },
    ],
  },
  {
    id: 'referral', number: null, part: 'plan',
    heading: t('Aanmelding', 'Referral'),
    intro: t('Wie het gezin heeft aangemeld en wanneer. Bij de crisisvariant ook de bodemeisen die bij de aanmelding met de aanmelder zijn afgesproken, en wie het proces neutraal begeleidt.',
      'Who referred the family, and when. For the crisis variant also the bottom lines agreed with the referrer at the referral, and who leads the process neutrally.'),
    fields: [
      date('referralDate', t('Datum aanmelding', 'Date of referral'), t('De dag waarop het gezin is aangemeld. Bij de crisisvariant tellen de weken voor de netwerkconferentie vanaf deze dag.', 'The day the family was referred. For the crisis variant the weeks for the network conference count from this day.')),
      text('referrer', t('Aanmelder', 'Referrer'), t(`Wie het gezin aanmeldde, zoals ${authority} of het wijkteam.`, `Who referred the family, such as ${authority} or the neighbourhood team.`)),
      group('bottomLines', t('Bodemeisen', 'Bottom lines'), t('Bodemeis', 'Bottom line'),
        t('Bij de crisisvariant: de eisen aan de veiligheid die bij de aanmelding met de aanmelder zijn afgesproken, en het punt waarop er actie nodig is als afspraken niet worden nagekomen.',
          'For the crisis variant: the safety requirements agreed with the referrer at the referral, and the point at which action is needed if agreements are not kept.'),
        [
          area('requirement', t('Eis', 'Requirement'), t('Waar het plan in elk geval aan moet voldoen.', 'What the plan must meet in any case.')),
          area('actionWhen', t('Actie nodig als', 'Action needed when'), t('Wanneer er ingegrepen wordt als afspraken niet worden nagekomen, en door wie.', 'When there is intervention if agreements are not kept, and by whom.')),
        ]),
      person('facilitatorId', t('Procesbegeleider', 'Process facilitator'),
        t('Een professional die het proces neutraal begeleidt en niet de eigen hulpverlener van het gezin is: geen afspraken, geen casusregie.',
          "A professional who leads the process neutrally and is not the family's own helper: no agreements, no case direction."), 'professionals'),
    ],
  },
  {
    id: 'people', number: 1, part: 'plan',
    heading: t('1. Wie maken dit plan?', '1. Who makes this plan?'),
    intro: t('Iedereen die aan tafel zit of bij het gezin betrokken is: het gezin zelf, hun eigen netwerk en de professionals.',
      'Everyone at the table or involved with the family: the family itself, its own network and the professionals.'),
    fields: [
      group('directPersons', t('Directbetrokkenen', 'Directly involved'), t('Gezinslid', 'Family member'),
        t('De gezinsleden om wie het plan draait. Zet ook wie er niet bij is, maar het plan wel moet kennen. Een genogram kan als bijlage mee.',
          'The family members the plan is about. Also list those who are not here but need to know the plan. A genogram can be attached.'),
        [
          text('name', t('Naam', 'Name'), t('Voor- en achternaam.', 'First and last name.')),
          text('contact', t('Contactgegevens', 'Contact details'), t('Telefoon, e-mail of adres waarop deze persoon bereikbaar is.', 'Phone, e-mail or address to reach this person.')),
          date('birthDate', t('Geboortedatum', 'Date of birth'), t('Uit de geboortedatum volgt wie toestemming geeft voor een kopie: onder de 12 een ouder of voogd, van 12 tot en met 15 het kind en een ouder of voogd samen, vanaf 16 het kind zelf.',
            'The date of birth decides who consents to a copy: under 12 a parent or guardian, from 12 to 15 the young person together with a parent or guardian, from 16 the young person.')),
          text('birthDateUnread', t('Eerder ingevuld (geen datum)', 'Entered before (not a date)'), t('Wat hier vroeger stond en niet als datum te lezen was, zoals een leeftijd. Vul de geboortedatum in; deze tekst mag daarna leeg.',
            'What was entered here before and could not be read as a date, such as an age. Fill in the date of birth; this text may then be emptied.')),
          yesNo('isChild', t('Kind', 'Child'), t('Aanvinken voor een kind in het gezin; dan vraagt het plan om een veiligheidspersoon en een signaal.', 'Tick for a child of the family; the plan then asks for a safety person and a signal.')),
          yesNo('present', t('Aanwezig', 'Present'), t('Heeft deze persoon meegedaan aan een netwerkberaad waarin het plan is gemaakt?', 'Did this person take part in a network meeting in which the plan was made?')),
          area('noInformingReason', t('Reden om niet apart te informeren', 'Reason not to inform separately'), t('Alleen voor wie aanwezig was: een kind dat erbij was, hoort daarna toch in eigen taal wat er is afgesproken (onderdeel 7). Schrijf hier waarom dat niet nodig is, als dat zo is.',
            'Only for those who were present: a child who was there is still told afterwards, in their own words, what was agreed (section 7). Write here why that is not needed, if so.')),
        ]),
      area('genogramNote', t('Genogram', 'Genogram'), t('Een korte verwijzing naar het genogram als dat als bijlage is toegevoegd.', 'A short reference to the genogram if it is attached.')),
      area('noInformalNetworkReason', t('Waarom geen sociaal netwerk?', 'Why no informal network?'), t('Alleen als niemand uit de eigen kring meedoet: waarom niet, en wat er is geprobeerd. Het plan is van het gezin en zijn netwerk.',
        "Only when nobody from the family's own circle takes part: why not, and what was tried. The plan belongs to the family and its network.")),
      group('socialNetwork', t('Sociaal netwerk', 'Informal network'), t('Netwerklid', 'Network member'),
        t('Familie, vrienden, buren en anderen uit de eigen kring die willen helpen. Wie meedoet, wil dat het goed gaat met de kinderen, wil meedenken en heeft toestemming van het gezin.',
          'Family, friends, neighbours and others from the family\'s own circle who want to help. Those who take part want the children to do well, are willing to think along, and have the family\'s consent.'),
        [
          text('name', t('Naam', 'Name'), t('Voor- en achternaam.', 'First and last name.')),
          text('relation', t('Relatie', 'Relation'), t('Hoe deze persoon bij het gezin hoort, zoals oma, buurvrouw of trainer.', 'How this person relates to the family, such as grandmother, neighbour or coach.')),
          text('phone', t('Telefoon', 'Phone'), t('Het nummer waarop deze persoon snel bereikbaar is.', 'The number where this person can be reached quickly.')),
          text('address', t('Adres', 'Address'), t('Woonadres, als dat voor de afspraken nodig is.', 'Home address, if the agreements need it.')),
          yesNo('participates', t('Doet mee aan het plan', 'Takes part in the plan'), t('Uitgevinkt: iemand die bereid is of zou kunnen zijn om later te helpen.', 'Unticked: someone who is or might be willing to help later.')),
          yesNo('wantsChildrenWell', t('Wil dat het goed gaat met de kinderen', 'Wants the children to do well'), t('Eerste voorwaarde om mee te doen.', 'First condition for taking part.')),
          yesNo('willingToThinkAlong', t('Wil meedenken over het plan', 'Willing to think along'), t('Tweede voorwaarde. Meedenken betekent niet vanzelf ook een taak in het plan.', 'Second condition. Thinking along does not by itself mean a task in the plan.')),
          yesNo('consentOfDirect', t('Toestemming van directbetrokkenen', 'Consent of the directly involved'), t('Derde voorwaarde: het gezin stemt in met de deelname van deze persoon.', 'Third condition: the family agrees to this person taking part.')),
        ]),
      group('professionals', t('Professioneel netwerk', 'Professional network'), t('Professional', 'Professional'),
        t('Professionals die aan tafel zitten, en ook wie niet aanwezig is maar wel met een gezinslid werkt, zoals de leerkracht of de huisarts.',
          'Professionals at the table, and those absent who still work with a family member, such as the teacher or the GP.'),
        [
          text('name', t('Naam', 'Name'), t('Voor- en achternaam.', 'First and last name.')),
          text('phone', t('Telefoon', 'Phone'), t('Werknummer.', 'Work number.')),
          text('email', t('E-mail', 'E-mail'), t('Werkadres; nodig om uit te nodigen voor overleggen.', 'Work address; needed to invite them to meetings.')),
          text('organisation', t('Organisatie', 'Organisation'), t('Bijvoorbeeld Veilig Thuis, wijkteam of school.', 'For example Veilig Thuis, the neighbourhood team or the school.')),
          text('role', t('Functie', 'Role'), t('Wat deze professional doet voor het gezin.', 'What this professional does for the family.')),
          text('workingDays', t('Werkdagen', 'Working days'), t('Op welke dagen deze persoon bereikbaar is.', 'On which days this person can be reached.')),
          yesNo('present', t('Aanwezig', 'Present'), t('Uitgevinkt: alleen betrokken, niet aan tafel.', 'Unticked: involved only, not at the table.')),
        ]),
    ],
  },
  {
    id: 'period', number: 2, part: 'plan',
    heading: t('2. Wanneer is dit plan gemaakt? Voor welke periode?', '2. When was this plan made? For which period?'),
    intro: t('Een veiligheidsplan is tijdelijk: het heeft altijd een einddatum of een evaluatie die over verlengen beslist.',
      'A safety plan is temporary: it always has an end date, or an evaluation that decides on extending it.'),
    fields: [
      date('madeOn', t('Datum', 'Date'), t('De dag waarop het plan samen is opgesteld.', 'The day the plan was drawn up together.')),
      date('validFrom', t('Geldig van', 'Valid from'), t('Meestal de dag van opstellen; anders de dag waarop het plan uiterlijk ingaat.', 'Usually the day it was made; otherwise the latest day it takes effect.')),
      date('validUntil', t('Geldig tot', 'Valid until'), t('Tot wanneer de afspraken gelden. Bij de evaluatie kan een nieuwe periode worden afgesproken.', 'Until when the agreements hold. The evaluation can agree a new period.')),
    ],
  },
  {
    id: 'analysis', number: null, part: 'analysis',
    heading: t('Zorgen, gevaar en krachten', 'Concerns, danger and strengths'),
    intro: t('De gezamenlijke analyse waarop de doelen en afspraken rusten: wat er gebeurd is, waar iedereen bang voor is, en wat al goed gaat.',
      'The shared analysis that goals and agreements rest on: what happened, what everyone fears, and what already goes well.'),
    fields: [
      analysisList('concernFacts', t('Zorgen: wat is er gebeurd?', 'Concerns: what happened?'), t('Feit', 'Fact'),
        t('Beschrijf feitelijk wat er is voorgevallen, zonder oordeel: wie, wat, wanneer.', 'Describe plainly what happened, without judgement: who, what, when.')),
      textList('complicatingFactors', t('Complicerende factoren', 'Complicating factors'), t('Factor', 'Factor'),
        t('Wat het moeilijker maakt, zoals geldzorgen, stress, verslaving of weinig steun.', 'What makes it harder, such as money worries, stress, addiction or little support.')),
      analysisList('dangerStatements', t('Gevaarsuitspraken', 'Danger statements'), t('Gevaarsuitspraak', 'Danger statement'),
        t('Wat iedereen vreest dat er met de kinderen gebeurt als er niets verandert.', 'What everyone fears will happen to the children if nothing changes.')),
      analysisList('strengths', t('Krachten en steunbronnen', 'Strengths and sources of support'), t('Kracht', 'Strength'),
        t('Wat goed gaat in het gezin, en wie belangrijk is.', 'What goes well in the family, and who matters.')),
      textList('exceptions', t('Uitzonderingen', 'Exceptions'), t('Uitzondering', 'Exception'),
        t('Momenten waarop het moeilijk was maar toch goed ging. Wat was er toen anders? Hierop bouwen de afspraken.', 'Times it was hard but went well anyway. What was different? The agreements build on these.')),
      textList('protectiveActions', t('Acties ter bescherming', 'Protective actions'), t('Actie', 'Action'),
        t('Wat eerder is gedaan om onveilige situaties te voorkomen of te stoppen.', 'What was done before to prevent or stop unsafe situations.')),
      group('threeHouses', t('De Drie Huizen van de kinderen', 'The Three Houses of the children'), t('Drie Huizen', 'Three Houses'),
        t('Per kind, in de eigen woorden van het kind: het huis van de zorgen, het huis van de goede dingen en het huis van de dromen. Neem wat het kind zegt mee in de zorgen en krachten.',
          "Per child, in the child's own words: the house of worries, the house of good things and the house of dreams. Take what the child says into the concerns and strengths."),
        [
          person('childId', t('Kind', 'Child'), t('Welk kind aan het woord is.', 'Which child is speaking.'), 'children'),
          area('worries', t('Huis van de zorgen', 'House of worries'), t('Waar het kind zich zorgen over maakt, zoals het kind het zegt.', 'What the child worries about, as the child says it.')),
          area('goodThings', t('Huis van de goede dingen', 'House of good things'), t('Wat goed gaat volgens het kind.', 'What goes well according to the child.')),
          area('dreams', t('Huis van de dromen', 'House of dreams'), t('Hoe het kind wil dat het thuis wordt.', 'How the child wishes home to be.')),
        ]),
    ],
  },
  {
    id: 'violence', number: null, part: 'analysis',
    heading: t('Alle vormen van geweld, en eerder geweld', 'All forms of violence, and earlier violence'),
    intro: t('Vraag steeds naar elke vorm van geweld, zonder oordeel: vaak speelt er meer dan eerst lijkt. Schrijf per vorm op wat er besproken is, ook als het niet speelt. Eerder geweld zegt het meest over wat er kan gebeuren.',
      'Always ask about every form of violence, without judgement: often more is going on than first appears. Write down per form what was discussed, also when it is not at issue. Earlier violence says most about what may happen.'),
    fields: [
      area('violencePhysicalAbuse', t('Lichamelijke mishandeling', 'Physical abuse'), t('Slaan, schoppen, knijpen of ander lichamelijk geweld tegen een kind of tussen volwassenen.', 'Hitting, kicking, pinching or other physical violence against a child or between adults.')),
      area('violencePsychologicalAbuse', t('Psychische mishandeling', 'Psychological abuse'), t('Kleineren, bedreigen, angst aanjagen, of een kind getuige laten zijn van geweld.', 'Belittling, threatening, frightening, or a child witnessing violence.')),
      area('violencePhysicalNeglect', t('Lichamelijke verwaarlozing', 'Physical neglect'), t('Te weinig eten, verzorging, toezicht of medische zorg.', 'Too little food, care, supervision or medical care.')),
      area('violencePsychologicalNeglect', t('Psychische verwaarlozing', 'Psychological neglect'), t('Te weinig aandacht, warmte of steun voor het kind.', 'Too little attention, warmth or support for the child.')),
      area('violenceSexualAbuse', t('Seksueel misbruik', 'Sexual abuse'), t('Elke seksuele handeling met of tegenover een kind.', 'Any sexual act with or in front of a child.')),
      area('earlierViolence', t('Eerder geweld', 'Earlier violence'), t('Wanneer was het eerder onveilig, en wat gebeurde er toen?', 'When was it unsafe before, and what happened then?')),
      area('earlierDecisions', t('Wat is er toen besloten, en wat deed dat?', 'What was decided then, and what did it do?'), t('De beslissingen van toen en hun effect: wat hielp en wat niet.', 'The decisions made then and their effect: what helped and what did not.')),
    ],
  },
  {
    id: 'decision', number: null, part: 'analysis',
    heading: t('Beslissing en casusregie', 'Decision and case direction'),
    intro: t(`Beslis samen na de analyse: is er acute onveiligheid, structurele onveiligheid, of een risico daarop in de toekomst? Bij acute of structurele onveiligheid overleg je altijd met ${authority}. Werken er meer professionals met het gezin, spreek dan af wie de regie op de veiligheid heeft.`,
      `Decide together after the analysis: is there acute unsafety, structural unsafety, or a risk of it in the future? For acute or structural unsafety you always consult ${authority}. If more professionals work with the family, agree who holds the direction on safety.`),
    fields: [
      { id: 'safetyDecision', kind: 'select', repeats: false,
        label: t('Beslissing', 'Decision'),
        help: t('Het gezamenlijke oordeel over de veiligheid nu.', 'The joint judgement of safety now.'),
        options: [
          { value: 'acute', label: t('Acute onveiligheid', 'Acute unsafety') },
          { value: 'structural', label: t('Structurele onveiligheid', 'Structural unsafety') },
          { value: 'futureRisk', label: t('Risico in de toekomst', 'Future risk') },
        ] },
      yesNo('authorityConsulted', t(`${authority} is geraadpleegd`, `${authority} was consulted`), t(`Nodig bij acute of structurele onveiligheid. Raadplegen is overleggen over wat er nodig is; een melding doen is een andere stap van de Meldcode en staat hier niet voor.`,
        'Needed for acute or structural unsafety. Consulting means talking over what is needed; making a report is another step of the Meldcode and is not what this records.')),
      date('authorityConsultedOn', t(`Datum overleg met ${authority}`, `Date ${authority} was consulted`), t('Wanneer het overleg was.', 'When the consultation took place.')),
      person('caseDirectorId', t('Casusregie op de veiligheid', 'Case direction on safety'), t('De professional die let op de veiligheid in het gezin en de hulp op elkaar afstemt.', 'The professional who watches safety in the family and aligns the help.'), 'professionals'),
      area('professionalAgreements', t('Afspraken tussen de professionals', 'Agreements between the professionals'), t('Wie waarvoor verantwoordelijk is, en hoe de professionals elkaar op de hoogte houden.', 'Who is responsible for what, and how the professionals keep each other informed.')),
    ],
  },
  {
    id: 'goals', number: 3, part: 'plan',
    heading: t('3. Wat zijn de doelen (incl. voorwaarden) van dit plan?', '3. What are the goals (incl. conditions) of this plan?'),
    intro: t(`De veiligheidsvoorwaarden van ${authority} liggen vast; het gezin kan er eigen doelen naast zetten. Het mooist is één gezamenlijke set doelen waarin voorwaarden en gezinsdoelen samenvallen. Houd het klein: hooguit vijf, liefst twee of drie.`,
      `The safety conditions from ${authority} are fixed; the family can add goals of its own. Best is one shared set of goals in which conditions and family goals coincide. Keep it small: five at most, two or three is better.`),
    fields: [
      group('goals', t('Doelen', 'Goals'), t('Doel', 'Goal'),
        t('Elk doel is een voorwaarde (met de bron), een doel dat het gezin zelf stelt, of een gezamenlijk doel waarin die twee samenvallen. Een voorwaarde wijzigen of weghalen kan alleen met een reden.',
          'Each goal is a condition (with its source), a goal the family sets itself, or a joint goal in which the two coincide. A condition is changed or removed only with a reason.'),
        [
          area('text', t('Doel', 'Goal'), t('Wat moet er bereikt zijn, in woorden die het gezin begrijpt.', 'What must be achieved, in words the family understands.')),
          { id: 'kind', kind: 'select', repeats: false, label: t('Soort doel', 'Kind of goal'),
            help: t(`Een veiligheidsvoorwaarde stelt ${authority}; die is niet onderhandelbaar. Een gezinsdoel kiest het gezin zelf. Een gezamenlijk doel is een voorwaarde waar het gezin achter staat en die het als eigen doel neemt.`,
              `A safety condition is set by ${authority}; it is not negotiable. A family goal is chosen by the family. A joint goal is a condition the family supports and takes on as its own goal.`),
            options: [
              { value: 'condition', label: t('Veiligheidsvoorwaarde', 'Safety condition') },
              { value: 'family', label: t('Gezinsdoel', 'Family goal') },
              { value: 'joint', label: t('Gezamenlijk doel (voorwaarde en gezinsdoel)', 'Joint goal (condition and family goal)') },
            ] },
          text('source', t('Bron', 'Source'), t(`Voor een voorwaarde of gezamenlijk doel: het rapport waar de voorwaarde uit komt, zoals "Rapport ${authority}, 3 maart".`, `For a condition or joint goal: the report the condition comes from, such as "${authority} report, 3 March".`)),
        ]),
      group('removedConditions', t('Gewijzigde en verwijderde voorwaarden en bodemeisen', 'Changed and removed conditions and bottom lines'), t('Wijziging', 'Change'),
        t('Voorwaarden en bodemeisen veranderen of verdwijnen niet zomaar. Deze lijst groeit alleen: elke wijziging blijft staan, met de reden, de professional en de datum.',
          'Conditions and bottom lines do not change or disappear unnoticed. This list only grows: every change stays, with its reason, the professional and the date.'),
        [
          { id: 'subject', kind: 'select', repeats: false, label: t('Waarover', 'About'),
            help: t('Een veiligheidsvoorwaarde van onderdeel 3, of een bodemeis van de aanmelding.', 'A safety condition of section 3, or a bottom line of the referral.'),
            options: [{ value: 'condition', label: t('Veiligheidsvoorwaarde', 'Safety condition') }, { value: 'bottomLine', label: t('Bodemeis', 'Bottom line') }] },
          { id: 'change', kind: 'select', repeats: false, label: t('Wat is er gebeurd', 'What happened'),
            help: t('Weggehaald, of de soort of de tekst is veranderd.', 'Removed, or its kind or text was changed.'),
            options: [{ value: 'removed', label: t('Verwijderd', 'Removed') }, { value: 'changed', label: t('Gewijzigd', 'Changed') }] },
          area('text', t('Zoals het was', 'As it was'), t('De tekst van de voorwaarde of bodemeis zoals die was.', 'The text of the condition or bottom line as it was.')),
          text('source', t('Bron', 'Source'), t('Waar de voorwaarde vandaan kwam.', 'Where the condition came from.')),
          { id: 'newKind', kind: 'select', repeats: false, label: t('Nieuwe soort', 'New kind'),
            help: t('Bij een wijziging: wat voor doel het nu is.', 'For a change: what kind of goal it is now.'),
            options: [
              { value: 'condition', label: t('Veiligheidsvoorwaarde', 'Safety condition') },
              { value: 'family', label: t('Gezinsdoel', 'Family goal') },
              { value: 'joint', label: t('Gezamenlijk doel (voorwaarde en gezinsdoel)', 'Joint goal (condition and family goal)') },
            ] },
          area('newText', t('Nieuwe tekst', 'New text'), t('Bij een wijziging: de tekst zoals die nu luidt.', 'For a change: the text as it reads now.')),
          area('actionWhen', t('Actie nodig als (was)', 'Action needed when (was)'), t('Bij een bodemeis: het punt van ingrijpen zoals het was.', 'For a bottom line: the point of action as it was.')),
          area('newActionWhen', t('Actie nodig als (nu)', 'Action needed when (now)'), t('Bij een gewijzigde bodemeis: het punt van ingrijpen zoals het nu luidt.', 'For a changed bottom line: the point of action as it reads now.')),
          area('reason', t('Reden', 'Reason'), t(`Waarom, en in overleg met wie (bijvoorbeeld ${authority}), er iets is gewijzigd of vervallen. Een paar woorden als "ok" zijn geen reden.`, `Why, and agreed with whom (for example ${authority}), something was changed or dropped. A word like "ok" is not a reason.`)),
          person('professionalId', t('Vastgelegd door', 'Recorded by'), t('De professional die de wijziging heeft vastgelegd en ervoor instaat.', 'The professional who recorded the change and answers for it.'), 'professionals'),
          date('date', t('Datum', 'Date'), t('De dag van de wijziging.', 'The day of the change.')),
        ]),
    ],
  },
  {
    id: 'agreements', number: 4, part: 'plan',
    heading: t('4. Welke afspraken worden er per doel gemaakt?', '4. Which agreements are made per goal?'),
    intro: t('Per doel: wie doet wat, wanneer en hoe lang. Hoe concreter, hoe makkelijker het later te evalueren is.',
      'Per goal: who does what, when and for how long. The more concrete, the easier to evaluate later.'),
    fields: [
      group('agreements', t('Afspraken', 'Agreements'), t('Afspraak', 'Agreement'),
        t('Denk aan steun of toezicht uit het netwerk, professionele hulp, hulpmiddelen zoals een time-out, of opvang van de kinderen op lastige momenten.',
          'Think of support or oversight from the network, professional help, tools such as a time-out, or looking after the children at hard moments.'),
        [
          { id: 'goalId', kind: 'goalRef', repeats: false, label: t('Bij doel', 'For goal'), help: t('Het doel waar deze afspraak aan bijdraagt.', 'The goal this agreement serves.') },
          persons('who', t('Wie', 'Who'), t('Wie voert de afspraak uit? Kies uit de mensen van onderdeel 1.', 'Who carries it out? Choose from the people in section 1.'), 'carriesPlan'),
          area('what', t('Wat', 'What'), t('Wat er precies gebeurt.', 'What exactly happens.')),
          text('when', t('Wanneer / hoe lang', 'When / how long'), t('Een moment, een frequentie of een termijn, zoals "elke vrijdag tot de zomer".', 'A moment, a frequency or a term, such as "every Friday until summer".')),
          { id: 'safety', kind: 'select', repeats: false, label: t('Acute of stabiele veiligheid', 'Acute or stable safety'),
            help: t('Acuut: wat nu meteen nodig is om onveiligheid te stoppen. Stabiel: wat ervoor zorgt dat het op langere termijn veilig blijft.',
              'Acute: what is needed right now to stop the danger. Stable: what keeps things safe in the longer run.'),
            options: [{ value: 'acute', label: t('Acute veiligheid', 'Acute safety') }, { value: 'stable', label: t('Stabiele veiligheid', 'Stable safety') }] },
        ]),
      group('safetyPersons', t('Veiligheidspersoon', 'Safety person'), t('Veiligheidspersoon', 'Safety person'),
        t('Voor elk kind minstens één persoon naast de ouders, uit het eigen netwerk of een professional, bij wie het kind terecht kan als het zich onveilig voelt. Vink aan wat al klopt.',
          'For each child at least one person besides the parents, from the family\'s network or a professional, whom the child can turn to when feeling unsafe. Tick what already holds.'),
        [
          person('personId', t('Wie', 'Who'), t('Iemand uit het sociaal of professioneel netwerk die meedoet met toestemming van het gezin; een ouder of kind telt hier niet.', 'Someone from the informal or professional network who takes part with the family\'s consent; a parent or child does not count here.'), 'safetyPerson'),
          persons('childIds', t('Voor welke kinderen', 'For which children'), t('De kinderen die bij deze persoon terechtkunnen.', 'The children who can turn to this person.'), 'children'),
          yesNo('wellInformed', t('Kent de situatie en het plan', 'Knows the situation and the plan'), t('Weet wat er speelt en wat er is afgesproken.', 'Knows what is going on and what was agreed.')),
          yesNo('easyToReach', t('Makkelijk bereikbaar voor het kind', 'Easy for the child to reach'), t('Het kind weet hoe het deze persoon snel kan bereiken, ook met vragen.', 'The child knows how to reach this person quickly, also with questions.')),
          yesNo('regularContact', t('Heeft geregeld contact met het kind', 'In regular contact with the child'), t('Spreekt of ziet het kind met vaste tussenpozen en vraagt hoe het gaat.', 'Talks to or sees the child at set intervals and asks how it is going.')),
          yesNo('willingToAct', t('Komt in actie bij zorgen', 'Acts when there are worries'), t(`Doet bij ernstige zorgen wat het plan vraagt, zoals de ouders en ${authority} inlichten.`, `Does what the plan asks when there are serious worries, such as telling the parents and ${authority}.`)),
        ]),
    ],
  },
  {
    id: 'circumstances', number: 5, part: 'plan',
    heading: t('5. Wat zijn (voorziene) omstandigheden waar rekening mee gehouden moet worden? Welke afspraken worden daarover gemaakt?',
      '5. Which (foreseen) circumstances must be taken into account? Which agreements are made about them?'),
    intro: t('Gebeurtenissen die eraan komen en de veiligheid kunnen raken, zoals een vakantie, een verhuizing, een nieuwe school of een nieuwe partner.',
      'Coming events that may affect safety, such as a holiday, a move, a new school or a new partner.'),
    fields: [
      group('circumstances', t('Omstandigheden', 'Circumstances'), t('Omstandigheid', 'Circumstance'),
        t('Bedenk nu al wat zo\'n gebeurtenis doet, en wat dan de afspraak is.', 'Think now about what such an event does, and what the agreement is then.'),
        [
          area('description', t('Omstandigheid', 'Circumstance'), t('Wat er gaat gebeuren en wanneer.', 'What will happen and when.')),
          area('agreement', t('Afspraak', 'Agreement'), t('Wat er dan anders gaat of extra gebeurt.', 'What changes or is added then.')),
        ]),
    ],
  },
  {
    id: 'monitoring', number: 6, part: 'plan',
    heading: t('6. Wie checkt of de afspraken worden nagekomen en wie doet wat bij problemen? Wie wordt er dan geïnformeerd?',
      '6. Who checks that the agreements are kept, and who does what when problems arise? Who is informed then?'),
    intro: t(`Veranderen gaat met vallen en opstaan. Spreek af wie meekijkt, wat er gebeurt bij een kleine en bij een grote terugval, en wanneer ${authority} het hoort. Ieder blijft verantwoordelijk voor de eigen afspraken.`,
      `Change comes with setbacks. Agree who keeps an eye on things, what happens after a small and a large relapse, and when ${authority} is told. Everyone stays responsible for their own agreements.`),
    fields: [
      group('monitoring', t('Wie checkt wat', 'Who checks what'), t('Controle', 'Check'),
        t('Per persoon: op welke afspraak of welk deel daarvan deze persoon let.', 'Per person: which agreement, or part of it, they keep an eye on.'),
        [
          persons('who', t('Wie', 'Who'), t('Wie houdt dit in de gaten.', 'Who keeps an eye on this.'), 'carriesPlan'),
          area('watches', t('Let op', 'Watches'), t('Waar deze persoon op let.', 'What this person watches.')),
        ]),
      area('smallRelapse', t('Bij een kleine terugval', 'After a small relapse'), t('Wie doet wat als een afspraak een keer niet lukt.', 'Who does what when an agreement fails once.')),
      area('largeRelapse', t('Bij een grote terugval', 'After a large relapse'), t('Wie doet wat bij nieuwe onveiligheid of als het plan niet werkt.', 'Who does what on new danger, or when the plan does not work.')),
      area('informAuthorityWhen', t(`Wanneer wordt ${authority} geïnformeerd?`, `When is ${authority} informed?`), t('De situaties waarin zij het direct horen, en door wie.', 'The situations in which they hear at once, and from whom.')),
      persons('largeRelapseInformIds', t('Wie hoort het bij een grote terugval?', 'Who is told after a large relapse?'), t('Bij een grote terugval krijgt altijd iemand het te horen, zoals de veiligheidsregisseur of de casusregisseur.', 'After a large relapse someone is always told, such as the safety director or the case director.'), 'carriesPlan'),
      person('safetyDirectorId', t('Veiligheidsregisseur', 'Safety director'), t('Optioneel: de persoon die bij bijzonderheden wordt gebeld en iedereen zo nodig weer bij elkaar roept.', 'Optional: the person called when something happens, who brings everyone together again if needed.'), 'carriesPlan'),
    ],
  },
  {
    id: 'informing', number: 7, part: 'plan',
    heading: t('7. Hoe en door wie worden belangrijke personen die direct betrokken maar niet aanwezig zijn (kinderen, oudere, afwezige volwassene) geïnformeerd over dit plan?',
      '7. How and by whom are important people who are directly involved but absent (children, elderly people, absent adults) informed of this plan?'),
    intro: t('Iedereen om wie het gaat moet weten wat er is afgesproken, in taal die past bij de persoon; voor kinderen bijvoorbeeld met Woorden en Plaatjes.',
      'Everyone concerned must know what was agreed, in language that suits them; for children, for example with Words and Pictures.'),
    fields: [
      group('informing', t('Informeren', 'Informing'), t('Wie informeren', 'Whom to inform'),
        t('Elke directbetrokkene die er niet bij was, kinderen ook: wie vertelt het, wanneer en hoe.', 'Every directly involved person who was absent, children too: who tells them, when and how.'),
        [
          person('personId', t('Wie wordt geïnformeerd', 'Who is informed'), t('Een directbetrokkene die er niet bij was.', 'A directly involved person who was absent.'), 'direct'),
          persons('byWhom', t('Door wie', 'By whom'), t('Wie het gesprek voert.', 'Who has the conversation.')),
          text('when', t('Wanneer', 'When'), t('Wanneer het gesprek plaatsvindt.', 'When the conversation takes place.')),
          area('how', t('Hoe', 'How'), t('Op welke manier, zoals een tekening, een verhaal of een gesprek samen met de ouders.', 'In what way, such as drawings, a story or a talk together with the parents.')),
        ]),
    ],
  },
  {
    id: 'home', number: 8, part: 'plan',
    heading: t('8. Waar ligt het veiligheidsplan in huis? Wie krijgen een kopie? Wie verstuurt die?',
      '8. Where is the safety plan kept at home? Who gets a copy? Who sends it?'),
    intro: t('Het plan moet in huis snel te vinden zijn. Kopieën gaan alleen naar wie het gezin toestemming voor geeft, en ieder krijgt wat past bij zijn rol.',
      'The plan must be easy to find at home. Copies go only to those the family consents to, and each gets what their role needs.'),
    fields: [
      area('homeLocation', t('Waar ligt het plan in huis?', 'Where is the plan kept at home?'), t('Een vaste plek die iedereen in huis kent en kan bereiken.', 'A fixed place everyone at home knows and can reach.')),
      area('childSignal', t('Signaal of voorwerp van het kind', "The child's signal or object"), t('Hoe een kind laat zien dat het zich onveilig voelt, bijvoorbeeld een knuffel die het omdraait of een pictogram.', 'How a child shows it feels unsafe, for example a cuddly toy it turns around, or a pictogram.')),
      area('childSignalResponse', t('Wat gebeurt er dan?', 'What happens then?'), t('Wie het signaal ziet en wat die persoon dan doet.', 'Who sees the signal and what they do then.')),
      group('copyRecipients', t('Wie krijgen een kopie?', 'Who gets a copy?'), t('Ontvanger', 'Recipient'),
        t('Alleen met vastgelegde toestemming van de directbetrokkenen.', 'Only with the recorded consent of the directly involved.'),
        [
          text('name', t('Naam', 'Name'), t('Wie de kopie krijgt.', 'Who receives the copy.')),
          text('email', t('E-mail', 'E-mail'), t('Nodig om het plan digitaal te delen. De toestemming geldt voor dit adres: wie het adres verandert, legt de toestemming opnieuw vast.', 'Needed to share the plan digitally. Consent covers this address: changing it means recording consent again.')),
          { id: 'receives', kind: 'copyChoice', repeats: false, label: t('Wat krijgt deze persoon?', 'What does this person get?'),
            help: t('Wat deze persoon voor zijn rol nodig heeft: het hele plan, het eigen overzicht van een persoon, het kinderboek van een kind, of alleen enkele onderdelen.',
              'What this person needs for their role: the whole plan, the own overview of one person, the children\'s book of one child, or some sections only.') },
          text('receivesNote', t('Toelichting', 'Note'), t('Een korte toelichting op de kopie, als dat nodig is.', 'A short note on the copy, if needed.')),
          yesNo('consentGiven', t('Toestemming gegeven', 'Consent given'), t('De directbetrokkenen stemmen in met deze kopie.', 'The directly involved agree to this copy.')),
          date('consentDate', t('Datum toestemming', 'Date of consent'), t('Wanneer de toestemming is gegeven.', 'When consent was given.')),
          person('consentById', t('Toestemming gegeven door', 'Consent given by'), t('De directbetrokkene die toestemming gaf.', 'The directly involved person who gave consent.'), 'direct'),
          persons('consentAlsoByIds', t('Ook toestemming van', 'Consent also from'), t('Wie verder toestemming gaf. Voor een kind van 12 tot en met 15 geven het kind en een ouder of voogd allebei toestemming; onder de 12 een ouder of voogd; vanaf 16 het kind zelf.',
            'Who else consented. For a child aged 12 to 15 both the child and a parent or guardian consent; under 12 a parent or guardian; from 16 the young person.'), 'direct'),
        ]),
      person('copiesSentById', t('Wie verstuurt die?', 'Who sends them?'), t('De persoon die de kopieën verstuurt; nodig zodra er ontvangers zijn.', 'The person who sends the copies; needed as soon as there are recipients.')),
    ],
  },
  {
    id: 'evaluation', number: 9, part: 'plan',
    heading: t('9. Wanneer wordt het plan geëvalueerd en wie neemt daartoe het initiatief?', '9. When is the plan evaluated, and who takes the initiative?'),
    intro: t('Leg de evaluatie vast terwijl iedereen nog bij elkaar zit: dat maakt het plan minder vrijblijvend. Bij de evaluatie helpen schaalvragen.',
      'Fix the evaluation while everyone is still together: it makes the plan less noncommittal. Scaling questions help at the evaluation.'),
    fields: [
      date('evaluationDate', t('Datum', 'Date'), t('Een datum later dan de dag waarop het plan is gemaakt, en binnen de geldigheid van het plan.', 'A date later than the day the plan was made, and within its validity.')),
      area('evaluationPlace', t('Waar/hoe', 'Where/how'), t('De plek, of online: nodig om de evaluatie vast te leggen.', 'The place, or online: needed to fix the evaluation.')),
      persons('evaluationAttendeeIds', t('Wie aanwezig', 'Who attends'), t('Wie er bij de evaluatie zijn.', 'Who attends the evaluation.')),
      person('evaluationInitiatorId', t('Initiatiefnemer', 'Initiator'), t('Wie de evaluatie plant en organiseert.', 'Who schedules and organises the evaluation.')),
    ],
  },
  {
    id: 'familyAgreement', number: null, part: 'plan',
    heading: t('Instemming van het gezin', "The family's agreement"),
    intro: t('Het plan is van het gezin. Leg per volwassen gezinslid vast of die met het plan instemt, of in eigen woorden waarom niet, met de datum en hoe dat is gegeven.',
      'The plan belongs to the family. Record for each adult family member whether they agree with the plan, or in their own words why not, with the date and how it was given.'),
    fields: [
      group('familyAgreement', t('Instemming per gezinslid', 'Agreement per family member'), t('Instemming', 'Agreement'),
        t('Ieder volwassen gezinslid van onderdeel 1. Wie het niet eens is, zegt dat in eigen woorden: dat hoort bij het plan.',
          'Each adult family member of section 1. Someone who disagrees says so in their own words: that belongs in the plan.'),
        [
          person('personId', t('Gezinslid', 'Family member'), t('Een volwassen directbetrokkene.', 'An adult directly involved person.'), 'direct'),
          { id: 'stance', kind: 'select', repeats: false, label: t('Instemming', 'Agreement'), help: t('Stemt deze persoon in met het plan?', 'Does this person agree with the plan?'),
            options: [{ value: 'agrees', label: t('Stemt in', 'Agrees') }, { value: 'disagrees', label: t('Stemt niet in', 'Does not agree') }] },
          area('words', t('In eigen woorden', 'In their own words'), t('Wat deze persoon zelf zegt over het plan; bij niet instemmen: waarom niet.', 'What this person says about the plan; when they disagree: why.')),
          date('date', t('Datum', 'Date'), t('De dag waarop de instemming is gegeven.', 'The day it was given.')),
          { id: 'how', kind: 'select', repeats: false, label: t('Hoe gegeven', 'How given'), help: t('Tijdens het netwerkberaad, op papier of telefonisch.', 'In the meeting, on paper or by phone.'),
            options: [
              { value: 'meeting', label: t('Tijdens het netwerkberaad', 'In the meeting') },
              { value: 'paper', label: t('Op papier', 'On paper') },
              { value: 'phone', label: t('Telefonisch', 'By phone') },
            ] },
        ]),
      area('familyAgreementReason', t('Reden als instemming ontbreekt', 'Reason when agreement is missing'), t('Waarom de instemming van een gezinslid (nog) niet is vastgelegd, en wat er is geprobeerd.',
        "Why a family member's agreement is not (yet) recorded, and what was tried.")),
    ],
  },
  {
    id: 'child', number: null, part: 'child',
    heading: t('Voor de kinderen', 'For the children'),
    intro: t('Het plan in kindertaal, voor de kinderversie met plaatjes. Schrijf zoals je het tegen het kind zou zeggen.',
      'The plan in child words, for the picture version. Write it as you would say it to the child.'),
    fields: [
      area('childWhatHappenedWords', t('Wat is er gebeurd?', 'What happened?'), t('Vertel het zoals een kind het kan begrijpen, zonder de zinnen van de volwassenen over te nemen en zonder wat een broer of zus zei.',
        "Tell it the way a child can understand it, without copying the adults' sentences and without what a brother or sister said.")),
      area('childSafetyPersonWords', t('Wie is je veiligheidspersoon?', 'Who is your safety person?'), t('Bijvoorbeeld: "Tante Mia. Je mag haar altijd bellen."', 'For example: "Aunt Mia. You can always call her."')),
      area('childWhenUnsafeWords', t('Wat doe je als je je niet veilig voelt?', 'What do you do when you feel unsafe?'), t('Wat het kind kan doen, in korte zinnen.', 'What the child can do, in short sentences.')),
      area('childWherePlanWords', t('Waar ligt het plan?', 'Where is the plan?'), t('De plek in huis, zo dat het kind die herkent.', 'The place at home, so the child recognises it.')),
      area('childAgreementsWords', t('Wat hebben de grote mensen afgesproken?', 'What did the grown-ups agree?'), t('De belangrijkste afspraken, zonder moeilijke woorden.', 'The main agreements, without hard words.')),
    ],
  },
  {
    id: 'meetings', number: null, part: 'history',
    // Not the list's own label: the section and the list are both named regions in the editor, and two regions with one name confuse a screen reader.
    heading: t('Netwerkberaden en netwerkconferentie', 'Network meetings and conference'),
    intro: t('De bijeenkomsten met het gezin en het netwerk waarin het plan is gemaakt: meestal één tot drie. Bij de crisisvariant zijn dit de twee of drie sessies van de netwerkconferentie.',
      'The meetings with the family and network in which the plan was made: usually one to three. In the crisis variant these are the two or three sessions of the network conference.'),
    fields: [
      group('networkMeetings', t('Netwerkberaden', 'Network meetings'), t('Netwerkberaad', 'Network meeting'),
        t('Datum en deelnemers van elk beraad.', 'Date and participants of each meeting.'),
        [
          date('date', t('Datum', 'Date'), t('De dag van het beraad.', 'The day of the meeting.')),
          persons('attendeeIds', t('Aanwezig', 'Attended'), t('Wie erbij was.', 'Who attended.')),
          area('notes', t('Notities', 'Notes'), t('Korte notities over het verloop.', 'Short notes on how it went.')),
        ]),
    ],
  },
  {
    id: 'incidents', number: null, part: 'history',
    heading: t('Incidentenlogboek', 'Incident log'),
    intro: t('Wat er gebeurt terwijl het plan geldt: een afspraak die niet lukt, nieuwe zorgen of een terugval. Bij de volgende evaluatie worden de incidenten samen doorgenomen.',
      'What happens while the plan is in force: an agreement that fails, new worries or a relapse. The next evaluation goes through the incidents together.'),
    fields: [
      group('incidents', t('Incidenten', 'Incidents'), t('Incident', 'Incident'),
        t(`Leg kort en feitelijk vast wat er gebeurde en wie wat deed. Kijk bij onderdeel 6 wat er bij een kleine of grote terugval is afgesproken, en wanneer ${authority} het hoort.`,
          `Record briefly and factually what happened and who did what. Section 6 says what was agreed for a small or large relapse, and when ${authority} is told.`),
        [
          date('date', t('Datum', 'Date'), t('De dag waarop het gebeurde.', 'The day it happened.')),
          area('what', t('Wat is er gebeurd', 'What happened'), t('Feitelijk: wie, wat, waar.', 'Plainly: who, what, where.')),
          persons('actedByIds', t('Wie kwam in actie', 'Who acted'), t('Wie deed er iets, volgens het plan of daarbuiten.', 'Who did something, as the plan says or otherwise.')),
          persons('informedIds', t('Wie is geïnformeerd', 'Who was informed'), t(`Wie het te horen kreeg, bijvoorbeeld de veiligheidsregisseur of ${authority}.`, `Who was told, for example the safety director or ${authority}.`)),
          { id: 'relapse', kind: 'select', repeats: false, label: t('Terugval', 'Relapse'),
            help: t('Klein of groot, zoals onderdeel 6 het onderscheidt.', 'Small or large, as section 6 distinguishes them.'),
            options: [{ value: 'small', label: t('Kleine terugval', 'Small relapse') }, { value: 'large', label: t('Grote terugval', 'Large relapse') }] },
        ]),
    ],
  },
  {
    id: 'handOver', number: null, part: 'history',
    heading: t('Overdracht na de evaluatie', 'Hand-over after the evaluation'),
    intro: t('Bij de crisisvariant stapt de procesbegeleider na de evaluatie uit; de vaste hulpverleners en het netwerk gaan verder met het plan. Leg vast wanneer en aan wie is overgedragen.',
      'In the crisis variant the process facilitator steps out after the evaluation; the regular professionals and the network carry on with the plan. Record when and to whom it was handed over.'),
    fields: [
      date('handOverDate', t('Datum overdracht', 'Date of hand-over'), t('De dag waarop de procesbegeleider overdroeg.', 'The day the process facilitator handed over.')),
      persons('handOverToIds', t('Overgedragen aan', 'Handed over to'), t('De vaste hulpverleners en netwerkleden die verdergaan met het plan.', 'The regular professionals and network members who carry on with the plan.')),
      area('handOverNotes', t('Notities bij de overdracht', 'Notes on the hand-over'), t('Wat er is overgedragen en wat nog aandacht vraagt.', 'What was handed over and what still needs attention.')),
    ],
  },
  {
    id: 'evaluations', number: null, part: 'history',
    heading: t('Evaluaties', 'Evaluations'),
    intro: t('Wat elke evaluatie opleverde: de schaalscores, wat hielp, wat moeilijk was, en het besluit.',
      'What each evaluation produced: the scaling scores, what helped, what was hard, and the decision.'),
    fields: [
      group('evaluations', t('Evaluaties', 'Evaluations'), t('Evaluatie', 'Evaluation'),
        t('Elke evaluatie legt een versie van het plan vast.', 'Each evaluation freezes a version of the plan.'),
        [
          date('date', t('Datum', 'Date'), t('De dag van de evaluatie.', 'The day of the evaluation.')),
          persons('attendeeIds', t('Aanwezig', 'Attended'), t('Wie erbij was.', 'Who attended.')),
          group('scores', t('Schaalvragen', 'Scaling questions'), t('Score', 'Score'),
            t('Voor iedereen dezelfde schaal: 0 betekent dat het helemaal niet veilig is, 10 dat het veilig genoeg is om het plan af te sluiten.', 'The same scale for everyone: 0 means not safe at all, 10 means safe enough to close the plan.'),
            [
              person('personId', t('Wie', 'Who'), t('Wie de score gaf.', 'Who gave the score.')),
              { id: 'audience', kind: 'select', repeats: false, label: t('Groep', 'Group'), help: t('Bepaalt welke schaal de persoon ziet.', 'Decides which scale the person sees.'),
                options: [{ value: 'professional', label: t('Professional', 'Professional') }, { value: 'parent', label: t('Ouder', 'Parent') }, { value: 'child', label: t('Kind', 'Child') }] },
              { id: 'score', kind: 'score', repeats: false, label: t('Score', 'Score'), help: t('Een getal van 0 tot 10.', 'A number from 0 to 10.') },
              area('why', t('Waarom dit cijfer?', 'Why this number?'), t('Wat maakt dat het dit cijfer is, en niet een lager.', 'What makes it this number, and not a lower one.')),
              area('situation', t('In welke situatie?', 'In which situation?'), t('Waar of wanneer de veiligheid toe- of afnam.', 'Where or when safety grew or shrank.')),
            ]),
          group('agreementReviews', t('Afspraken nagelopen', 'Agreements reviewed'), t('Afspraak', 'Agreement'),
            t('Per afspraak: ging het zoals afgesproken?', 'Per agreement: did it go as agreed?'),
            [
              { id: 'outcome', kind: 'select', repeats: false, label: t('Gelukt?', 'Kept?'), help: t('Ja, deels of nee.', 'Yes, partly or no.'),
                options: [{ value: 'yes', label: t('Ja', 'Yes') }, { value: 'partly', label: t('Deels', 'Partly') }, { value: 'no', label: t('Nee', 'No') }] },
              area('notes', t('Wat hielp of zat in de weg', 'What helped or got in the way'), t('Kort en concreet.', 'Short and concrete.')),
              { id: 'relapse', kind: 'select', repeats: false, label: t('Terugval', 'Relapse'),
                help: t('Bij een afspraak die niet is nagekomen: klein of groot, zoals onderdeel 6.', 'For an agreement not kept: small or large, as in section 6.'),
                options: [{ value: 'small', label: t('Kleine terugval', 'Small relapse') }, { value: 'large', label: t('Grote terugval', 'Large relapse') }] },
              persons('actedByIds', t('Wie kwam in actie', 'Who acted'), t('Wie deed er iets toen de afspraak niet lukte.', 'Who did something when the agreement failed.')),
              persons('informedIds', t('Wie is geïnformeerd', 'Who was informed'), t('Wie het te horen kreeg.', 'Who was told.')),
              area('actionTaken', t('Wat is er gedaan', 'What was done'), t('Wat er volgens het signaleringsplan is gebeurd.', 'What was done under the signal plan.')),
            ]),
          group('childVoices', t('Stem van het kind', "The child's voice"), t('Kind', 'Child'),
            t('Wat het kind zelf zegt, in eigen woorden.', 'What the child says, in its own words.'),
            [
              person('childId', t('Kind', 'Child'), t('Welk kind.', 'Which child.'), 'children'),
              area('worries', t('Waar maak je je zorgen over?', 'What worries you?'), t('In de woorden van het kind.', "In the child's words.")),
              area('feelsSafeWhen', t('Wanneer voel je je veilig?', 'When do you feel safe?'), t('In de woorden van het kind.', "In the child's words.")),
              { id: 'score', kind: 'score', repeats: false, label: t('Eigen score', 'Own score'), help: t('De score die het kind zelf geeft.', 'The score the child gives.') },
            ]),
          area('noScoresReason', t('Waarom geen schaalscores?', 'Why no scaling scores?'), t('Alleen als niemand een score gaf: waarom niet.', 'Only when nobody gave a score: why not.')),
          area('conditionsReview', t('Voorwaarden en bodemeisen nagelopen', 'Conditions and bottom lines reviewed'), t('Wordt aan elke voorwaarde en bodemeis voldaan? Wat is er nog nodig?', 'Is every condition and bottom line met? What is still needed?')),
          area('wentWell', t('Wat ging goed?', 'What went well?'), t('Wat werkte, en waarom.', 'What worked, and why.')),
          area('hard', t('Wat is moeilijk?', 'What is hard?'), t('Waar het nog schuurt.', 'Where it still chafes.')),
          { id: 'decision', kind: 'select', repeats: false, label: t('Besluit', 'Decision'), help: t('Verlengen, bijstellen of afsluiten.', 'Extend, adjust or close.'),
            options: [{ value: 'extend', label: t('Verlengen', 'Extend') }, { value: 'adjust', label: t('Bijstellen', 'Adjust') }, { value: 'close', label: t('Afsluiten', 'Close') }] },
        ]),
    ],
  },
  ];
}

export const TEMPLATE: ReadonlyArray<Section> = buildTemplate();

/** Plan keys that are bookkeeping rather than form fields. */
export const SYSTEM_FIELDS: ReadonlyArray<string> = [
  'schemaVersion', 'id', 'version', 'status', 'evaluationEvent', 'event', 'planVersion', 'agreementId',
  // Optional per-audience scale wording: set in the evaluation scoring panel, not a field of the form.
  'scaleLabels',
  // Lifecycle: set by the evaluation decision and by activating an adjusted version, not fields of the form.
  'closure', 'revisionOf',
  // Section 8's record of consent withdrawn and of copies shared (tenant mode): written by the sharing panel, not typed in.
  'consentWithdrawnOn', 'copyShares',
  // Schema version 5. `mustBeInformed` is no longer asked: everyone who was absent is informed (section 7), so the form
  // and the documents no longer print a yes/no that does not apply. A history record's `subjectId` links it to its goal
  // or bottom line; a check's `agreementIds` are set from a file or the live meeting, not typed in.
  'mustBeInformed', 'subjectId', 'agreementIds',
  // The agenda step a live session of a meeting reached, written by the facilitator's save (a crisis conference goes on there).
  'agendaStep',
];

/**
 * Fields that were on the form once and are bookkeeping now (SYSTEM_FIELDS), by the list that held them. A document
 * made while they were on the form still holds a field for them: read back, that field is passed over without a problem
 * (it was not changed by hand), and the value comes from the stored plan (documentApply.ts).
 */
export const RETIRED_FORM_FIELDS: ReadonlyArray<{ list: string; field: string }> = [
  // Schema version 5: "Moet geïnformeerd worden" left section 1's form.
  { list: 'directPersons', field: 'mustBeInformed' },
];

/** Whether a document field at `listNames` (list names from the top) and `fieldId` is a retired form field. */
export function isRetiredFormField(listNames: ReadonlyArray<string>, fieldId: string): boolean {
  return listNames.length === 1 && RETIRED_FORM_FIELDS.some((r) => r.list === listNames[0] && r.field === fieldId);
}

export function sectionById(id: string): Section | undefined {
  return TEMPLATE.find((s) => s.id === id);
}

/** Every top-level field with the section it belongs to, in template order. */
export function templateFields(): Array<{ section: Section; field: Field }> {
  return TEMPLATE.flatMap((section) => section.fields.map((field) => ({ section, field })));
}

/** The section that holds a top-level plan key, e.g. for linking a finding to its place in the editor. */
export function sectionOfField(fieldId: string): Section | undefined {
  return TEMPLATE.find((s) => s.fields.some((f) => f.id === fieldId));
}
