"""The German language layer: lemma, part of speech, morphology and dependencies of every token.

`analyse(article)` runs once per article inside the `annotate` stage and fills `Article.tokens`,
sentence by sentence. The default backend is the small model that `chronik train syntax` trains
from the UD German treebanks and that ships in `data/language/`; a user who has a spaCy German
model installed ("de_core_news_lg", "de_dep_news_trf") selects it with `CHRONIK_SYNTAX_MODEL`
or `chronik run --syntax-model`. Nothing is downloaded.
"""

from __future__ import annotations

import gzip
import os
import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from ..errors import ChronikError
from ..records import Article, Sentence, Token
from .detect import detect

DEFAULT_MODEL = "chronik"
SETTING = "CHRONIK_SYNTAX_MODEL"
PARTICLE = "compound:prt"
AUXILIARY_RELATIONS = ("aux", "aux:pass")
PARTICLES = ("ab", "an", "auf", "aus", "bei", "dar", "durch", "ein", "fest", "fort", "frei",
             "gegenüber", "her", "heraus", "herbei", "hin", "hinzu", "los", "mit", "nach",
             "statt", "teil", "um", "vor", "voran", "vorbei", "weg", "weiter", "wieder", "zu",
             "zurück", "zusammen", "bereit", "bekannt", "stand", "kennen", "gefangen")
SEPARATED_WORDS = frozenset(PARTICLES) - {"weiter", "wieder"}
"""Separated first parts that the parser may take for an adverb or adjective of the verb ("gab
... bekannt", "teilte ... mit"); "weiter" and "wieder" after a verb are adverbs ("sagte
weiter" says on)."""
SEPARATED_RELATIONS = ("advmod", "compound", "mark", "ccomp", "xcomp")
"""Relations the parser gives a separated first part it takes for an adverb, adjective or
complement ("gab ... bekannt" with "bekannt" as a clause)."""
ATTRIBUTIVE_ADJECTIVE, ATTRIBUTE, OBJECT = "ADJA", "amod", "obj"
"""The tag, relation and argument by which `_verb_with_object` tells a verb the tagger called an
adjective."""
SUBJECT, ADVERBIAL, CASE_MARKER = "nsubj", "obl", "case"
"""The relations by which `_fronted_subjects` finds a subject the parser took for an adverbial."""
SUBJECTS = ("nsubj", "nsubj:pass")
PREPOSITION_TAGS = ("APPR", "APPRART", "APPO", "APZR")
"""Relations of subjects, and tags of prepositions, which no subject has
(`_prepositional_subjects`)."""
DETERMINER_STEMS = ("ein", "kein", "mein", "dein", "sein", "ihr", "unser", "eur")
NEVER_NOMINATIVE = frozenset({"den", "dem", "des", "diesen", "diesem", "jenen", "jenem"} |
                             {stem + ending for stem in DETERMINER_STEMS
                              for ending in ("en", "em", "es")})
"""Forms of articles and possessives that no nominative has: accusative, dative or genitive
("dieses" and "jenes" may be nominative)."""
MAYBE_NOMINATIVE = frozenset({"der", "die", "das", "dieser", "diese", "dieses", "jener", "jene",
                              "jenes"} | {stem + ending for stem in DETERMINER_STEMS
                                          for ending in ("", "e")})
"""Forms of articles and possessives that a nominative may have."""
DETERMINERS = ("det", "det:poss")
OBJECT_OF_CASE = {"Dat": "iobj", "Acc": OBJECT}
"""The relation `_fronted_objects` gives a fronted phrase by its case (else an adverbial)."""
INFINITIVE_MARKER = "zu"
"""The word that marks an infinitive before its verb ("um X zu senken"), never a particle there."""
COMPOUND_PREFIX = 3
COMPOUND_HEAD = 4
"""Shortest first part and last part of a compound noun looked up by its last part."""
ZU_INFINITIVE = re.compile(rf"^({'|'.join(PARTICLES)})zu(\w+n)$")
"""A separable verb's zu-infinitive ("freizulassen", "zurückzuweisen") holds its lemma."""
ISCH_ADJECTIVE = re.compile(r"^(\w{3,}isch)(?:e|en|em|er|es)?$", re.IGNORECASE)
"""An adjective in -isch, which declines regularly ("chilenischen" -> "chilenisch"); the
dictionaries lack most of those formed from names."""
UMLAUTS = str.maketrans("äöü", "aou")
CONTRARY_SUFFIX = "widrig"
NEGATING_PREFIX = "un"
PRIVATIVE_SUFFIX = "los"
"""Word formation that gives an adjective its polarity (`polarity`)."""


