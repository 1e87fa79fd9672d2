"""English: the words the extractor reacts to, in the tables of :class:`Language`.

Every word the parser, the date grammar, the categoriser and the award finder
react to lives in these tables, so that a rule can be read (and changed) in one
place. Entries are plain words and phrases (a space in a phrase stands for any
white space); the code that reads a table builds its patterns. Tables hold
English as encyclopedias write it; none of them names anything from a
particular article.
"""

from __future__ import annotations

from . import Language

# --- calendar --------------------------------------------------------------

#: Month names and their abbreviations, mapped to the month number. Matching is
#: case-sensitive on the first letter, so "may appeal" and "march across" are
#: never months.
MONTHS: dict[str, int] = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6,
    "July": 7, "August": 8, "September": 9, "October": 10, "November": 11,
    "December": 12,
    "Jan": 1, "Feb": 2, "Febr": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7,
    "Aug": 8, "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}

#: Month abbreviations that may carry a full stop ("Jan. 5, 2025").
MONTH_ABBREVIATIONS: frozenset[str] = frozenset({
    "Jan", "Feb", "Febr", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
    "Dec",
})

#: Month abbreviations that also name a month alone ("by Sept", not "by Mar").
MONTH_ALONE_ABBREVIATIONS: frozenset[str] = frozenset({"Sept"})

#: Ordinal words for centuries ("the twelfth century").
ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "twenty-first": 21,
}

#: Cardinal words used in relative dates ("two weeks later").
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "several": 0,
}

#: Endings of ordinal numerals: "5th", "21st", "the 13th century".
ORDINAL_SUFFIXES: tuple[str, ...] = ("st", "nd", "rd", "th")

#: The noun of centuries: "the twelfth century", "the 13th–17th centuries".
CENTURY_WORDS: tuple[str, ...] = ("century", "centuries")

#: Words between the dates of a range and of a list: "12 May to 30 June",
#: "1998, 2001 and 2005". (", and" joins a run of days or months too; ", or"
#: only dates.)
RANGE_WORDS: tuple[str, ...] = ("to", "until", "till", "through")
LIST_WORDS: tuple[str, ...] = ("and", "or")

#: Words before an open end: "from 2016 to the present".
OPEN_END_LEADS: tuple[str, ...] = ("to", "until", "till")

#: The article that may stand before a day, a period or an open end ("from
#: the 13th to the 19th of October", "between the late 1930s").
DEFINITE_ARTICLE = "the"

#: Words after "May 4 and 5" that let it stand as two days without a year
#: (a capitalised word, punctuation and the end do too).
MONTH_DAY_FOLLOWERS: tuple[str, ...] = (
    "the", "in", "at", "on", "of", "were", "was", "when", "as", "to", "by", "with", "from",
    "and", "saw", "brought",
)

#: Holidays of a fixed day, with their (month, day): "Christmas 1914" is 25
#: December 1914. Where one name starts another, the longer comes first.
HOLIDAYS: dict[str, tuple[int, int]] = {
    "Christmas Eve": (12, 24), "Christmas Day": (12, 25), "Christmas": (12, 25),
    "New Year's Day": (1, 1), "New Year's Eve": (12, 31), "Independence Day": (7, 4),
    "Bastille Day": (7, 14), "Armistice Day": (11, 11), "Guy Fawkes Night": (11, 5),
}

#: Auxiliaries after an event noun: "after the king was crowned" is a clause
#: too far to read.
AUXILIARIES: frozenset[str] = frozenset({
    "was", "were", "had", "has", "is", "are", "would", "could", "did", "have", "will", "might",
})

#: Past forms that end no "-ed": the verb of a clause after "after" ("after
#: the war began").
PAST_FORMS: frozenset[str] = frozenset({
    "began", "broke", "came", "went", "took", "left", "met", "rose", "ran", "gave", "fled",
})

#: Lower-case words inside a named event: "the Battle of Midway", "the Siege
#: of la Rochelle".
ANCHOR_CONNECTORS: frozenset[str] = frozenset({"of", "the", "de", "la", "von", "van", "der", "du"})

#: "the following year", "the previous month": the next unit, the one before.
NEXT_ADJECTIVES: tuple[str, ...] = ("following", "next", "subsequent", "succeeding")
PREVIOUS_ADJECTIVES: tuple[str, ...] = ("previous", "preceding", "prior")

#: After a count of units: "two weeks later", "three days earlier" (anywhere);
#: "two days after", "a year before" (ending a clause).
LATER_WORDS: tuple[str, ...] = ("later", "afterwards", "afterward")
EARLIER_WORDS: tuple[str, ...] = ("earlier",)
AFTER_WORDS: tuple[str, ...] = ("after",)
BEFORE_WORDS: tuple[str, ...] = ("before", "prior")

#: Between a unit and a named event: "eight days after the landing".
ANCHOR_DIRECTIONS: tuple[str, ...] = ("after", "before", "following")

#: Eras that may stand before a year: "AD 9".
ERA_BEFORE_YEAR: frozenset[str] = frozenset({"A.D.", "AD"})

#: The units each relative phrase takes (keys of RELATIVE_UNITS): "the
#: following day", "the day after the landing"; "that same year"; "two weeks
#: later"; "the day before"; "the end of that year"; "the day following";
#: "November of the same year".
ADJACENT_UNITS: tuple[str, ...] = ("year", "month", "week", "day", "morning", "evening", "night")
SAME_UNITS: tuple[str, ...] = ("year", "month", "day")
SAME_LEADS: tuple[str, ...] = ("same", "that")
SAME_FILLERS: tuple[str, ...] = ("very", "same")
SAME_WORD = "same"
COUNTED_UNITS: tuple[str, ...] = (
    "decade", "decades", "year", "years", "month", "months", "week", "weeks", "day", "days")
CLAUSE_END_UNITS: tuple[str, ...] = ("year", "month", "week", "day")
CLAUSE_END_DIRECTIONS: tuple[str, ...] = ("before", "after")
PERIOD_PART_NOUNS: tuple[str, ...] = (
    "end", "close", "beginning", "start", "middle", "rest", "remainder")
PERIOD_UNITS: tuple[str, ...] = ("year", "month")
BASE_DETERMINERS: tuple[str, ...] = ("the", "that")
FOLLOWING_UNITS: tuple[str, ...] = ("day", "month", "year", "morning")
FOLLOWING_WORD = "following"
FOLLOWING_NOT_BEFORE: tuple[str, ...] = (
    "the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those")
MONTH_YEAR_LEADS: tuple[str, ...] = ("that", "this", "the same")
MONTH_YEAR_UNITS: tuple[str, ...] = ("year",)
POSSESSIVE_ENDINGS: tuple[str, ...] = ("'s", "’s")

#: "within a week": the units and their days; "within two weeks of the
#: ceasefire" is no span from the base; "within a week or two" has no end.
WITHIN_UNITS: dict[str, int] = {
    "day": 1, "days": 1, "week": 7, "weeks": 7, "fortnight": 14, "fortnights": 14}
WITHIN_NOT_FOLLOWERS: tuple[str, ...] = ("of", "after", "before", "from")
WITHIN_VAGUE_WORDS: tuple[str, ...] = ("or", "to")
#: A plan: "was to take effect within a week".
PLAN_COPULAS: tuple[str, ...] = ("was", "were", "is", "are")
INFINITIVE_WORD = "to"

#: Verbs after an event noun that add nothing: "after the attack occurred".
LIGHT_VERBS: tuple[str, ...] = ("occurred", "happened", "took place")

#: The stem an event noun shares with its verb: "landing"/"landed" → "land",
#: "invasion"/"invaded" → "invad" (the first ending that ends a word wins; a
#: stem then drops a final "e").
STEM_SUFFIXES: dict[str, str] = {
    "ings": "", "ing": "", "sions": "d", "sion": "d", "ions": "", "ion": "", "ments": "",
    "ment": "", "ied": "y", "ies": "y", "ed": "", "es": "", "al": "", "s": "",
}
STEM_SILENT_ENDING = "e"

#: Words of tens that join a unit word with a hyphen ("twenty-one").
TENS_WORDS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}

#: Calendar units of relative dates, with the precision a shift by them keeps.
RELATIVE_UNITS: dict[str, str] = {
    "day": "day", "days": "day", "morning": "day", "evening": "day",
    "night": "day", "week": "week", "weeks": "week", "month": "month",
    "months": "month", "year": "year", "years": "year", "decade": "decade",
    "decades": "decade",
}

#: Head nouns of organisations: a name that ends in one is no award, even in
#: a section of awards.
ORGANISATION_NOUNS: frozenset[str] = frozenset({
    "union", "council", "committee", "association", "party", "university", "ministry",
    "government", "parliament", "court", "society", "institute", "foundation", "company",
    "church", "league", "federation", "agency", "office", "department", "commission",
})

#: Titles of office that open a person's style ("the Archbishop of
#: Canterbury", "the Minister of Culture"): such a name is no award.
PERSON_TITLES: frozenset[str] = frozenset({
    "archbishop", "bishop", "minister", "president", "king", "queen", "prince", "princess",
    "duke", "duchess", "mayor", "governor", "ambassador", "secretary", "chairman",
    "chairwoman", "director", "head", "chief", "patriarch", "metropolitan", "emperor",
    "commissioner", "speaker", "chancellor", "rector", "dean", "lord", "lady",
})

