/**
 * The word lists the engine may write in code (tests/unit/rules/no-clinical-literals.test.ts), each with
 * the reason it is no clinical knowledge. Clinical vocabulary (symptoms, exam scales, drugs, anatomy,
 * specimen and condition names, thresholds) is lexicon data with a schema entry; what stays in code is
 * the grammar of a note: function words, the calendar, the layout of a chart (labels, headers, tables),
 * the coding words of a problem list, and units of measure. A list added to the engine fails the test
 * until it is either moved to the lexicon or listed here with its reason; a list removed from the
 * engine must leave this table too.
 *
 * Keys are `<file>#<declaration>` (the variable, property or function the list is written in).
 */
const GRAMMAR = 'grammar: function words (prepositions, determiners, auxiliaries, conjunctions) between the parts of a phrase';
const CALENDAR = 'the calendar: time units, months, times of day, relative days';
const COURSE = 'verbs and adverbs of a course over time (rose, fell, worsening, improving), said of any value or symptom';
const CHART_LAYOUT = "the chart's layout: document titles, date labels, table headers, row labels";
const CODING = "the coding words of a problem list or claim (dx, ICD, CPT, billing, unspecified, NOS), no condition";
const UNITS = 'units of measure and medication-sig abbreviations (mg, mEq, bid, prn): measurement vocabulary, like the calendar';

