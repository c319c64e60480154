/** Grammar words the clause engine consults: plans, negation, auxiliaries, open case, agents. The frames are in ./frames. */

/** Nouns of a task or office that stand for whose it is: „die Aufgaben des Aufbaustabs“ (slot `task`). */
export const TASK_NOUNS =
  /^(?:aufgabe|aufgaben|arbeit|amt|funktion|zustaendigkeit|zustaendigkeiten|geschaefte)$/;

/** Modal and future auxiliaries: the clause states a plan, not a fact („soll … betreiben“). */
export const PLAN_AUXILIARIES =
  /^(?:soll|sollen|sollte|sollten|will|wollen|moechte|moechten|plant|planen|beabsichtigt|wird|werden)$/;

/**
 * Verbs whose „zu“ infinitive is intended, asked for or promised, not done („plant, … zu betreiben“,
 * „bat die HZD, … zu entwickeln“): the infinitive states no fact.
 */
export const NON_FACTIVE_CONTROL =
  /^(?:plan|geplant|beabsichtig|vorhab|vorgehab|versuch|hoff|erwaeg|erwog|pruef|bitt|bat|gebeten|forder|gefordert|aufforder|ersuch|empfiehl|empfahl|empfohl|empfehl|schlaegt|schlug|vorschlag|vorgeschlag|anstreb|strebt|angestrebt|will|woll|moecht|soll|zusag|sagt|zugesagt|verpflicht|vereinbar|kuendig|angekuendigt|ziel|erlaub|gestattet|ermoeglich|hilf|half|geholfen|wuensch|gewuenscht|denk|gedacht|ueberleg|vorseh|vorgeseh|sieht)/;

/** Particles that add to a verb without making it another one: „mit aufgebaut“, „weiter betrieben“. */
export const KEEP_MEANING_PARTICLES: ReadonlySet<string> = new Set(['mit', 'weiter', 'wieder']);

/**
 * Nouns a verb looks through to their genitive: an action done to something („den Aufbau der
 * Plattform gefördert“, „die Einführung der App“: deverbal nouns in -ung and the bare-stem ones German
 * forms from verbs) and a group of things („gehört zu den Teilnehmern der Initiative“, „zum Kreis
 * der …“). Any other noun („das Problem der Behörde“) is a thing of its own.
 */
export function looksThrough(key: string): boolean {
  return /(?:ung|ungen)$/.test(key) || ACTION_STEMS.test(key) || GROUP_NOUNS.test(key);
}

const ACTION_STEMS =
  /(?:aufbau|ausbau|umbau|neubau|betrieb|start|einsatz|erwerb|kauf|vertrieb|erhalt|relaunch|rollout|launch|transfer|umzug|wechsel|anschluss|zugang|beitritt)$/;

const GROUP_NOUNS =
  /^(?:teilnehmer|teilnehmern|teilnehmerin|teilnehmerinnen|kreis|kreise|reihe|reihen|gruppe|zahl|liste|runde|kreises)$/;

/** Negation: „betreibt nicht“, „keine“. */
export const NEGATIONS = /^(?:nicht|nie|niemals|kein|keine|keinen|keiner|keinem)$/;

/** Auxiliaries of the active perfect: „hat … entwickelt“ is no passive, whatever the tagger labels. */
export const PERFECT_AUXILIARIES = /^(?:hat|haben|habe|hatte|hatten|haette|haetten)$/;

/**
 * Determiners of a noun phrase without preposition whose case the form leaves open between
 * subject and another argument: feminine, neuter and plural read the same as nominative and
 * accusative („Die App hat die Datenzentrale entwickelt“), „der“ as nominative or dative. Only the
 * types then tell who acted. A possessive reads so too („ihr Netz“, „seine Plattform“). A name
 * without a determiner is just as open; „den“/„dem“ are not.
 */
export const CASE_OPEN_DETERMINERS =
  /^(?:die|das|der|eine|ein|diese|dieses|dieser|jene|jenes|jener|ihr|ihre|sein|seine|unser|unsere|mein|meine)$/;

/** Pronouns whose case the form leaves open (relative „die“/„das“/„der“, „sie“, „es“). */
export const CASE_OPEN_PRONOUNS = /^(?:die|das|der|sie|es)$/;

/** Prepositions of the passive agent. */
export const AGENT_PREPOSITIONS = /^(?:von|vom|durch)$/;

/** Words that name money in a clause: „mit 2 Millionen Euro“, „finanziell“, „Fördermittel“ (folded lemmas). */
export const MONEY_WORDS =
  /^(?:euro|eur|€|mio|mrd|million|millionen|milliarde|milliarden|finanziell|foerdermittel|mittel|zuschuss|zuschuesse|zuwendung|zuwendungen|geld|gelder)$/;

/**
 * Verbs whose perfect is formed with „sein“ (change of place or state): „ist … eingetreten“,
 * „ist aus … hervorgegangen“, „ist ihm gefolgt“ are active, not passive as the tagger reads them.
 * Folded lemmas.
 */
export const SEIN_PERFECT =
  /^(?:(?:bei|ein|aus|an|zurueck|auf)?treten|(?:hervor|aus|ueber|ein|zurueck)?gehen|(?:an|hinzu|zu|zurueck)?kommen|wechseln|(?:um|ein|aus|zu|weg)ziehen|(?:nach)?folgen|(?:auf|ein|aus|ab)?steigen|entstehen|(?:an|heran|zusammen)?wachsen|werden|bleiben|sterben|ausscheiden|aufruecken|nachruecken|zerfallen|verfallen)$/;

/** Separable particles the tagger reads as adjectives or adverbs at the clause's end („stellt … bereit“, „legt … fest“). */
export const MISREAD_PARTICLES =
  /^(?:bereit|fest|frei|statt|teil|zusammen|fort|weiter|zurueck|los|hinzu|vor)$/;

/** Nouns of a body's seat (folded), which a place phrase right after them names: „mit Sitz in Fulda“. */
export const SEAT_NOUN = /^(?:haupt|dienst|verwaltungs|amts|geschaefts)?(?:sitz|standort)(?:es|s|e|en)?$/;

/** Adverbs that make a „mit“ phrase a co-agent: „gemeinsam mit“, „zusammen mit“. */
export const COMITATIVE = /^(?:gemeinsam|zusammen)$/;