#: Lower-case words that may follow an award's name: prepositions,
#: conjunctions and adverbs ("the Golden Pen of Freedom in absentia").
NAME_FOLLOWERS: tuple[str, ...] = (
    "in", "for", "from", "at", "on", "by", "and", "or", "with", "of", "to", "as",
    "after", "before", "during", "together", "jointly", "posthumously", "alongside",
    "which", "that", "who", "but", "while", "when", "shared", "awarded", "given",
    "twice", "again", "once", "thrice",
)

#: Prepositions a few words before a noun of an event that make it backstory
#: to the statement's verb ("after three years in custody, she was released",
#: "following his arrest, he was charged").
BACKSTORY_PREPOSITIONS: tuple[str, ...] = (
    # (not "in": "In a sentence handed down …", "In detention since …" name the event)
    "after", "from", "since", "during", "following", "despite", "before", "until",
)

#: Words that, before "within a week" in its clause, make it an obligation, a
#: plan, a condition, a negation or a failure rather than what happened
#: ("were ordered to leave within a week", "did not fall within a week",
#: "was to take effect within a week"). Matched in lower case only; the
#: openers also capitalised at the start of a statement ("Should the talks
#: fail within a week", "No town fell within a week").
WITHIN_NOT_WORDS: frozenset[str] = frozenset({
    "would", "will", "shall", "must", "should", "could", "might", "may", "can",
    "expected", "expects", "planned", "plans", "promised", "pledged", "vowed",
    "ordered", "orders", "required", "requires", "demanded", "asked", "agreed",
    "threatened", "offered", "allowed", "permitted", "ultimatum", "deadline", "if",
    "unless", "hoped", "intended", "aimed", "scheduled", "supposed", "obliged", "obliges",
    "not", "never", "failed", "unable", "entitled",
})
WITHIN_NOT_OPENERS: frozenset[str] = frozenset({
    "if", "unless", "should", "would", "could", "had", "no", "not", "never",
})

#: Units of lengths of time no relative date is shifted by: a number before
#: one (or a relative unit) is a duration ("for three hours", "two centuries").
DURATION_UNITS: frozenset[str] = frozenset({
    "hour", "hours", "minute", "minutes", "decade", "decades", "century", "centuries",
})

#: Words before an event noun that a relative phrase may count from ("eight
#: days after the first landing"): they are skipped to find the noun.
ANCHOR_ADJECTIVES: frozenset[str] = frozenset({
    "first", "second", "third", "last", "final", "initial", "main", "great",
    "major", "early", "successful", "failed", "abortive", "allied", "enemy",
    "new", "formal", "official", "actual", "famous", "so-called", "surprise",
})

#: Possessives before an event ("two months after his death"): the subject's
#: own events, which the phrase does not date ("A phrase whose base is not a
#: date gives nothing").
ANCHOR_POSSESSIVES: frozenset[str] = frozenset({
    "his", "her", "its", "their", "my", "our", "your", "this", "that", "these",
    "those", "a", "an", "some", "such",
})

#: Prepositions that open a statement with its date ("On 5 March 2014 his
#: brother was arrested").
DATE_LEADS: tuple[str, ...] = ("on", "in", "by")

#: Possessive pronouns of a person, before a relation noun ("his lawyer").
POSSESSIVE_PRONOUNS: tuple[str, ...] = ("his", "her", "their")

#: People close to the subject: a statement that opens with one of them after
#: a possessive ("His lawyer, …, was arrested") tells of their events.
RELATION_NOUNS: tuple[str, ...] = (
    "lawyer", "lawyers", "attorney", "attorneys", "counsel", "defender", "wife", "husband",
    "brother", "brothers", "sister", "sisters", "son", "sons", "daughter", "daughters",
    "father", "mother", "parents", "colleague", "colleagues", "friend", "friends",
    "associate", "associates", "cousin", "uncle", "nephew", "niece", "partner", "deputy",
    "assistant", "co-defendant", "co-defendants", "relatives", "family",
)

#: Events that last: "two years after the war" counts from its end, which the
#: text seldom dates, so such a phrase gives nothing.
DURATIVE_EVENTS: frozenset[str] = frozenset({
    "war", "wars", "siege", "occupation", "campaign", "reign", "rule", "conflict",
    "crisis", "revolution", "blockade", "exile", "presidency", "administration",
    "regime", "period", "era", "fighting", "talks", "negotiations", "trial",
    "uprising", "insurgency", "rebellion", "offensive", "retreat", "strike",
    "conference", "mandate", "tenure", "imprisonment", "detention", "captivity",
    "dictatorship", "government", "same", "other", "next", "rest", "end",
    "beginning", "start", "time", "year", "month", "week", "day",
})

#: Nouns that say a lead's subject is no person: "The Siege of X (1683–1684)
#: was a blockade …" has years after its name, but no life span that ends.
NOT_A_LIFE_NOUNS: tuple[str, ...] = (
    "war", "wars", "conflict", "battle", "siege", "blockade", "campaign", "revolution",
    "rebellion", "uprising", "insurgency", "crisis", "treaty", "dynasty", "empire",
    "kingdom", "republic", "state", "period", "era", "series", "event", "operation",
    "offensive", "invasion", "occupation", "movement", "organisation", "organization",
    "company", "party", "union", "league", "government", "regime", "reign", "expedition",
    "voyage", "mission", "festival", "exhibition", "competition", "tournament", "election",
    "referendum", "trial", "case", "famine", "epidemic", "pandemic", "massacre", "genocide",
    "deportation", "strike", "protest", "protests", "riot", "riots", "flood", "earthquake",
    "ship", "building", "bridge", "church", "magazine", "newspaper", "journal", "album",
    "film", "band", "group",
)

#: Words that make an event near a date one that did not happen then ("the
#: governor considered surrender on 2 August"): such a mention dates nothing
#: for "two weeks after the surrender".
NOT_HAPPENED_WORDS: tuple[str, ...] = (
    "considered", "considering", "planned", "planning", "proposed", "threatened",
    "demanded", "refused", "offered", "feared", "hoped", "sought", "urged", "rejected",
    "prepared", "avoided", "prevented", "postponed", "delayed", "discussed", "no", "not",
    "without", "against", "possible", "expected", "intended",
)

#: Words of what befalls a person after death: a relative date of such a
#: clause stands after the life span ("The following year he was
#: posthumously awarded …", "Two years later he was reburied in Lviv").
POSTHUMOUS_WORDS: tuple[str, ...] = (
    "posthumous", "posthumously", "buried", "reburied", "reinterred", "interred",
    "exhumed", "rehabilitated", "commemorated", "unveiled", "canonised", "canonized",
    "beatified", "funeral", "remains", "memorial", "cremated", "mourned",
)

#: Verbs that date an event's start: "the war began on …" dates no "after".
START_VERBS: frozenset[str] = frozenset({
    "began", "begun", "begins", "started", "starts", "commenced", "opened",
    "broke",
})

#: Irregular verb forms, as the event noun they name ("Paris fell on 14 June"
#: dates "the fall of Paris"; "Stalin died" dates "the death of Stalin").
IRREGULAR_STEMS: dict[str, str] = {
    "fell": "fall", "fallen": "fall", "died": "death", "dies": "death",
    "dead": "death", "sank": "sink", "sunk": "sink", "struck": "strike",
    "fought": "fight", "won": "win", "lost": "loss", "froze": "freeze",
    "chose": "choice", "flew": "flight", "flown": "flight", "born": "birth",
    "withdrew": "withdraw", "withdrawn": "withdraw", "wedding": "marry", "wed": "marry",
    "marriage": "marry",
}

# --- context of a bare year -----------------------------------------------

#: Words after which a number is a year but is also often a quantity ("a fine
#: of 2000 rubles", "around 2000 people", "founded 1500 schools"): the word
#: after the number must then be one that can follow a year.
WEAK_YEAR_PREPOSITIONS: frozenset[str] = frozenset({
    "of", "around", "about", "approximately", "approx.", "by", "to", "unto",
    "between", "from", "through", "into",
    # nouns and participles that introduce a year ("the years 2005–2010",
    # "the period 1941–1945", "founded 1921")
    "years", "period", "founded", "established",
})

#: Words that narrow a period ("the early 1990s", "mid-2019"); between two
#: dates of a range or list they do not break it ("from the mid-1960s to the
#: early 1970s").
PERIOD_QUALIFIERS: frozenset[str] = frozenset({"early", "mid", "late"})

#: Words after which a bare number is a year ("in 2014", "since 2014"): these,
#: and the weak ones above.
YEAR_PREPOSITIONS: frozenset[str] = frozenset({
    "in", "since", "until", "till", "til", "during", "after", "before",
    "throughout", "circa", "c.", "ca.", "c", "ca", "born", "died",
    "b.", "d.", "m.", "div.", "fl.", "est.", "estd.", "early", "mid", "mid-", "late",
    "spring", "summer",
    "autumn", "fall", "winter", "year", "ad", "a.d.",
    # quarters of a (fiscal) year: "in Q3 2009"
    "q1", "q2", "q3", "q4",
}) | WEAK_YEAR_PREPOSITIONS

#: Words that make a following number approximate and may lead a year of
#: three digits ("c. 965"), where other approximate words lead counts too.
THREE_DIGIT_EXTRA_LEADS: frozenset[str] = frozenset({"c.", "ca.", "c", "ca", "circa"})