def model_path() -> Path:
    """Where the shipped model lies."""
    return Path(str(resources.files("chronik") / "data" / "language" / "de_syntax"))


@cache
def load(name: str = DEFAULT_MODEL):
    """The spaCy pipeline called `name`: "chronik" for the shipped model, else an installed
    spaCy package or a model folder."""
    import spacy

    try:
        if name == DEFAULT_MODEL:
            return spacy.load(model_path(), exclude=["senter", "ner"])
        return spacy.load(name, exclude=["ner"])
    except OSError as error:
        raise ChronikError(f"syntax model {name!r} cannot be loaded ({error}); "
                           f"'{DEFAULT_MODEL}' is the model that ships with chronik") from error


def selected() -> str:
    return os.environ.get(SETTING) or DEFAULT_MODEL


def analyse(article: Article, only: set[int] | None = None) -> Article:
    """Fill `article.tokens` from `article.sentences`, one parse per sentence, or only from the
    sentences whose index is in `only`; an article in another language than German keeps
    none."""
    if detect(article.text) != "de":
        article.tokens = []
        return article
    model = selected()
    chosen = [s for s in article.sentences if only is None or s.index in only]
    unseen = list(dict.fromkeys(s.text for s in chosen if (model, s.text) not in _PARSES))
    if unseen:
        nlp = load(model)
        inputs = [_without_spaces(nlp, text) for text in unseen]
        docs = nlp.pipe((doc for doc, _ in inputs), batch_size=64)
        for text, (_, starts), doc in zip(unseen, inputs, docs, strict=True):
            _remember((model, text), _placed(words(doc), starts))
    tokens: list[Token] = []
    for sentence in chosen:
        tokens.extend(_tokens(sentence, _PARSES[(model, sentence.text)], len(tokens)))
    article.tokens = tokens
    return article


def _without_spaces(nlp, text: str):
    """`text` tokenized for parsing, without the tokens of extra whitespace ("Thomas,  sagte"),
    which the parser would tag and attach like words, and where each word starts in `text`."""
    from spacy.tokens import Doc

    words = [t for t in nlp.tokenizer(text) if not t.is_space]
    spaces = [words[i + 1].idx > t.idx + len(t.text) if i + 1 < len(words) else False
              for i, t in enumerate(words)]
    return Doc(nlp.vocab, words=[t.text for t in words], spaces=spaces), [t.idx for t in words]


def _placed(words: tuple[Token, ...], starts: list[int]) -> tuple[Token, ...]:
    """The words where they stand in the sentence's own text."""
    return tuple(replace(w, start=start, end=start + len(w.text))
                 for w, start in zip(words, starts, strict=True))


PARSE_CACHE = 20_000
"""Sentences whose analysis `analyse` keeps: copies of an agency report repeat most of theirs."""
_PARSES: dict[tuple[str, str], tuple[Token, ...]] = {}


def _remember(key: tuple[str, str], words: tuple[Token, ...]) -> None:
    """Keep `words` for `key`, forgetting the oldest sentence beyond `PARSE_CACHE`."""
    if len(_PARSES) >= PARSE_CACHE:
        del _PARSES[next(iter(_PARSES))]
    _PARSES[key] = words


@cache
def lemma_table() -> dict[tuple[str, str], str]:
    """(form, "V", "N" or "A") -> lemma, from the inflection dictionaries
    (`scripts/derive_lemmas.py`)."""
    path = resources.files("chronik") / "data" / "language" / "lemmas_de.tsv.gz"
    with gzip.open(str(path), "rt", encoding="utf-8") as handle:
        rows = (line.rstrip("\n").split("\t") for line in handle)
        return {(form, kind): lemma for form, lemma, kind in rows}


@cache
def _polarities() -> dict[str, float]:
    path = resources.files("chronik") / "data" / "language" / "polarity_de.tsv"
    rows = (line.split("\t") for line in path.read_text("utf-8").splitlines()
            if line and not line.startswith("#"))
    return {word: float(value) for word, value in rows}


