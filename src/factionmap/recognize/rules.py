"""Recognition heuristics as named data: heads, connectors, cues, scores, each with its why.

Words are stored in their normalised form (``normalize_token``) so that every spelling of
"Jaysh"/"Jaish"/"Jeish" hits the same entry.
"""

from __future__ import annotations

import re

from factionmap.kb.normalize import normalize_token


def _norm(words: str) -> frozenset[str]:
    return frozenset(filter(None, (normalize_token(w) for w in words.split())))


# Organisational heads that make a capitalised run a group name ("Jaysh al-Izza", "the Hamza
# Division"). Strong heads name an armed body whatever the other words are.
STRONG_HEADS = _norm(
    "Jaysh Jaish Jabhat Jabha Harakat Haraka Liwa Liwaa Katibat Katiba Kataib Kata'ib Ansar "
    "Jabhatul Harakatul Jamaatul Jaishul "  # "-ul" joined article: "Jabhatul Islamiya", "Hizbul Islam"
    "Jund Ahrar Faylaq Failaq Saraya Alwiya Alwiyat Tajammu Tajamu Hayat Hay'at Fawj Firqat "
    "Junud Muhajirin Mujahidin Ittihad Tahaluf Ghurfat Hizb Hizbul Hezb Jamaat Jama'at "
    "Jamiat Tanzim Majlis Tehrik Tahrik Harkat Lashkar Sipah Jaish-e Lashkar-e "
    "Fursan Thuwar Suqur Suqour Usud Quwat Quwwat Kataeb Asaib Usbat Osbat "
    "Army Front Brigade Brigades Battalion Battalions Division Divisions Legion Legions "
    "Regiment Regiments Militia "
    "Militias Mujahideen Mujahedin Room Nuclei Cells Column Formations Squads Commandos "
    "Force"
)
# Weak heads also name civil bodies ("Security Council", "European Union"): they count only
# with an armed or Arabic word in the same run.
WEAK_HEADS = _norm("Movement Union Council Alliance Coalition Group Groups Forces Organization "
                   "Organisation Gathering Assembly Committee Corps Guard Guards Unit Units "
                   "Party Circle Action")
ARMED_WORDS = _norm(
    "Military Revolutionary Revolution Rebel Rebels Islamic Jihad Jihadi Mujahideen Shura "
    "Liberation Resistance Defense Defence Fighters Operations Free Tribal Salvation Conquest "
    "Sunni Shia Shiite Popular Mobilization Protection Martyrs Fatah Nusra Sham Tahrir "
    "Armed Communist Combatants Fighting Proletarian Partisan Guerrilla Insurgent Militant"
)
# Words around a KB name that do not make a new name of it: "the Kurdish YPG militia",
# "Rebels of Jaysh al-Islam", "the new Ahrar al-Sham Islamic Movement"; also the generic
# modifiers of state forces ("Air Force", "Security Forces").
GENERIC_WORDS = _norm(
    "rebels rebel fighters fighter militants militant members member leader leaders units "
    "group faction branch wing affiliate affiliates new former so-called jihadist jihadists "
    "islamist islamists pro anti backed led allied linked affiliated splinter main local "
    "Air Naval Navy Special Security Police Task Elite Republican Presidential Border Coast "
    "Government Regime Coalition Allied Joint Federal Internal"
)
# Words of web page furniture and captions: a run holding one is no name ("Latest News",
# "Watch Live TV Schedule", "Reuters Photo").
PAGE_WORDS = _norm(
    "Latest Related Category Showcase Watch Live Schedule Contact Privacy Policy Cookie Terms "
    "Subscribe Follow Share Photo Photos Video Videos Careers Releases Advertise Newsletter "
    "Login Register Copyright Home Menu Search Comments Tags"
)
# Longest run taken for a name: longer ones are menus or headlines.
MAX_NAME_WORDS = 9
# First words of Arabic place names: "Bab al-Hawa", "Tal Abyad", "Deir Hafer", "Kafr Nabl".
PLACE_PREFIXES = _norm("Bab Tal Tel Bustan Deir Dayr Kafr Kfar Ain Ayn Jabal Jebel Wadi Khan "
                       "Ras Beit Bayt Maarat Maarrat Qasr Souq Suq Harat Hay Sheikh Tell Jisr")
# Quantity words that open noun phrases, not names: "Three Russian", "Hundreds of Iranian".
QUANTITY_WORDS = _norm("One Two Three Four Five Six Seven Eight Nine Ten Dozens Hundreds "
                       "Thousands Scores Several Many Most Some")
# Descriptions around a KB name that leave it the same group ("Ahrar al-Sham Islamic
# Movement"); "Armed" or "Revolutionary" before a name make another one ("Armed
# Revolutionary Nuclei" is not "Revolutionary Nuclei").
DESCRIPTIVE_WORDS = _norm("Islamic Islamist Jihadi Jihadist Military Sunni Shia Shiite Salafi")
# Lower-case heads that may close a name: "the Fatah Halab operations room", "Abu Amara brigade".
TRAILING_LOWER_HEADS = _norm("brigade brigades battalion battalions division army front "
                             "room militia council coalition alliance movement")