#: Words of a reign or a floruit, which lead a year of any length: "(r.
#: 870–894)", "(reigned 757–796)", "(fl. 870)".
REIGN_LEADS: frozenset[str] = frozenset({"r.", "reigned", "fl.", "floruit"})



#: Prefixes joined to a year by a hyphen: "mid-1990", "pre-1914".
YEAR_PREFIXES: tuple[str, ...] = ("mid", "pre", "post", "early", "late")

#: Words that join a number with a hyphen into a measure beyond the quantity
#: nouns (whose singulars count too: "a 2000-page report"): "the 1500-strong
#: unit". The number is then a quantity, not a year.
COMPOUND_UNITS: frozenset[str] = frozenset({"strong", "odd", "man", "copy", "kilogram"})


#: Phrases that lead a year as a preposition does ("as early as 1620").
YEAR_LEAD_PHRASES: tuple[str, ...] = (
    "as early as", "as late as", "no later than", "not later than",
    "no earlier than", "not earlier than", "later than", "earlier than",
    # plans lead their year with "for" ("the push planned for 1976"); "for"
    # alone does not ("expectations for 1990", "for 1500 people")
    "planned for", "scheduled for", "set for", "slated for", "expected for",
    "targeted for", "projected for", "well into",
)

#: The ending of plural nouns: "2000 rubles", "1500 protesters" (not
#: "class": the ending twice).
PLURAL_ENDING = "s"

#: Words that may stand between a preposition and its year or years ("since
#: at least 2015", "in both 2016 and 2018"); the preposition still decides.
YEAR_HEDGES: tuple[str, ...] = (
    "at least", "at the latest", "at the earliest", "both", "either", "only",
    "just", "even", "already", "still",
)

#: Words that make a following year approximate ("c. 1894").
APPROXIMATE_WORDS: frozenset[str] = frozenset({
    "c.", "c", "ca.", "ca", "circa", "around", "about", "approximately",
    "approx.",
})

#: Determiners before a year that names something ("the 2016 Sakharov Prize").
DETERMINERS: frozenset[str] = frozenset({
    "the", "its", "his", "her", "their", "a", "an", "this", "that", "whose",
    "our", "my", "these", "those", "which",
})

#: Words between a determiner and a number that make it a count ("the
#: remaining 2000 Crimean Tatars"), where another word would leave it a year
#: naming something ("the following 2014 Crimean crisis").
COUNT_ADJECTIVES: frozenset[str] = frozenset({
    "first", "last", "remaining", "other", "additional", "estimated", "next",
    "top", "final", "initial", "more", "extra", "further", "total", "only",
    "mere", "nearly", "almost", "some", "over", "another", "surviving",
})

#: Capitalised head nouns of names that a year may follow: "the Sakharov
#: Prize 2018", "FIFA World Cup 2018", "the Human Rights Act 1998". Numbered
#: documents ("Resolution 2202", "Decree 1234") are not among them.
YEAR_AFTER_NAME_NOUNS: frozenset[str] = frozenset({
    "prize", "award", "awards", "medal", "cup", "games", "olympics", "championship",
    "championships", "contest", "festival", "biennale", "summit", "expo", "act",
    "election", "elections", "census",
})

#: Nouns a year can name when written in lower case ("its 1936 extension").
YEAR_NAMED_NOUNS: frozenset[str] = frozenset({
    "election", "elections", "census", "season", "extension", "earthquake",
    "flood", "floods", "revolution", "referendum", "protest", "protests",
    "campaign", "budget", "report", "film", "album", "tournament",
    "championship", "championships", "edition", "war", "uprising", "law",
    "constitution", "amendment", "reform", "reforms", "novel", "book",
    "survey", "agreement", "treaty", "ceremony", "competition", "festival",
    "summit", "visit", "tour", "coup", "invasion", "annexation", "crisis",
    "trial", "verdict", "decision", "ruling", "attack", "attacks", "strike",
    "strikes", "congress", "conference", "session", "exhibition", "biennale",
    "games", "olympics", "cup", "prize", "award", "medal", "awards",
    "resolution", "decree", "act", "statute", "renovation", "restoration",
    "reconstruction", "expansion", "merger", "relaunch", "remake",
    "sequel", "recording", "release", "production", "staging",
    "pandemic", "famine", "massacre", "deportation", "raid", "raids",
    "arrest", "arrests", "search", "searches", "case", "hearing", "appeal",
    "speech", "letter", "interview", "article", "study", "paper", "essay",
    "documentary", "series", "show", "concert", "meeting", "plan", "programme",
    "program", "vote", "primary", "primaries", "race", "contest", "fire",
    "storm", "hurricane", "bombing", "siege", "battle", "offensive",
    "ceasefire", "crash", "collapse", "opening", "closure", "rebuild",
    "design", "master", "memoir", "biography", "translation", "version",
    "model", "redesign", "revision", "update", "exchange", "swap",
    "photograph", "photographs", "photo", "photos", "painting", "portrait",
    "map", "poem", "song", "play", "opera", "manuscript", "catalogue", "catalog",
    "ranking", "rankings", "list", "issue", "volume", "expedition", "voyage",
    "mission", "launch", "flight", "rally", "riots", "pogrom", "purge",
    "sanctions", "blockade", "occupation", "evacuation", "uprisings", "year",
    "term", "campaigns", "offensives", "operations", "operation",
    "talks", "accords", "accord", "treaties", "negotiations",
    "rebellion", "revolt", "mutiny", "armistice", "truce", "landings", "landing",
    "history", "histories", "chronicle", "account", "overture", "symphony", "atlas",
    "dictionary", "encyclopedia", "charter", "manifesto", "declaration", "proclamation",
    "ordinance", "convention", "pact", "alliance", "partition", "settlement", "victory",
    "defeat", "surrender", "assassination", "execution", "coronation", "wedding",
    "funeral", "abdication", "secession", "independence", "crossing", "retreat",
})

#: Words that can follow a year (function words, auxiliaries); after a weak
#: preposition, a lower-case word outside this table makes the number a
#: quantity ("of 2000 rubles").
YEAR_FOLLOWERS: frozenset[str] = frozenset({
    "and", "or", "but", "nor", "to", "until", "till", "the", "a", "an", "he",
    "she", "it", "they", "we", "i", "you", "his", "her", "its", "their",
    "this", "that", "these", "those", "there", "when", "where", "while",
    "which", "who", "whom", "whose", "as", "at", "in", "on", "by", "for",
    "with", "from", "of", "after", "before", "during", "since", "into",
    "onto", "upon", "under", "over", "was", "were", "is", "are", "had",
    "has", "have", "would", "could", "should", "will", "did", "does", "do",
    "also", "then", "than", "through", "throughout", "about", "against",
    "among", "between", "following", "because", "although", "though",
    "if", "once", "so", "yet", "not", "only", "both", "either", "neither",
    "saw", "marked", "brought", "began", "ended", "onwards", "onward",
    "forward", "ad", "ce", "him", "them", "most", "many", "some",
    "all", "each", "several", "various", "no", "respectively", "alone",
})

#: Nouns and units that make a number a quantity, whatever comes before it
#: ("in 1500 copies", "c. 2000 soldiers").
QUANTITY_WORDS: frozenset[str] = frozenset({
    "people", "persons", "men", "women", "children", "soldiers", "troops",
    "prisoners", "members", "signatures", "votes", "copies", "rubles",
    "roubles", "hryvnias", "hryvnia", "euros", "euro", "dollars", "pounds",
    "kg", "km", "m", "cm", "mm", "metres", "meters", "tonnes", "tons",
    "cases", "pages", "words", "students", "workers", "employees",
    "residents", "inhabitants", "families", "households", "refugees",
    "victims", "deaths", "casualties", "participants", "protesters",
    "activists", "acres", "hectares", "ha", "miles", "feet", "ft", "units",
    "items", "books", "articles", "documents", "letters", "hours", "minutes",
    "seconds", "days", "weeks", "months", "years", "times", "km²", "sq",
    "square", "percent", "per", "%", "kilometres", "kilometers", "litres",
    "liters", "fish", "animals", "specimens", "seats", "beds", "rooms",
    "houses", "homes", "buildings", "vehicles", "cars", "aircraft", "ships",
    "guns", "rifles", "arrests", "detainees", "individuals", "cattle",
    "sheep", "horses", "points", "goals", "runs", "games", "matches",
    "episodes", "issues", "titles", "songs", "tracks", "entries",
    "applications", "complaints", "petitions", "journalists", "lawyers",
    "judges", "officers", "police", "policemen", "volts", "watts",
    "grams", "g", "lb", "lbs", "oz", "yards", "inches", "ml", "l",
    "calories", "bytes", "pixels", "rpm", "mph", "kph", "km/h",
    "uah", "usd", "eur", "rub", "gbp", "million", "billion", "thousand",
    "hundred", "tonne", "ton", "metre", "meter", "mile", "foot", "inch",
})

#: Words before a number that make it a label, never a year ("Art. 205").
NUMBER_LABELS: frozenset[str] = frozenset({
    "art.", "art", "article", "articles", "part", "parts", "no.", "no",
    "nos.", "number", "§", "section", "sections", "paragraph", "para.",
    "clause", "page", "pages", "verses", "p.", "pp.", "vol.", "volume", "chapter", "ch.",
    "resolution", "route", "flight", "room", "highway", "cell", "case",
    "law", "decree", "order", "code", "item", "point", "line", "verse",
    "op.", "opus", "bwv", "k.", "unit", "issue", "iss.", "vol", "nr.", "platform",
    "gate", "bus", "tram",
    "$", "€", "£", "¥", "₴", "₽", "#", "us$",
})