def polarity(word: str, upos: str) -> float:
    """How good or bad a word calls what it names, -1.0 to 1.0 (`scripts/derive_polarity.py`,
    the German Polarity Lexicon): a noun as written or by the last part of a compound
    ("Menschenrechtsverbrechen" as "Verbrechen"), any other word lower-cased or, if the lexicon
    lacks it, by its derivation (`_derived_polarity`); 0 if unknown."""
    table = _polarities()
    if upos in ("NOUN", "PROPN"):
        if word in table:
            return table[word]
        return next((table[head] for _, head in compound_splits(word) if head in table), 0.0)
    word = word.lower()
    return table[word] if word in table else _derived_polarity(word, table)


def _derived_polarity(word: str, table: dict[str, float]) -> float:
    """The polarity German word formation gives an adjective the lexicon lacks: "-widrig" is
    against a rule ("satzungswidrig"); "un-" turns a known adjective ("unseriös"); "-los"
    lacks what its stem names, bad where the stem is good ("ruhmlos") and good where it is bad
    ("mühelos"), with or without a joining s ("hoffnungslos")."""
    if word.endswith(CONTRARY_SUFFIX):
        return -1.0
    if word.startswith(NEGATING_PREFIX) and word[len(NEGATING_PREFIX):] in table:
        return -table[word[len(NEGATING_PREFIX):]]
    if word.endswith(PRIVATIVE_SUFFIX):
        stem = word[:-len(PRIVATIVE_SUFFIX)].capitalize()
        for noun in (stem, stem[:-1] if stem.endswith("s") else stem):
            if noun in table:
                return -table[noun]
    return 0.0


@cache
def person_nouns() -> frozenset[str]:
    """The noun lemmas that name people, found by German's movement of nouns: a masculine noun
    with a feminine in -in whose plural is -innen ("Architekt" / "Architektin" / "Architektinnen",
    "Bäcker" / "Bäckerin"), both of them; "Termin" (plural "Termine") is none."""
    table = lemma_table()
    nouns = {lemma for (_, kind), lemma in table.items() if kind == "N"}
    people: set[str] = set()
    for feminine in nouns:
        if not feminine.endswith("in") or table.get((feminine + "nen", "N")) != feminine:
            continue
        stem = feminine[:-2]
        umlaut = max(stem.rfind(vowel) for vowel in "äöü")
        plain = stem[:umlaut] + stem[umlaut].translate(UMLAUTS) + stem[umlaut + 1:] \
            if umlaut >= 0 else stem
        for masculine in (stem, plain):
            if masculine in nouns:
                people.update((masculine, feminine))
    return frozenset(people)


@lru_cache(maxsize=65536)
def is_person_noun(word: str) -> bool:
    """Whether `word` is a form of a noun for people (`person_nouns`), also as the last part of
    a compound ("Landschaftsarchitekten")."""
    table, people = lemma_table(), person_nouns()
    if table.get((word, "N")) in people:
        return True
    return any(table.get((head, "N")) in people for _, head in compound_splits(word))


def lemma(text: str, upos: str, guessed: str) -> str:
    """The lemma of a word: a verb's, noun's or adjective's from the inflection dictionaries (a
    compound noun by its last part: "Sicherheitskräften" → "Sicherheitskraft"), else the model's
    guess (an adjective in -isch by its regular declension); a proper name keeps its form,
    without a genitive s the model removed."""
    table = lemma_table()
    if upos in ("VERB", "AUX"):
        found = table.get((text.lower(), "V"))
        if found:
            return found
        return ZU_INFINITIVE.sub(r"\1\2", guessed) if guessed.lower() == text.lower() else guessed
    if upos == "NOUN":
        found = table.get((text, "N"))
        if found:
            return found
        for first, head in compound_splits(text):
            found = table.get((head, "N"))
            if found:
                return first + found.lower()
        return guessed
    if upos == "ADJ":
        found = table.get((text.lower(), "A"))
        if found:
            return found
        derived = ISCH_ADJECTIVE.match(text)
        return derived.group(1).lower() if derived else guessed
    if upos == "PROPN":
        return guessed if text == guessed + "s" else text
    return guessed


def is_zu_infinitive(text: str, lemma: str) -> bool:
    """Whether `text` is the infinitive of `lemma` with "zu" inside it ("abzuziehen" of
    "abziehen"), whatever the tagger called it."""
    text = text.lower()
    return text != lemma and ZU_INFINITIVE.sub(r"\1\2", text) == lemma