# Words that join the parts of a name without being capitalised. "in" is left out: "Ahrar
# al-Sham in Idlib" is far more common than an unknown "X in Y" name (the KB holds those).
CONNECTORS = frozenset({"of", "the", "for", "al", "el", "wa", "wal", "bin", "ibn", "fi", "li",
                        "min", "and", "operations", "de", "du", "ul"})
# A run may not end on these connectors (or start on them).
EDGE_FORBIDDEN = frozenset({"of", "the", "for", "wa", "wal", "bin", "ibn", "fi", "li", "min",
                            "in", "and", "de", "du", "ul", "a", "an"})
# "and" joins two names far more often than it sits inside one; only these runs keep it.
AND_ALLOWED_AFTER = _norm("Muhajirin Dawa Tawhid Sunna")
# Nationality adjectives: "Syrian Army", "Iraqi Army" are state forces, not new groups.
DEMONYMS = _norm(
    "Syrian Iraqi Russian Turkish Iranian American U.S. US Israeli Lebanese Jordanian Saudi "
    "French British Afghan Pakistani Yemeni Libyan Egyptian Somali Nigerian Malian Kurdish Arab "
    "Qatari Emirati Chinese German Indian Sudanese Algerian Tunisian Moroccan Palestinian "
    "Kenyan Ethiopian Ugandan Philippine Indonesian National Arab Government Regular"
)
# Civil bodies that share heads with armed groups; a run holding one is never discovered.
NON_ARMED_WORDS = _norm(
    "Nations European Ministry Human Rights University Crescent Football Club "
    "Olympic Parliament Parliamentary Medical Health Observatory Press News Agency Bank "
    "Monetary Trade Commission Senate Congress Court League Reuters Television"
)
# Month names: they open no name, except with a day and a head ("March 28 Brigade").
MONTHS = frozenset(w.lower() for w in (
    "January February March April May June July August September October November December"
).split())
# Capitalised sentence-openers and calendar words that never start a name (lower-cased).
OPENERS = frozenset(w.lower() for w in (
    "The A An In On At By For From After Before During Since When While This That These Those "
    "Yesterday Today Meanwhile However But And Also Both Some Many Most Several Other Its Their "
    "His Her Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March "
    "April May June July August September October November December Mon Tue Wed Thu Fri Sat "
    "Sun Jan Feb Mar Apr Jun Jul Aug Sep Oct Nov Dec Last Next Several Earlier Later Then "
    "Now Under Against Despite Although Though Unlike Like With Without As If Once"
).split())
# Capitalised words that alone never make a sentence worth running NER on: pronouns, nationality
# and community adjectives ("Syrian", "Kurdish"), page words and plural weekdays. Measured on 150
# FA-KES articles: these triggered the NER pass on over a third of the sentences it ran on.
NER_SKIP_WORDS = frozenset(w.lower() for w in (
    "They We She He It I My Our Your You Read Tags Airstrikes Tuesdays Saturdays Mondays Fridays "
    "Syrian Syrians Russian Russians Kurdish Kurds Turkish Turks Iraqi Iraqis Iranian Iranians "
    "Lebanese Arab Arabs Arabic Israeli Israelis Jordanian Saudi Qatari Emirati Egyptian Libyan "
    "Yemeni Afghan Pakistani American Americans British French German European Western Chechen "
    "Chechens Turkmen Circassian Islamist Islamists Jihadist Jihadists Sunni Sunnis Shia Shiite "
    "Shiites Alawite Alawites Druze Christian Christians Muslim Muslims Yazidi Yazidis Assyrian "
    "Kurdish-Arab Arab-Kurdish President Colonel General Dr Mr Mrs Minister"
).split())
# Hyphenated adjectives made from a name ("US-backed", "British-based"): not names themselves.
NER_SKIP_SUFFIXES = ("-backed", "-based", "-led", "-held", "-controlled", "-run", "-linked", "-affiliated")
# Introduction cues before a new name: "a new alliance named X", "known as X".
INTRO_CUES = (
    r"(?:named|called|dubbed|known\s+as|calling\s+(?:itself|themselves)|under\s+the\s+name"
    r"|under\s+the\s+banner\s+of|branded|rebranded\s+(?:itself\s+)?as|renamed(?:\s+itself)?)"
)
# Words that make a run after an introduction cue a group ("a new alliance named X").
INTRO_GROUP_NOUNS = (
    r"(?:alliance|coalition|group|faction|organi[sz]ation|front|movement|umbrella|militia"
    r"|brigade|battalion|operations\s+room|room|body|force|formation|entity|council|union)"
)
# Person nouns right before an introduction cue: "a commander named Yusuf al-Abdullah", "a
# cleric called X" introduce a person, not a group.
INTRO_PERSON_NOUNS = (
    r"(?:commander|leader|emir|amir|chief|spokesman|spokesperson|official|cleric|sheikh|man|woman"
    r"|fighter|militant|member|officer|colonel|general|soldier|pilot|preacher|judge|brother|son)"
)
# Words before "tribe" that describe rather than name it ("a Sunni tribe", "the local clan").
TRIBE_NOT_NAMES = frozenset({"sunni", "shia", "shiite", "alawite", "druze", "bedouin", "arab",
                             "kurdish", "local", "powerful", "large", "major", "other", "the",
                             "this", "that", "same", "one", "each", "every", "whole", "entire"})