#: Words that, right after a number, mark a year of the common era or not.
ERA_AD: frozenset[str] = frozenset({"AD", "CE", "A.D.", "C.E."})
ERA_BC: frozenset[str] = frozenset({"BC", "BCE", "B.C.", "B.C.E."})

#: Words that lead a month named without a day or year ("in April", "by
#: early October", "from May to November"): only after one of these is a
#: month alone a date, whose year the context gives.
MONTH_LEADS: frozenset[str] = frozenset({
    "in", "by", "from", "until", "till", "through", "since", "during",
    "throughout", "before", "after", "around", "between", "into", "as of",
})

#: Leads after which a month followed by a capitalised word is more likely a
#: person's first name ("a song by June Carter", "a letter from April Rowe").
MONTH_NAME_LEADS: frozenset[str] = frozenset({"by", "from", "between"})

#: Phrases between a lead and a month that narrow it ("by the end of March",
#: "in the middle of August", "in early May", "by mid-June").
MONTH_QUALIFIERS: tuple[str, ...] = (
    "the end of", "the start of", "the beginning of", "the middle of", "the close of",
    "the first half of", "the second half of", "the first week of", "the last week of",
    "the second week of", "the third week of", "the first days of", "the last days of",
    "the first part of", "the latter part of", "the latter half of", "the course of",
    "early", "late", "mid-", "mid", "the early part of",
)

#: Words that make "X and Y" an interval rather than a list of two dates.
INTERVAL_OPENERS: frozenset[str] = frozenset({"between", "from"})

#: Words that end an open interval ("1990–present").
OPEN_ENDS: frozenset[str] = frozenset({"present", "now", "today", "date"})

# --- sentences -------------------------------------------------------------

#: Abbreviations after which a full stop does not end a sentence. Single
#: letters (initials, "c.") are handled by rule, not listed.
ABBREVIATIONS: frozenset[str] = frozenset({
    "art", "st", "no", "nos", "jan", "feb", "febr", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "dr", "mr", "mrs",
    "ms", "prof", "gen", "col", "lt", "sgt", "capt", "cpt", "maj", "adm",
    "rev", "sr", "jr", "vs", "etc", "e.g", "i.e", "ca", "approx", "inc",
    "ltd", "co", "corp", "mt", "ft", "ave", "blvd", "pp", "vol", "vols",
    "ed", "eds", "univ", "dept", "gov", "sen", "rep", "hon", "pres", "mme",
    "mlle", "messrs", "nr", "cf", "al", "fig", "figs", "ch", "sec", "para",
    "op", "ph.d", "m.a", "b.a", "u.s", "u.k", "u.n", "e.u", "a.d", "b.c",
    "est", "bros", "dist", "esp", "govt", "jnr", "snr", "mssrs", "viz",
    "abt", "fl", "cca", "incl",
})

#: Capitalised words that start a sentence and never a name: after one of
#: them a full stop ends the sentence even behind an abbreviation ("poems,
#: essays, etc. In 2015 he ...", "he left the U.S. In 2010 ...").
SENTENCE_OPENERS: frozenset[str] = frozenset({
    "In", "On", "At", "By", "For", "From", "After", "Before", "During", "Since",
    "Until", "When", "While", "The", "This", "These", "Those", "He", "She", "It",
    "They", "We", "His", "Her", "Its", "Their", "However", "Later", "Then",
    "There",
})

#: Abbreviations inside a case's name ("Smith v. The State"): the sentence
#: goes on after them, even before a capitalised opener.
CASE_NAME_ABBREVIATIONS: frozenset[str] = frozenset({"v", "vs"})

# --- categories ------------------------------------------------------------

#: Event categories and their keywords (case-insensitive, whole words; a
#: trailing * matches any ending). A statement takes the category of its
#: earliest keyword; where keywords of two categories start at the same
#: place, the one listed first wins. "other" is what is left.
CATEGORY_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("birth", ("born", "birth", "b.")),
    ("death", ("died", "death", "killed", "buried", "funeral", "passed away",
               "murdered", "executed", "assassinated")),
    ("sentence", ("sentenced", "sentence*", "convicted", "imprisonment",
                  "penal colony", "years in prison", "found guilty")),
    ("trial", ("trial*", "hearing*", "court", "appeal*", "acquitted",
               "verdict", "judge*", "tribunal", "testified", "defendant*")),
    ("charge", ("charged", "charge*", "indicted", "indictment", "accused",
                "prosecut*", "criminal case")),
    ("release", ("released", "freed", "set free", "exchanged", "pardoned",
                 "was let go")),
    ("detention", ("arrest*", "detained", "detention", "detain*", "search*",
                   "custody", "imprisoned", "jailed", "raid*", "seized",
                   "abducted", "house arrest", "prison", "behind bars")),
    ("award", ("awarded", "award", "awards", "prize", "prizes", "medal", "order of",
               "honorary doctorate", "honorary degree", "conferred",
               "decorated", "laureate")),
    ("recognition", ("recogni*", "honoured", "honored", "mentioned",
                     "named", "included", "shortlisted", "nominated",
                     "listed", "tribute", "commemorat*", "dedicated")),
    ("statement", ("statement*", "said", "declared", "called for",
                   "demand*", "resolution", "urged", "condemn*", "protest*",
                   "announced", "stated", "appeal to", "letter")),
    ("health", ("health", "symptom*", "illness", "ill", "hospital*",
                "covid*", "disease", "medical", "treatment", "hunger strike")),
    ("education", ("graduat*", "studied", "study", "studies", "university",
                   "school", "degree", "doctorate", "thesis", "trained",
                   "student", "college", "academy", "dissertation")),
    ("activism", ("activis*", "human rights", "campaign*", "solidarity",
                  "political prisoners", "petition*", "volunteer*",
                  "advoca*", "defender*", "civil rights")),
    ("career", ("worked", "work", "career", "appointed", "joined", "founded",
                "became", "employed", "retired", "published", "led",
                "elected", "served", "dismissed", "opened", "designed", "built",
                "taught", "edited", "chaired", "director", "founder",
                "construction", "completed")),
)

# --- awards ----------------------------------------------------------------

#: Section titles that hold the subject's awards (case-insensitive substrings).
AWARD_SECTION_WORDS: tuple[str, ...] = (
    "award", "honour", "honor", "prize", "decoration", "distinction",
    "recognition",
)

#: Words of infobox keys that list awards ("Awards", "Notable awards").
AWARD_INFOBOX_KEYS: frozenset[str] = frozenset({
    "awards", "award", "honours", "honors", "prizes", "decorations",
})

#: Verbs that give the subject an award; the award's name follows them. Where
#: one phrase starts another, the longer comes first ("was conferred with").
AWARD_VERBS: tuple[str, ...] = (
    "was awarded", "were awarded", "has been awarded", "had been awarded", "awarded",
    "received", "receives", "won", "wins", "was given", "was presented with",
    "was honoured with", "was honored with", "was decorated with", "earned", "was granted",
    "was conferred with", "was conferred", "accepted", "collected", "was made", "was named",
    "shared",
    # halls of fame and sports honours: "was inducted into the … Hall of Fame",
    # "was selected to the All-Star team", "was voted Player of the Year"
    "was inducted into", "inducted into", "was selected to", "was selected for",
    "was selected as", "was voted",
)

#: "is a laureate of", "became the co-laureate of", "has been laureate of":
#: the verbs, then an article (or none), then the noun, then ``OF_WORD``.
LAUREATE_COPULAS: tuple[str, ...] = ("is", "was", "became", "has been")
LAUREATE_WORDS: tuple[str, ...] = ("co-laureate", "laureate")

#: "was the first recipient of", "is a two-time winner of": the verbs, an
#: article (or none), a qualifier or a count ("two-time", any word before
#: ``RECIPIENT_COUNT_SUFFIX``) or none, then the noun and ``OF_WORD``.
RECIPIENT_COPULAS: tuple[str, ...] = ("is", "was", "became")
RECIPIENT_QUALIFIERS: tuple[str, ...] = ("first", "youngest", "inaugural")
RECIPIENT_COUNT_SUFFIX = "-time"
RECIPIENT_WORDS: tuple[str, ...] = ("recipient", "winner")
INDEFINITE_ARTICLES: tuple[str, ...] = ("a", "the")
OF_WORD = "of"

#: Verbs that give the subject a grade of an order: "was appointed Officer of
#: the Order of ...". The names after them must hold "Order" ("appointed
#: Commander of the Fleet" is a post).
ORDER_GRADE_VERBS: tuple[str, ...] = ("was appointed to", "was appointed")
ORDER_WORDS: tuple[str, ...] = ("Order",)

#: Auxiliaries that open an award verb ("was awarded", "has been named"),
#: and the verbs whose recipient may follow them ("awarded to her", "awarded him").
VERB_AUXILIARIES: tuple[str, ...] = ("was", "were", "has", "had")
TO_RECIPIENT_VERBS: tuple[str, ...] = ("awarded",)