def compound_splits(word: str) -> Iterator[tuple[str, str]]:
    """(first part, last part capitalised) of `word` read as a compound noun, the longest last
    part first: "Raketenangriffe" → ("Rak", "Etenangriffe") ... ("Raketen", "Angriffe") ..."""
    for cut in range(COMPOUND_PREFIX, len(word) - COMPOUND_HEAD + 1):
        yield word[:cut], word[cut:].capitalize()


def part_of_speech(upos: str, tag: str) -> str:
    """The UPOS of a token, with the STTS tagger's word on verbs: the morphologizer may call a
    verb an adverb or adjective ("freizulassen" after a plural noun), the tagger rarely does."""
    if upos not in ("VERB", "AUX"):
        if tag.startswith("VV"):
            return "VERB"
        if tag.startswith(("VA", "VM")):
            return "AUX"
    return upos


def words(doc) -> tuple[Token, ...]:
    """The tokens of a parsed sentence, counted and placed from its start (`_tokens` moves them
    to their place in an article), with the layer's repairs of the parse."""
    particles: dict[int, str] = {}
    for t in sorted((t for t in doc if t.dep_ == PARTICLE and t.head.i != t.i),
                    key=lambda t: not _makes_verb(t.text.lower(), t.head)):
        verb = _particle_verb(t, doc, set(particles))
        if verb is not None:
            particles.setdefault(verb, t.text.lower())
    particles.update((t.head.i, t.text.lower()) for t in doc if _separated_part(t))
    auxiliaries = {t.head.i for t in doc if t.dep_ in AUXILIARY_RELATIONS and t.head.i != t.i}
    relations = _fronted_subjects(doc) | _prepositional_subjects(doc) | _fronted_objects(doc)
    result = []
    table = lemma_table()
    for t in doc:
        pos = part_of_speech(t.pos_, t.tag_)
        if (t.i in particles or t.i in auxiliaries or _verb_with_object(t)) and \
                pos not in ("VERB", "AUX") and (t.text.lower(), "V") in table:
            # a word with a separated particle ("griffen ... an"), an auxiliary ("untersagt
            # hatte") or, outside a noun phrase, an object ("X, unterstützte einen Plan") is a
            # verb
            pos = "VERB"
        word = lemma(t.text, pos, t.lemma_ or t.text)
        if t.i in particles and pos in ("VERB", "AUX"):
            word = particles[t.i] + word.lower()
        result.append(Token(t.i, t.idx, t.idx + len(t.text), t.text, 0, word, pos, t.tag_,
                            str(t.morph), t.head.i, relations.get(t.i, t.dep_)))
    return tuple(result)


def _fronted_subjects(doc) -> dict[int, str]:
    """Relations to correct where the parser took the nominative that opens a main clause for an
    adverbial and the accusative after the finite verb for its subject ("Quispe warnte Chile
    vor X" read as if Chile warned): by their case, the first is the subject, the second the
    object."""
    found: dict[int, str] = {}
    for word in doc:
        verb = word.head
        if word.dep_ != ADVERBIAL or word.pos_ not in ("NOUN", "PROPN") or \
                word.morph.get("Case") != ["Nom"] or not verb.tag_.endswith("FIN") or \
                word.i > verb.i or word.left_edge.i != verb.left_edge.i or \
                any(child.dep_ == CASE_MARKER for child in word.children):
            continue
        late = [c for c in verb.children if c.dep_ == SUBJECT and c.i > verb.i and
                c.morph.get("Case") == ["Acc"]]
        if len(late) == 1:
            found[word.i], found[late[0].i] = SUBJECT, OBJECT
    return found


def _fronted_objects(doc) -> dict[int, str]:
    """Relations to correct where the parser took an object or adverbial that opens a main
    clause, with an article no nominative has, for the subject, and the subject after the finite
    verb for its object ("Dem Nachbarland drohte Chile mit X" read as if the neighbour
    threatened): the one object after the verb that may be a nominative is the subject."""
    found: dict[int, str] = {}
    for verb in doc:
        if not verb.tag_.endswith("FIN"):
            continue
        subjects = [c for c in verb.children if c.dep_ == SUBJECT]
        late = [c for c in verb.children if c.dep_ == OBJECT and c.i > verb.i and
                _may_be_nominative(c)]
        if len(subjects) != 1 or len(late) != 1 or subjects[0].i > verb.i or \
                not _never_nominative(subjects[0]):
            continue
        case = next(iter(subjects[0].morph.get("Case")), None)
        found[subjects[0].i] = OBJECT_OF_CASE.get(case or "", ADVERBIAL)
        found[late[0].i] = SUBJECT
    return found