# Group nouns after a person's possessive or "the ... of": "Abu Omar's jamaat".
PERSON_GROUP_NOUNS = frozenset({
    "jamaat", "jamaa", "jamaah", "jama'at", "group", "faction", "battalion", "brigade",
    "militia", "katiba", "katibat", "men", "followers", "unit",
})

# A capitalised name (one or two words) followed by the group's members or commanders:
# "Haqqani Commanders support camps", "Haqqani militants". The name is looked up among KB
# group names less their English head ("Haqqani Network" -> "Haqqani").
HEADLESS_MEMBERS = re.compile(
    r"\b(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\s+(?:[Cc]ommanders|[Mm]ilitants|[Ff]ighters|"
    r"[Oo]peratives|[Ll]eaders|[Mm]embers|[Cc]ells|[Cc]ommander|[Ll]eadership)\b")

# Scores per reason, set by hand: how often each kind of link was right on the dev excerpts.
SCORES = {
    "alias:exact": 1.0,
    "alias:normalized": 0.95,
    "alias:context": 0.85,
    "acronym:kb": 0.9,
    "acronym:short": 0.8,
    "acronym:defined": 0.95,
    # An undefined acronym read off a KB name: lower than a KB acronym, since initials
    # collide; picked by context (a co-mentioned actor of its country or linked in the KB)
    # or, without context, the only reading of a 4+ letter token.
    "acronym:derived": 0.7,
    "acronym:derived-unique": 0.65,
    "acronym:branch": 0.8,  # "AI-Syria": the KB's branch named by the group and the place
    "branch:country": 0.75,  # "AI's Syrian branch": the KB's branch of the group there
    "alias:head": 0.9,
    "alias:headless": 0.75,  # "Haqqani militants": a KB group name less its head, with members
    "alias:tail": 0.75,  # "the Volunteer Force": the end of a KB name the document names
    "fuzzy": 0.85,
    "discovered:head": 0.8,
    "discovered:cue": 0.85,
    "discovered:tribe": 0.8,  # "the al-Sheitaat tribe": the head noun says what it is
    "discovered:named-after": 0.75,
    "discovered:repeat": 0.8,
    "discovered:acronym": 0.8,
    "discovered:context": 0.6,
    "discovered:merger": 0.6,  # a name listed with a known group as a party of a merger
    "discovered:formed-named": 0.75,  # "to form the Reformist Group": named as a formed body
    "discovered:extended": 0.7,
    "discovered:person": 0.7,
    "named-after:kb-leader": 0.8,
    "gloss": 0.9,
    "demonym:state": 0.75,  # "Saudi-backed", "Turkish backing": the state as an actor
    "ner:person": 0.8,
    "ner:place": 0.8,
    "person:partial": 0.75,
}
# Acronyms this short (or listed) collide with English words and other groups: they need
# context ("IS fighters", "the FSA's", or the full name elsewhere in the document).
SHORT_ACRONYM_LEN = 2
AMBIGUOUS_ACRONYMS = frozenset({"IS", "AQ", "FSA", "NF", "SAA", "PMF", "PMU", "JN", "AI", "IA"})
ACRONYM_CONTEXT_WORDS = frozenset({
    "the", "of", "by", "against", "with", "and", "or", "to", "from", "between", "fighters",
    "militants", "jihadists", "group", "forces", "attacked", "claimed", "captured", "seized",
    "clashed", "fought", "rebels", "affiliate", "leader", "members", "units", "worked",
    "pledged", "declared", "joined", "said", "has", "had", "was", "is", "were", "took",
    "on", "into", "for", "as", "while", "led", "pro", "anti",
})
# Fuzzy matching of a discovered name to a KB name (rapidfuzz ratio on keys). 90 lets
# "Fateh"/"Fatah" and "Jund al-Aqsa"/"Jund al-Aqsaa" meet but keeps "Jaysh al-Islam" and
# "Jaysh al-Izza" (ratio 85) apart; set by hand on such pairs.
FUZZY_MIN_RATIO = 90.0
# Connectors a near spelling may add or drop ("Observatory of / for Human Rights", "Jaish-e-").
FUZZY_IGNORED_WORDS = frozenset({"of", "fur", "the", "and", "e", "i", "ul", "al"})
# Ratio two differing words need to be one word misspelt: 78 keeps "Fustat"/"Fastat" (83) and
# "Sayyid"/"Seyyed" (80) but not "Hara"/"Dara" or "Raqa"/"Aqsa" (75), one letter of four.
FUZZY_WORD_MIN_RATIO = 78.0
# Ratio for differing words that run together in one spelling ("nur din" / "nuridin").
FUZZY_JOINED_MIN_RATIO = 85.0