#: Lists of honours that name the subject themselves, so no subject need
#: come before them: "Her awards include ...", "Among his other honours are
#: ...": an owner, ``OWN_LIST_OTHER`` or not, a noun, a verb; or
#: ``OWN_LIST_AMONG``, an owner, a noun and one of its verbs.
OWN_LIST_OWNERS: tuple[str, ...] = ("his", "her", "their")
OWN_LIST_NOUNS: tuple[str, ...] = ("awards", "honours", "honors", "prizes", "decorations")
OWN_LIST_VERBS: tuple[str, ...] = ("include", "included", "are", "were")
OWN_LIST_AMONG = "among"
OWN_LIST_AMONG_VERBS: tuple[str, ...] = ("are", "were")
OWN_LIST_OTHER = "other"

#: Head nouns of an award's name; a name must contain one of them.
AWARD_NOUNS: tuple[str, ...] = (
    "award", "prize", "medal", "order", "cross", "star", "decoration",
    "honour", "honor", "doctorate", "degree", "trophy",
    "laureate", "citizen", "title", "badge", "insignia", "knight",
    "commander", "officer", "chevalier", "grand", "honoris",
    "distinction", "citation", "medallion", "plaque", "hero",
    "legion", "légion", "ribbon", "fame", "all-star", "all-stars",
    # not awards (docs/dated-statements.md): fellowships, scholarships and
    # grants, named lectures, academy memberships by election
)

#: The kinds of honour ``awards -c`` keeps, each with the head nouns of the
#: names it covers (a phrase of two words wins over its last word: "grand
#: cross" is a grade of an order, "cross" alone a decoration). A name of no
#: kind here is "other".
AWARD_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("order", ("order", "legion", "légion", "knight", "dame", "commander", "officer",
               "chevalier", "companion", "grand cross", "grand officer")),
    ("medal", ("medal", "medallion", "cross", "star", "decoration", "badge", "insignia",
               "ribbon")),
    ("prize", ("prize", "prix", "award", "trophy", "plaque", "citation", "laureate",
               "distinction")),
    ("title", ("title", "hero", "citizen", "citizenship", "fame", "all-star", "all-stars")),
    ("degree", ("degree", "doctorate", "doctor", "honoris")),
)

#: Words that make an award sentence speak of something not received.
NOT_RECEIVED_WORDS: tuple[str, ...] = (
    "nominated", "nomination", "nominee", "shortlisted", "shortlist",
    "longlisted", "finalist", "runner-up", "did not win", "was not awarded", "declined",
    "refused", "candidate for", "considered for",
)

#: Lower-case words allowed inside an award's name when a capitalised word
#: follows ("Order of Merit", "Award for Human Rights Defenders").
NAME_CONNECTORS: frozenset[str] = frozenset({
    "of", "for", "the", "and", "de", "la", "le", "du", "des", "in", "on",
    "to", "at", "von", "van", "der", "di", "da", "&",
})

#: Pronouns that refer to an article's subject.
SUBJECT_PRONOUNS: frozenset[str] = frozenset({
    "he", "she", "they", "him", "her", "them",
})

#: Pronouns that, standing before an award verb, make the clause the
#: subject's ("she received").
SUBJECT_WORDS: frozenset[str] = frozenset({"he", "she", "they"})

#: Words skipped before an award's name: articles, possessives, "with"
#: ("was honoured with the …"); the recipient pronoun and name are skipped too.
NAME_SKIPS: frozenset[str] = frozenset({"the", "a", "an", "his", "her", "their", "its", "with"})

#: Lower-case words that may stand in an award's name ("honorary doctorate",
#: "Doctor honoris causa").
LOWER_NAME_WORDS: frozenset[str] = frozenset({
    "honorary", "prize", "award", "medal", "doctorate", "doctorates", "degree", "degrees",
    "order", "title", "citizen", "citizenship", "fellowship", "membership", "scholarship",
    "honoris", "causa", "class",
})

#: Words that may follow a recipient pronoun: "awarded to her by", "awarded
#: him the".
AFTER_RECIPIENT: frozenset[str] = frozenset({
    "by", "in", "on", "at", "for", "with", "as", "during", "after", "and", "the", "a", "an",
    "posthumously", "jointly",
})

# --- the narrative (events) -------------------------------------------------

#: A date that recurs names no day of one year: "every year on 18 May", "each
#: Monday", "annually on 9 May".
RECURRENCE_WORDS: tuple[str, ...] = ("every", "each")
RECURRENCE_UNITS: tuple[str, ...] = ("year",)
WEEKDAY_ENDING = "day"
RECURRENCE_ADVERBS: tuple[str, ...] = ("annually", "yearly")

#: Between a relative phrase and the date it stands for: "The following year,
#: in 1965, …" adds nothing to 1965.
SPELLED_OUT_LEADS: tuple[str, ...] = ("in", "on")

#: The ending of regular past forms: a keyword ending so is a verb
#: ("sentenced"), and a word ending so before the first keyword is one too.
PAST_ENDING = "ed"

#: Verbs before a statement's first keyword: then that keyword is not in the
#: subject ("The court was told of the arrest" is no trial).
VERBS_BEFORE_KEYWORD: tuple[str, ...] = (
    "began", "became", "was", "were", "is", "are", "has", "had", "went", "made", "took",
    "gave", "won", "led",
)

#: Keywords that are verbs without the regular past ending.
VERB_KEYWORDS: frozenset[str] = frozenset({
    "born", "died", "won", "led", "built", "taught", "said", "freed", "became", "held",
})

#: What parts the clauses of a statement of several dates ("sentenced … in
#: February and released … on 1 August"): "and" (after a space or a comma),
#: "but" and "then" after a comma, "while"; a semicolon and a spaced dash too.
CLAUSE_AND: tuple[str, ...] = ("and",)
CLAUSE_AFTER_COMMA: tuple[str, ...] = ("but", "then")
CLAUSE_OPENERS: tuple[str, ...] = ("while",)

#: A comparison before a date makes it a date in passing ("the worst flood
#: since 1862", "more than in 1990"), words of ``COMPARISON_SKIPS`` between.
COMPARISON_PHRASES: tuple[str, ...] = (
    "since", "than", "compared with", "compared to", "as in", "like in", "as of", "unlike in",
)
COMPARISON_SKIPS: tuple[str, ...] = (
    "at least", "the", "early", "mid", "late", "the end of", "the start of",
)

#: A plan or a forecast before a date (within 48 characters, in its
#: sentence) makes it a date in passing ("the offensive planned for 1976").
PLAN_WORDS: tuple[str, ...] = (
    "plan", "plans", "planned", "scheduled", "expected", "intended", "due", "projected",
    "forecast", "predicted", "anticipated", "target", "targeted", "targets", "deadline",
    "set for", "would", "will", "hoped", "promised", "proposed",
)

#: Words that may stand before a date that opens its statement ("In early
#: 1963, …", "By the end of 1944, …"): such a date moves the narrative's time
#: however far it lies.
OPENING_WORDS: tuple[str, ...] = (
    "in", "on", "at", "by", "from", "during", "between", "after", "before", "until", "since",
    "early", "late", "mid", "the", "of", "spring", "summer", "autumn", "fall", "winter", "end",
    "beginning", "start", "middle", "around", "c", "ca", "circa", "about", "throughout",
)

#: Capitalised words of a title that are no name of its subject.
NOT_NAME_WORDS: frozenset[str] = frozenset({"The", "And", "For", "Of"})

#: Conjunctions that start a clause (read back from a relative phrase, to
#: find the clause's subject).
CLAUSE_START_WORDS: tuple[str, ...] = ("and", "but", "while", "whereas")

#: Pronouns in a lead that make its article one about a person.
PERSONAL_PRONOUNS: tuple[str, ...] = ("he", "she", "his", "her", "him")

#: "… (1683–1684) was a blockade": a form of "to be", an article, then a noun
#: of ``NOT_A_LIFE_NOUNS``.
COPULAS: tuple[str, ...] = ("was", "is", "were", "are")
ARTICLES: tuple[str, ...] = ("a", "an", "the")

#: "Within a week the town fell": a relative interval.
WITHIN_WORD = "within"

#: The subject's death: "Smith died on 4 May 1901", "she later died", "he
#: suddenly died".
HE_SHE: tuple[str, ...] = ("he", "she")
DIED_WORDS: tuple[str, ...] = ("died",)
DIED_ADVERBS: tuple[str, ...] = ("later",)

#: "between the Revolution of Dignity and 2022": the word that opens it.
BETWEEN_WORD = "between"

#: A step from a base ("three days after Christmas", "two weeks into the
#: siege"), counted by a number, a number word or a vague count.
STEP_DIRECTIONS: tuple[str, ...] = ("after", "before", "into", "following")
VAGUE_COUNTS: tuple[str, ...] = ("few",)

#: "Person of the Year", "Teacher of the Year": a title, whatever its noun.
OF_THE_YEAR = "of the Year"

#: The giver of an award: "(conferred|presented) by X", up to a preposition of
#: ``GIVER_ENDS``; at the end of a list item "(awarded) by X".
BY_WORD = "by"
GIVER_VERBS: tuple[str, ...] = ("conferred", "presented")
ITEM_GIVER_VERBS: tuple[str, ...] = ("conferred", "presented", "awarded")
GIVER_ENDS: tuple[str, ...] = ("for", "in", "on", "at", "during", "with", "after", "as", "to")

#: A list item's closing remark on co-recipients: "X Prize, shared with Y";
#: and "by X with the Y Prize".
SHARED_WORDS: tuple[str, ...] = ("shared", "jointly")
WITH_WORD = "with"