def _never_nominative(word) -> bool:
    """A noun phrase with an article or possessive that no nominative has."""
    return any(c.dep_ in DETERMINERS and c.text.lower() in NEVER_NOMINATIVE
               for c in word.children)


def _may_be_nominative(word) -> bool:
    """A noun phrase whose articles, if any, allow the nominative."""
    return all(c.text.lower() in MAYBE_NOMINATIVE for c in word.children
               if c.dep_ in DETERMINERS)


def _prepositional_subjects(doc) -> dict[int, str]:
    """Subjects with a preposition of their own, which no subject has: the parser's "nsubj" of
    "hart gegen die Terroristen durchzugreifen" is an adverbial ("wie" or "als" before a
    subject is no preposition: "wie die Feuerwehr mitteilte")."""
    return {word.i: ADVERBIAL for word in doc if word.dep_ in SUBJECTS and
            any(child.dep_ == CASE_MARKER and child.tag_.startswith(PREPOSITION_TAGS)
                for child in word.children)}


def _verb_with_object(word) -> bool:
    """Whether a word the tagger called an attributive adjective heads no noun but governs an
    object, as only a verb does: a past tense in -te ("unterstützte") reads as both."""
    return word.tag_ == ATTRIBUTIVE_ADJECTIVE and word.dep_ != ATTRIBUTE and \
        any(child.dep_ == OBJECT for child in word.children)


def _separated_part(word) -> bool:
    """A separable first part that the parser took for an adverb or adjective of the verb before
    it ("gab ... bekannt", "stand ... fest"), or of the verb right after it, written apart at
    the end of a clause ("wie das Amt bekannt gab"; "zu" there marks an infinitive, "um X zu
    sichern"): the two make a verb of the inflection dictionaries."""
    verb = word.head
    return word.dep_ in SEPARATED_RELATIONS and \
        word.text.lower() in SEPARATED_WORDS and (verb.i < word.i or (
            verb.i == word.i + 1 and word.text.lower() != INFINITIVE_MARKER)) and \
        verb.tag_.startswith(("VV", "VA")) and _makes_verb(word.text.lower(), verb)


def _particle_verb(particle, doc, taken: set[int]) -> int | None:
    """The position of the verb a separated particle belongs to: the parser's head if the two
    make a verb of the inflection dictionaries, else the nearest verb before the particle that
    does and has no particle yet (`taken`: "nannte den Plan vernünftig und forderte
    X auf" is "auffordern", not "aufnennen"; in "teilte mit, der Laden bleibe zu" the "zu"
    is no second particle of "teilte"); the head where none does (a verb the dictionaries
    lack), if the word is a particle at all: a postposition or verb the parser took for one
    ("kam der Meldung zufolge", "spricht davon, dass X ein Problem darstelle") joins none."""
    prefix = particle.text.lower()
    candidates = [particle.head] + [t for t in reversed(doc[:particle.i])
                                    if t.tag_.startswith(("VV", "VA", "VM"))]
    fallback = particle.head.i if prefix in PARTICLES else None
    return next((verb.i for verb in candidates
                 if verb.i not in taken and _makes_verb(prefix, verb)), fallback)


def _makes_verb(prefix: str, verb) -> bool:
    """Whether `prefix` and the lemma of the parsed `verb` make a verb of the inflection
    dictionaries ("auf" + "fordern")."""
    return prefix + lemma(verb.text, "VERB", verb.lemma_ or verb.text).lower() in _known_verbs()


@cache
def _known_verbs() -> frozenset[str]:
    return frozenset(found for (_, kind), found in lemma_table().items() if kind == "V")


def _tokens(sentence: Sentence, words: tuple[Token, ...], offset: int) -> list[Token]:
    return [replace(w, index=offset + w.index, start=sentence.start + w.start,
                    end=sentence.start + w.end, sentence=sentence.index, head=offset + w.head)
            for w in words]