export const ENGINE_WORD_LISTS: Record<string, string> = {
  'src/engine/assertion/dates.ts#DATE_ANCHORS': `${CHART_LAYOUT}: the words that make a date the visit's or the admission's`,
  'src/engine/assertion/dates.ts#ENCOUNTER_LABELS': `${CHART_LAYOUT}: "date of service", "date of visit"`,
  'src/engine/assertion/dates.ts#STAY_LABELS': `${CHART_LAYOUT}: "date of discharge"`,
  'src/engine/assertion/extra-triggers.ts#LABEL_STOPS': `${CALENDAR}: "today", "now" end a historical label's scope`,
  'src/engine/assertion/extra-triggers.ts#ONSET_WORDS': `${GRAMMAR}: "since", "starting", "until" before a date`,
  'src/engine/assertion/extra-triggers.ts#YEAR_LEADS': `${GRAMMAR}: "in", "during", "circa" before a year`,
  'src/engine/assertion/extra-triggers.ts#CONDITION_WORDS': `${GRAMMAR}: conditional conjunctions ("if", "when", "should")`,
  'src/engine/assertion/extra-triggers.ts#WORD_COMPARATORS': `${GRAMMAR}: comparatives of a conditional order ("if K falls below")`,
  'src/engine/assertion/extra-triggers.ts#TIME_UNITS': CALENDAR,
  'src/engine/assertion/extra-triggers.ts#DONE_BEFORE_FOR': `${GRAMMAR}: past participles of "given for", "required for"`,
  'src/engine/assertion/extra-triggers.ts#AGO_UNITS': `${CALENDAR}: "years ago", "a while ago"`,
  'src/engine/assertion/extra-triggers.ts#first': `${GRAMMAR}: quantifiers and number words before "ago" (regular expression)`,
  'src/engine/assertion/scope.ts#TIME_STOPS': `${GRAMMAR}: "but", "however", "today" end an assertion's scope`,
  'src/engine/assertion/scope.ts#DETERMINERS': `${GRAMMAR}: determiners and possessives before a finding`,
  'src/engine/extract/terms/contracture.ts#STOPS': GRAMMAR,
  'src/engine/extract/terms/contracture.ts#LINKS': `${GRAMMAR}: "of the", "involving both" before a contracture's site`,
  'src/engine/extract/terms/diagnosis.ts#PROCEDURE_FILLERS': `${GRAMMAR} and the procedure's scheduling words ("recent elective", "staged"), never a procedure`,
  'src/engine/extract/terms/electrodiagnostic.ts#LEAD': GRAMMAR,
  'src/engine/extract/terms/fatigue.ts#RESOURCES': 'everyday nouns of "exhausted all options/measures/funds": what is used up, not a symptom',
  'src/engine/extract/terms/fatigue.ts#BEFORE': GRAMMAR,
  'src/engine/extract/terms/fatigue.ts#AFTER': `${GRAMMAR} and the adjectives of "all reasonable conservative options"`,
  'src/engine/extract/terms/function-levels.ts#LEVELS': 'the closed vocabulary of a function level (schema: independent, assist, total)',
  'src/engine/extract/terms/function-limits.ts#NEGATORS': `${GRAMMAR}: negators of a limitation ("without", "denies", "independently")`,
  'src/engine/extract/terms/function-limits.ts#CLAUSE_STOPS': `${GRAMMAR}: conjunctions and verbs of a plan ("due", "assess") that end a clause`,
  'src/engine/extract/terms/treatment-cues.ts#PURPOSE_ENDS': `${GRAMMAR}, ${CALENDAR} and ${UNITS}: what ends a treatment's "for ..." purpose`,
  'src/engine/extract/terms/treatment-cues.ts#NUMBER_UNIT_WORD': `${UNITS} (regular expression of a dose: "40mEq")`,
  'src/engine/extract/terms/treatment-cues.ts#JOINERS': GRAMMAR,
  'src/engine/extract/terms/treatment.ts#HOLD_FILLERS': `${GRAMMAR} and route abbreviations (po, iv) between "hold" and a drug`,
  'src/engine/extract/terms/weakness.ts#LEAD_IN': `${GRAMMAR}: "weakness of the", "worse in her" before a site`,
  'src/engine/extract/terms/weakness.ts#JOINERS': `${GRAMMAR}: "right arm and leg", "proximal > distal"`,
  'src/engine/extract/terms/weakness.ts#DIAGNOSIS_LABELS': `${CODING}: inline labels of a diagnosis line ("Dx:", "Problem:")`,
  'src/engine/extract/terms/weakness.ts#LABEL_QUALIFIERS': CODING,
  'src/engine/extract/terms/workup.ts#VALUE_LEAD': GRAMMAR,
  'src/engine/extract/terms/workup.ts#FREQUENCY': `${GRAMMAR}: "x 6 visits", "times per week"`,
  'src/engine/extract/terms/workup.ts#DOCUMENT_WORDS': `${CHART_LAYOUT}: document titles ("Progress Note", "Consultation")`,
  'src/engine/extract/terms/workup.ts#REFERRAL_WORDS': `${CHART_LAYOUT}: a referral document's title`,
  'src/engine/extract/values/ages.ts#YEARS_OLD_RE': `${CALENDAR}: "72-year-old", "9 months old"`,
  'src/engine/extract/values/ages.ts#AGE_SEX_RE': 'the sex words of "72 M", "72-year-old woman" (regular expression): demographics, no condition',
  'src/engine/extract/values/ages.ts#AGE_WORD_RE': `${CALENDAR}: "age 72", "aged 72 years"`,
  'src/engine/extract/values/ages.ts#NOT_CURRENT_AGE_BEFORE': `${GRAMMAR}: "at 40", "since age 12", "onset at 30" are no current age`,
  'src/engine/extract/values/codes.ts#ICD_CUES': CODING,
  'src/engine/extract/values/codes.ts#CPT_CUES': CODING,
  'src/engine/extract/values/durations.ts#VAGUE_RE': `${CALENDAR}: "for weeks"`,
  'src/engine/extract/values/durations.ts#SINCE_RE': `${CALENDAR}: "since last week", "since March"`,
  'src/engine/extract/values/durations.ts#PROGRESSION': COURSE,
  'src/engine/extract/values/durations.ts#DURATION_STARTS': `${GRAMMAR}: "x 3 weeks", "for over a month"`,
  'src/engine/extract/values/intake.ts#FILLERS': GRAMMAR,
  'src/engine/extract/values/intake.ts#BASES': 'the closed vocabulary of an intake basis (meals, needs, estimated needs)',
  'src/engine/extract/values/lab-parts.ts#DOSE_UNIT_RE': `${UNITS}: a number followed by a dose is no lab value`,
  'src/engine/extract/values/lab-table.ts#HEADER_LEADS': `${CHART_LAYOUT}: a lab table's header row`,
  'src/engine/extract/values/lab-time.ts#VISIT_LABELS': CHART_LAYOUT,
  'src/engine/extract/values/lab-time.ts#ADMISSION_LABELS': CHART_LAYOUT,
  'src/engine/extract/values/lab-time.ts#SURGERY_LABELS': CHART_LAYOUT,
  'src/engine/extract/values/lab-time.ts#THIS_PARTS': `${CALENDAR}: "this morning", "this pm"`,
  'src/engine/extract/values/lab-trend.ts#COURSE': COURSE,
  'src/engine/extract/values/lab-trend.ts#PREFIX': GRAMMAR,
  'src/engine/extract/values/lab-trend.ts#TIME_LEAD': `${GRAMMAR} and ${CALENDAR}`,
  'src/engine/extract/values/labs.ts#FILLERS': `${GRAMMAR}, ${COURSE} and the word "level", between an analyte and its value`,
  'src/engine/extract/values/labs.ts#REF_WORDS': `${CHART_LAYOUT}: a lab report's reference-range label ("ref", "RR", "normal")`,
  'src/engine/extract/values/labs.ts#flagBefore': `${CHART_LAYOUT}: the specimen word of any lab report ("serum", "blood", "plasma")`,
  'src/engine/extract/values/strength-rows.ts#LABEL_FILLERS': `${CHART_LAYOUT}: words of a strength table's row label ("grades", "muscle groups", "side")`,
  'src/engine/extract/values/strength-rows.ts#CONTINUES': GRAMMAR,
  'src/engine/extract/values/strength-sites.ts#CONNECTORS': `${GRAMMAR} and ${CHART_LAYOUT}: between a grade and its sites ("4/5 in all muscle groups tested")`,
  'src/engine/extract/values/strength-sites.ts#COMPLEMENT': `${GRAMMAR}: "otherwise", "elsewhere", "the rest"`,
  'src/engine/extract/values/strength-tests.ts#FILLERS': GRAMMAR,
  'src/engine/extract/values/vitals.ts#FOREIGN_UNIT': `${UNITS} and ${CALENDAR}: after a number they make it no vital sign`,
  'src/engine/extract/values/vitals.ts#FILLERS': GRAMMAR,
  'src/engine/extract/values/vitals.ts#weight': `${CHART_LAYOUT}: "prior", "usual", "baseline" label an earlier value (regular expression)`,
  'src/engine/extract/values/weight-change.ts#FILLERS': GRAMMAR,
  'src/engine/extract/values/weight-change.ts#usualCandidate': `${CHART_LAYOUT}: "prior", "usual", "baseline" label an earlier value (regular expression)`,
  'src/engine/extract/values/written-time.ts#NUMBERED': `${CALENDAR}: "POD 2", "day 3", "HD 4"`,
  'src/engine/options.ts#LEVELS': 'the closed vocabulary of rule levels (off, error, warning, info)',
  'src/engine/options.ts#SOURCES': "the closed vocabulary of a chosen code's source (note, option, fhir, page, session)",
  'src/engine/sections.ts#EARLIER_WORDS': `${CHART_LAYOUT}: "copied forward", "prior note" mark text carried from an earlier note`,
};