#: A relative clause before an award verb is another's ("the film, which
#: later won"), unless it describes the subject ("He was a pilot who received").
RELATIVE_PRONOUNS: tuple[str, ...] = ("who", "which", "that", "whom")
CLAUSE_ADVERBS: tuple[str, ...] = ("also", "later")
ADVERB_ENDING = "ly"
IS_A_VERBS: tuple[str, ...] = ("is", "was", "became", "remains", "remained")
IS_A_ARTICLES: tuple[str, ...] = ("a", "an", "the", "one")

#: An inserted clause between the subject and the verb: "The Centre, which
#: she heads, was awarded …" is the Centre's.
INSERTED_CLAUSE_PRONOUNS: tuple[str, ...] = ("which", "who", "whom", "whose")

#: Auxiliaries that make an award verb passive: "was awarded", "has been given".
PASSIVE_AUXILIARIES: tuple[str, ...] = ("was", "were", "been", "be", "is", "are")

#: The recipient after "awarded": "was awarded to her by …".
TO_WORD = "to"

#: The class of an order after its name: "Order of Merit, 3rd class", "…,
#: third class", "…, III degree".
CLASS_ORDINALS: tuple[str, ...] = ("first", "second", "third", "fourth", "fifth")
CLASS_WORDS: tuple[str, ...] = ("class", "degree")

#: Lists of award names: "numerous awards, including the X Prize", "the X
#: Prize as well as the Y Medal", "and an honorary doctorate".
INCLUDING_WORDS: tuple[str, ...] = ("including",)
NAME_LIST_JOINERS: tuple[str, ...] = ("as well as",)
NAME_LEAD_WORDS: tuple[str, ...] = ("honorary",)

#: An honorary title: "the title Hero of Ukraine", "the title of People's Artist".
TITLE_WORD = "title"

# --- explanations (timeline --explain) -------------------------------------

#: Number words beyond the counts: "hundreds of people", "a thousand".
LARGE_NUMBER_WORDS: tuple[str, ...] = ("hundreds", "hundred", "thousands", "thousand")

#: Between a number and its unit: "two and a half years".
HALF_PHRASES: tuple[str, ...] = ("and a half",)

#: Labels after "of" that make the number before them a part's: "Part 2 of
#: Art. 205.5", "paragraph 3 of the Section".
LABELS_AFTER_OF: tuple[str, ...] = ("Art", "Article", "Section", "§")

#: An age: "aged 34", "at the age of 34", "34 years old".
AGE_LEADS: tuple[str, ...] = ("aged", "age of", "age")
AGE_AFTER_WORDS: tuple[str, ...] = ("old",)

#: After a time of day: "at 10 a.m."
TIME_SUFFIXES: tuple[str, ...] = ("a.m", "p.m", "am", "pm")

# --- the case (crimea-cli case) ------------------------------------------

#: The case: the birthplace ("born … in Rio de Janeiro").
PLACE_CONNECTORS: tuple[str, ...] = ("de", "del", "la", "upon", "on", "am")
BORN_WORDS: tuple[str, ...] = ("born",)
BIRTHPLACE_LEAD: str = "in"
BIRTH_WORDS: tuple[str, ...] = ("born", "née", "nee")
#: The charges: "charged under Art. 205", "charged with …".
CHARGE_WORDS: tuple[str, ...] = (
    "charged", "charges", "charge", "accused", "indicted", "indictment", "prosecuted", "convicted",
    "under",
)
CHARGED_WITH_PHRASES: tuple[str, ...] = (
    "charged with", "accused of", "indicted for", "indicted on", "on charges of", "on charge of",
    "charges of", "charge of",
)
CODE_WORDS: tuple[str, ...] = ("Code",)
#: The sentence: "sentenced by a … court to fourteen years in …", "gave him a sentence of".
SENTENCE_NOUNS: tuple[str, ...] = ("sentence",)
SENTENCE_GIVERS: tuple[str, ...] = ("gave", "given", "handed", "imposed", "received")
SENTENCE_KINDS: tuple[str, ...] = ("suspended", "prison", "custodial", "jail")
COURT_WORDS: tuple[str, ...] = ("court", "tribunal")
COURT_VERBS: tuple[str, ...] = ("gave", "handed", "imposed", "sentenced")
COURT_PLACES: tuple[str, ...] = ("of", "in")
LIFE_TERMS: tuple[str, ...] = ("life imprisonment", "life", "death")
TERM_UNITS: tuple[str, ...] = ("years", "year", "months", "month", "days", "day")
TERM_MONTHS: tuple[str, ...] = ("months", "month")
#: A release: "was (later) released".
RELEASED_AUXILIARIES: tuple[str, ...] = ("was", "were", "been", "being", "is")
RELEASED_ADVERBS: tuple[str, ...] = ("later", "finally", "eventually", "conditionally")
RELEASED_WORDS: tuple[str, ...] = ("released", "freed", "set free", "exchanged", "pardoned")
#: A detention of a stated length: "for three days", "overnight".
BOUNDED_LEAD = "for"
BOUNDED_COUNTS: tuple[str, ...] = ("a few", "several")
BOUNDED_UNITS: tuple[str, ...] = (
    "hours", "hour", "days", "day", "nights", "night", "weeks", "week", "months", "month",
)
BOUNDED_ADVERBS: tuple[str, ...] = ("overnight",)
#: Held: "arrested", "in custody", "took him"; a sentence that holds no one: "suspended".
DETAINED_WORDS: tuple[str, ...] = (
    "arrested", "arrests", "arrest", "detained", "detains", "detain", "detention", "custody",
    "jailed", "imprisoned", "abducted", "took him", "took her", "taken away", "taken into",
    "behind bars",
)
NOT_HELD_WORDS: tuple[str, ...] = ("suspended", "probation", "conditional")
CASE_PRONOUNS: tuple[str, ...] = ("he", "she", "him", "her", "his", "hers")
ASK_STEMS: tuple[str, ...] = ("demand*", "call* for", "urg*", "ask*", "appeal*")

#: The law articles of a charge: "Part 2 of Art. 205.5", "Articles 278", "§ 129a"
#: (capitalised, plural, with a full stop, as written).
LAW_PARTS: tuple[str, ...] = ("part", "paragraph", "clause", "section")
LAW_ARTICLES: tuple[str, ...] = ("article", "art")
LAW_SIGNS: tuple[str, ...] = ("§",)
LAW_PARENTHESIS_PARTS: tuple[str, ...] = ("part", "paragraph")

# --- facts and the case ----------------------------------------------------

#: Infobox keys (lower-cased) whose value is the birthplace.
BIRTHPLACE_KEYS: tuple[str, ...] = ("birthplace", "place of birth", "born")

#: The term of a sentence: "sentenced … to fourteen years".
SENTENCED_WORDS: tuple[str, ...] = ("sentenced",)
TERM_LEAD = "to"
YEAR_WORDS: tuple[str, ...] = ("years", "year")


# --- the narrative (events): the subject's life span, steps ----------------

#: "Anna Lis (born 1950)": a life span after the name in the lead.
LIFESPAN_BIRTH_WORDS: tuple[str, ...] = ("born",)

#: Infobox lines of the subject's birth and death ("Born: …", "Died: …").
INFOBOX_BIRTH_PREFIXES: tuple[str, ...] = ("born:",)
INFOBOX_DEATH_PREFIXES: tuple[str, ...] = ("died:", "death")

#: "two weeks into the siege": "into" is looked for with spaces around it.
SPACED_STEP_DIRECTIONS: frozenset[str] = frozenset({"into"})



# --- the script ----------------------------------------------------------------

CAPITAL_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
"""The capital letters of English (the rules' ``[A-Z]``)."""
SMALL_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
"""Its small letters (``[a-z]``)."""


# --- what the views write ---------------------------------------------------

CASE_LABELS: dict[str, str] = {
    "name": "Name", "born": "Born", "died": "Died", "age_at_death": "Age at death",
    "age_on": "Age on {date}", "detained_on": "Detained on", "detained_since": "Detained since",
    "charged_with": "Charged with", "charged_under": "Charged under",
    "sentenced": "Sentenced on", "released": "Released on", "awards": "Awards",
    "events": "Events", "first": "First event", "last": "Last event", "source": "Source",
}
"""The labels of the case lines."""
CASE_PHRASES: dict[str, str] = {
    "named_natively": "{name} ({native})", "born_in": "{date} in {place}",
    "list_last": "{items} and {last}", "laws_of_code": "{laws} of the {code}",
    "by_court": "by {court}", "to_term": "to {term}", "award_of_year": "{name} ({year})",
    "awards_all": "{count}: {names}", "awards_latest": "{count}; the latest: {name}",
    "dated_statements": "{count} dated statements", "event_of": "{date} ({category})",
    "source_of": "{title} ({source})",
}
"""The phrases of the case lines' values."""
FACT_WORDS: dict[str, str] = {
    "born": "Born", "born_in": "{date}, {place}", "age_on": "Age on {date}",
    "age_at_first_detention": "Age at first detention ({date})",
    "age_at_sentence": "Age at sentence ({date})", "age_at_death": "Age at death ({date})",
    "detention_to_sentence": "Detention to sentence",
    "detention_to_release": "Detention to release",
    "since_first_detention": "Since first detention, on {date}", "sentence": "Sentence",
    "sentence_of": "{years} years (\"{words} years\")",
    "no_days": "0 days",
}
"""The labels and phrases of the facts."""
MONTH_NAMES: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December")
"""The months' names as a date for people writes them (with a day or without)."""
DATE_WORDS: dict[str, str] = {
    "day_month_year": "{day} {month} {year}", "month_year": "{month} {year}",
    "approximate": "c. {date}", "decade": "the {decade}s", "century": "the {ordinal} century",
    "before_era": "{date} BC", "onwards": "{date} onwards",
    "days_of_month": "{first}–{last} {month} {year}", "months_of_year": "{first}–{last} {year}",
    "range": "{first}–{last}", "spaced_range": "{first} – {last}",
}
"""How a date is written for people: "5 May 1986", "c. 1894", "the 1990s",
"the 12th century", "480 BC", "1990 onwards", "5–7 May 1986", "May–June 2021"."""
ORDINAL_RULE = "english"
ORDINAL_FORMS: dict[str, str] = {"one": "{n}st", "two": "{n}nd", "few": "{n}rd", "other": "{n}th"}
"""1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st."""
PLURAL_RULE = "one-other"
"""One form for 1, another for every other number ("1 year", "2 years", "0 days")."""
FACT_COUNTS: dict[str, dict[str, str]] = {
    "years": {"one": "{n} year", "other": "{n} years"},
    "months": {"one": "{n} month", "other": "{n} months"},
    "days": {"one": "{n} day", "other": "{n} days"},
}
"""The lengths of time of the facts, in each plural form."""
VIEW_WORDS: dict[str, str] = {
    "date": "Date", "category": "Category", "statement": "Statement", "section": "Section",
    "award": "Award", "conferred_by": "Conferred by", "fact": "Fact", "value": "Value",
    "source": "Source", "field": "Field", "table": "Table", "key": "Key", "count": "Count",
    "token": "Token", "rule": "Rule", "reason": "Reason", "article": "Article", "year": "Year",
    "decade": "Decade", "century": "Century",
    "from_text": "text", "from_infobox": "infobox", "from_text_and_infobox": "text + infobox",
    "computed": "computed",
    "inferred": "inferred", "relative": "relative", "date_of_kind": "{date} ({kind})",
    "of_kind": "({kind})", "inferred_from": "Inferred from", "relative_from": "Relative from",
    "undated": "undated",
    "list_separator": ", ", "no_citation": "no citation", "source_line": "Source: {source}",
    "source_of": "Source of {article}: {source}",
    "at_revision": "{source} (revision {revision})",
    "not_read_as_dates": "Not read as dates",
    "dates_completed": "Dates completed from another statement",
    "year_from": "year from: “{text}”", "not_a_date": "Not a date: {reason}",
    "its_year_from": "Its year from",
    "per_year": "Events per year", "per_decade": "Events per decade",
    "per_century": "Events per century", "per_category": "Per category",
    "per_section": "Per section", "per_article": "Per article",
    "untitled": "(untitled)", "with_latest": "{summary}, the latest {name} ({year})",
    "undated_group": "Undated",
    "given_by": "conferred by {by}", "source_link": "source: {source}",
    "with_revision": "{source}, revision {revision}", "by_table": "By {table}", "bar": "Bar",
    "excerpt": "an excerpt of a longer statement", "citations": "Citations",
    "from": "From", "none_given": "none given",
    "clipped": "{text} … [{count} characters in all; --format json has them]",
    "part_of": "… [part of a statement of {length} characters, at {start}–{end} in the article]",
    "part_of_longer": "… [part of a longer statement]",
    "no_events": "No events match.", "no_awards": "No awards found.",
}
"""The other words the views for people write."""
VIEW_COUNTS: dict[str, dict[str, str]] = {
    kind: {"one": "{n} " + one, "other": "{n} " + many} for kind, (one, many) in {
        "events": ("event", "events"), "awards": ("award", "awards"),
        "facts": ("fact", "facts"), "hits": ("hit", "hits"), "lines": ("line", "lines"),
        "tokens": ("token", "tokens"), "counts": ("count", "counts"),
        "records": ("record", "records"), "statements": ("statement", "statements"),
    }.items()}
"""How many records of a kind, in each plural form."""
EXPLAIN_TOKEN_REASONS: dict[str, str] = {
    "verb": "a word in lower case (a month name is capitalised)",
    "month-alone": "no day or year to read the month with",
    "label": "the number of an article, part or label",
    "glued": "joined to letters: part of a name or code",
    "age": "a person's age",
    "duration": "a length of time",
    "time": "a time of day",
    "quantity": "a count of things or an amount of money",
    "separators": "written with separators, not as a year",
    "short": "too few digits for a year, no month for a day",
    "long": "too many digits for a year",
    "count": "a number word counting something",
    "no-evidence": "no word around it makes it a year",
}
"""What each rule of ``--explain`` means."""
EXPLAIN_YEAR_REASONS: dict[str, str] = {
    "glued": "joined to letters or a sign: part of a name, code or amount",
    "label": "the number of an article, part or label",
    "quantity": "a count of things or an amount of money",
    "measure": "a measure joined to its unit by a hyphen",
    "three-digit": "three digits, and no preposition of time, reign or life span around them",
    "weak-preposition-noun": "after a word like \"of\" and before a noun: a count",
    "determiner-count": "between a determiner and a noun that names no event: a count",
    "parenthesis": "in parentheses, but what follows is not what follows a year",
    "range": "a range of numbers, but what follows is not what follows a year",
    "leads-statement": "it opens the statement, but what follows is not what follows a year",
    "no-evidence": "no word around it makes it a year",
}
"""What a refusal of each year rule means."""
EXPLAIN_DATE_REASONS: dict[str, str] = {
    "inferred": "its year taken from an earlier statement",
    "relative": "counted from an earlier statement's date",
    "subsumed": "a year naming something, in a statement dated more finely",
    "no-year": "no year, and nothing dated before it in its section",
    "not-dated": "no year: the events did not take one from the statement before it",
    "no-anchor": "counted from a date, and nothing dated before it in its section",
    "anchor-undated": "counted from an event no earlier statement dates",
    "relative-left-out": "counted from a date, but left out (a date written after it, a base "
                         "coarser than its step, or after the subject's life)",
    "not-a-year": "not read as a year",
}
"""What ``--explain`` says of the dates read and left out."""


LANGUAGE = Language(
    code="en",
    name="English",
    months=MONTHS,
    month_abbreviations=MONTH_ABBREVIATIONS,
    month_alone_abbreviations=MONTH_ALONE_ABBREVIATIONS,
    ordinal_words=ORDINAL_WORDS,
    number_words=NUMBER_WORDS,
    ordinal_suffixes=ORDINAL_SUFFIXES,
    century_words=CENTURY_WORDS,
    range_words=RANGE_WORDS,
    list_words=LIST_WORDS,
    open_end_leads=OPEN_END_LEADS,
    definite_article=DEFINITE_ARTICLE,
    month_day_followers=MONTH_DAY_FOLLOWERS,
    holidays=HOLIDAYS,
    auxiliaries=AUXILIARIES,
    past_forms=PAST_FORMS,
    anchor_connectors=ANCHOR_CONNECTORS,
    next_adjectives=NEXT_ADJECTIVES,
    previous_adjectives=PREVIOUS_ADJECTIVES,
    later_words=LATER_WORDS,
    earlier_words=EARLIER_WORDS,
    after_words=AFTER_WORDS,
    before_words=BEFORE_WORDS,
    anchor_directions=ANCHOR_DIRECTIONS,
    era_before_year=ERA_BEFORE_YEAR,
    plural_ending=PLURAL_ENDING,
    adjacent_units=ADJACENT_UNITS,
    same_units=SAME_UNITS,
    same_leads=SAME_LEADS,
    same_fillers=SAME_FILLERS,
    same_word=SAME_WORD,
    counted_units=COUNTED_UNITS,
    clause_end_units=CLAUSE_END_UNITS,
    clause_end_directions=CLAUSE_END_DIRECTIONS,
    period_part_nouns=PERIOD_PART_NOUNS,
    period_units=PERIOD_UNITS,
    base_determiners=BASE_DETERMINERS,
    following_units=FOLLOWING_UNITS,
    following_word=FOLLOWING_WORD,
    following_not_before=FOLLOWING_NOT_BEFORE,
    month_year_leads=MONTH_YEAR_LEADS,
    month_year_units=MONTH_YEAR_UNITS,
    possessive_endings=POSSESSIVE_ENDINGS,
    within_units=WITHIN_UNITS,
    within_not_followers=WITHIN_NOT_FOLLOWERS,
    within_vague_words=WITHIN_VAGUE_WORDS,
    plan_copulas=PLAN_COPULAS,
    infinitive_word=INFINITIVE_WORD,
    light_verbs=LIGHT_VERBS,
    stem_suffixes=STEM_SUFFIXES,
    stem_silent_ending=STEM_SILENT_ENDING,
    tens_words=TENS_WORDS,
    relative_units=RELATIVE_UNITS,
    within_not_words=WITHIN_NOT_WORDS,
    within_not_openers=WITHIN_NOT_OPENERS,
    backstory_prepositions=BACKSTORY_PREPOSITIONS,
    organisation_nouns=ORGANISATION_NOUNS,
    person_titles=PERSON_TITLES,
    name_followers=NAME_FOLLOWERS,
    duration_units=DURATION_UNITS,
    anchor_adjectives=ANCHOR_ADJECTIVES,
    anchor_possessives=ANCHOR_POSSESSIVES,
    date_leads=DATE_LEADS,
    possessive_pronouns=POSSESSIVE_PRONOUNS,
    relation_nouns=RELATION_NOUNS,
    durative_events=DURATIVE_EVENTS,
    not_a_life_nouns=NOT_A_LIFE_NOUNS,
    not_happened_words=NOT_HAPPENED_WORDS,
    posthumous_words=POSTHUMOUS_WORDS,
    start_verbs=START_VERBS,
    irregular_stems=IRREGULAR_STEMS,
    weak_year_prepositions=WEAK_YEAR_PREPOSITIONS,
    period_qualifiers=PERIOD_QUALIFIERS,
    year_prepositions=YEAR_PREPOSITIONS,
    three_digit_extra_leads=THREE_DIGIT_EXTRA_LEADS,
    reign_leads=REIGN_LEADS,
    year_prefixes=YEAR_PREFIXES,
    compound_units=COMPOUND_UNITS,
    year_lead_phrases=YEAR_LEAD_PHRASES,
    year_hedges=YEAR_HEDGES,
    approximate_words=APPROXIMATE_WORDS,
    determiners=DETERMINERS,
    count_adjectives=COUNT_ADJECTIVES,
    year_after_name_nouns=YEAR_AFTER_NAME_NOUNS,
    year_named_nouns=YEAR_NAMED_NOUNS,
    year_followers=YEAR_FOLLOWERS,
    quantity_words=QUANTITY_WORDS,
    number_labels=NUMBER_LABELS,
    era_ad=ERA_AD,
    era_bc=ERA_BC,
    month_leads=MONTH_LEADS,
    month_name_leads=MONTH_NAME_LEADS,
    month_qualifiers=MONTH_QUALIFIERS,
    interval_openers=INTERVAL_OPENERS,
    open_ends=OPEN_ENDS,
    abbreviations=ABBREVIATIONS,
    sentence_openers=SENTENCE_OPENERS,
    case_name_abbreviations=CASE_NAME_ABBREVIATIONS,
    category_keywords=CATEGORY_KEYWORDS,
    award_section_words=AWARD_SECTION_WORDS,
    award_infobox_keys=AWARD_INFOBOX_KEYS,
    award_verbs=AWARD_VERBS,
    laureate_copulas=LAUREATE_COPULAS,
    laureate_words=LAUREATE_WORDS,
    recipient_copulas=RECIPIENT_COPULAS,
    recipient_qualifiers=RECIPIENT_QUALIFIERS,
    recipient_count_suffix=RECIPIENT_COUNT_SUFFIX,
    recipient_words=RECIPIENT_WORDS,
    indefinite_articles=INDEFINITE_ARTICLES,
    of_word=OF_WORD,
    order_grade_verbs=ORDER_GRADE_VERBS,
    order_words=ORDER_WORDS,
    verb_auxiliaries=VERB_AUXILIARIES,
    to_recipient_verbs=TO_RECIPIENT_VERBS,
    own_list_owners=OWN_LIST_OWNERS,
    own_list_nouns=OWN_LIST_NOUNS,
    own_list_verbs=OWN_LIST_VERBS,
    own_list_among=OWN_LIST_AMONG,
    own_list_among_verbs=OWN_LIST_AMONG_VERBS,
    own_list_other=OWN_LIST_OTHER,
    award_nouns=AWARD_NOUNS,
    award_kinds=AWARD_KINDS,
    not_received_words=NOT_RECEIVED_WORDS,
    name_connectors=NAME_CONNECTORS,
    subject_pronouns=SUBJECT_PRONOUNS,
    subject_words=SUBJECT_WORDS,
    name_skips=NAME_SKIPS,
    lower_name_words=LOWER_NAME_WORDS,
    after_recipient=AFTER_RECIPIENT,
    recurrence_words=RECURRENCE_WORDS,
    recurrence_units=RECURRENCE_UNITS,
    weekday_ending=WEEKDAY_ENDING,
    recurrence_adverbs=RECURRENCE_ADVERBS,
    spelled_out_leads=SPELLED_OUT_LEADS,
    past_ending=PAST_ENDING,
    verbs_before_keyword=VERBS_BEFORE_KEYWORD,
    verb_keywords=VERB_KEYWORDS,
    clause_and=CLAUSE_AND,
    clause_after_comma=CLAUSE_AFTER_COMMA,
    clause_openers=CLAUSE_OPENERS,
    comparison_phrases=COMPARISON_PHRASES,
    comparison_skips=COMPARISON_SKIPS,
    plan_words=PLAN_WORDS,
    opening_words=OPENING_WORDS,
    not_name_words=NOT_NAME_WORDS,
    clause_start_words=CLAUSE_START_WORDS,
    personal_pronouns=PERSONAL_PRONOUNS,
    copulas=COPULAS,
    articles=ARTICLES,
    within_word=WITHIN_WORD,
    he_she=HE_SHE,
    died_words=DIED_WORDS,
    died_adverbs=DIED_ADVERBS,
    between_word=BETWEEN_WORD,
    step_directions=STEP_DIRECTIONS,
    vague_counts=VAGUE_COUNTS,
    of_the_year=OF_THE_YEAR,
    by_word=BY_WORD,
    giver_verbs=GIVER_VERBS,
    item_giver_verbs=ITEM_GIVER_VERBS,
    giver_ends=GIVER_ENDS,
    shared_words=SHARED_WORDS,
    with_word=WITH_WORD,
    relative_pronouns=RELATIVE_PRONOUNS,
    clause_adverbs=CLAUSE_ADVERBS,
    adverb_ending=ADVERB_ENDING,
    is_a_verbs=IS_A_VERBS,
    is_a_articles=IS_A_ARTICLES,
    inserted_clause_pronouns=INSERTED_CLAUSE_PRONOUNS,
    passive_auxiliaries=PASSIVE_AUXILIARIES,
    to_word=TO_WORD,
    class_ordinals=CLASS_ORDINALS,
    class_words=CLASS_WORDS,
    including_words=INCLUDING_WORDS,
    name_list_joiners=NAME_LIST_JOINERS,
    name_lead_words=NAME_LEAD_WORDS,
    title_word=TITLE_WORD,
    large_number_words=LARGE_NUMBER_WORDS,
    half_phrases=HALF_PHRASES,
    labels_after_of=LABELS_AFTER_OF,
    age_leads=AGE_LEADS,
    age_after_words=AGE_AFTER_WORDS,
    time_suffixes=TIME_SUFFIXES,
    place_connectors=PLACE_CONNECTORS,
    born_words=BORN_WORDS,
    birthplace_lead=BIRTHPLACE_LEAD,
    birth_words=BIRTH_WORDS,
    charge_words=CHARGE_WORDS,
    charged_with_phrases=CHARGED_WITH_PHRASES,
    code_words=CODE_WORDS,
    sentence_nouns=SENTENCE_NOUNS,
    sentence_givers=SENTENCE_GIVERS,
    sentence_kinds=SENTENCE_KINDS,
    court_words=COURT_WORDS,
    court_verbs=COURT_VERBS,
    court_places=COURT_PLACES,
    life_terms=LIFE_TERMS,
    term_units=TERM_UNITS,
    term_months=TERM_MONTHS,
    released_auxiliaries=RELEASED_AUXILIARIES,
    released_adverbs=RELEASED_ADVERBS,
    released_words=RELEASED_WORDS,
    bounded_lead=BOUNDED_LEAD,
    bounded_counts=BOUNDED_COUNTS,
    bounded_units=BOUNDED_UNITS,
    bounded_adverbs=BOUNDED_ADVERBS,
    detained_words=DETAINED_WORDS,
    not_held_words=NOT_HELD_WORDS,
    case_pronouns=CASE_PRONOUNS,
    ask_stems=ASK_STEMS,
    law_parts=LAW_PARTS,
    law_articles=LAW_ARTICLES,
    law_signs=LAW_SIGNS,
    law_parenthesis_parts=LAW_PARENTHESIS_PARTS,
    birthplace_keys=BIRTHPLACE_KEYS,
    sentenced_words=SENTENCED_WORDS,
    term_lead=TERM_LEAD,
    year_words=YEAR_WORDS,
    lifespan_birth_words=LIFESPAN_BIRTH_WORDS,
    infobox_birth_prefixes=INFOBOX_BIRTH_PREFIXES,
    infobox_death_prefixes=INFOBOX_DEATH_PREFIXES,
    spaced_step_directions=SPACED_STEP_DIRECTIONS,
    capital_letters=CAPITAL_LETTERS,
    small_letters=SMALL_LETTERS,
    case_labels=CASE_LABELS,
    case_phrases=CASE_PHRASES,
    month_names=MONTH_NAMES,
    month_names_of_day=MONTH_NAMES,
    date_words=DATE_WORDS,
    ordinal_rule=ORDINAL_RULE,
    ordinal_forms=ORDINAL_FORMS,
    plural_rule=PLURAL_RULE,
    fact_words=FACT_WORDS,
    fact_counts=FACT_COUNTS,
    view_words=VIEW_WORDS,
    view_counts=VIEW_COUNTS,
    explain_token_reasons=EXPLAIN_TOKEN_REASONS,
    explain_year_reasons=EXPLAIN_YEAR_REASONS,
    explain_date_reasons=EXPLAIN_DATE_REASONS,
)
"""English, the default language of the engine."""
