"""Read events off the dependency analysis of a German sentence.

A trigger is a verb or noun of the lemma lexicon (`lemmas`). For a verb, the source is its
subject, or the agent ("von X", "durch X") of a passive, whose subject is then the target; a
verb without a subject of its own takes it from the verb it is coordinated with or depends on
("X drohte, Y anzugreifen"), a relative clause from the noun it describes, and a personal
pronoun points back to an actor named before it (`tree.Sentence.antecedent`). The target is the first argument, in the
order the frame gives (object, dative, "an X", "gegen X" ...), that names an actor. For a noun,
the source is a genitive or "von"/"durch" phrase, a country adjective, or the subject of the
verb that governs it ("X übte Kritik an Y"); the target a prepositional phrase of the noun or of
that verb. Coordinated actors make one event each; "zwischen X und Y" and a reciprocal meeting
("X und Y trafen sich") pair the two sides.

An event that names no actor for its source has the implicit one of its type, if any: an arrest
or ban ("wurde festgenommen") the state's, the country the article is about; a protest
("Hunderte demonstrierten gegen ...") that country's protesters.

Status comes from the grammar: a negation ("nicht", or "kein" before the object) or a verb of
refusal governing the clause ("weigerte sich, ... zu unterzeichnen") → denied; future "werden"
(with an infinitive: with a participle it is the passive), a modal of intent ("wollen", "sollen",
"planen"; with a perfect infinitive it reports: "soll X angegriffen haben") → planned; a clause opened by "wenn", "falls"
→ conditional; Konjunktiv II of "können" and questions with "ob" are speculation, not events.
A threat is made when it is uttered, whatever it announces: it happened.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from ..actors import load as load_actors
from ..language import compound_splits, is_zu_infinitive, lemma_table, polarity
from ..records import Mention, Token
from ..timex.lexicon import german as timex_lexicon
from .lemmas import Frame, LemmaLexicon
from .statements import DEMANDING, counts_victims, statements
from .tree import AGENT_PREPOSITIONS, CLAUSE_RELATIONS, LOCATIVE_PREPOSITIONS, Sentence

SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
ARGUMENTS = frozenset({"obl", "obl:arg", "nmod", "obl:agent", "obj", "iobj"})
PARTNER_PREPOSITIONS = ("zwischen",)
OBJECTS = frozenset({"obj", "iobj", "obl", "obl:arg"})
"""Relations of a nominal without a preposition that, beside the subject, a parser may give a
verb's object."""
RELATIONS = ARGUMENTS | OBJECTS
STATE_VERBS = frozenset({"sein", "bleiben"})
ACCUSATIVE_PRONOUNS = frozenset({"mich", "dich", "ihn"})
ACCUSATIVE_ARTICLES = frozenset({"den", "einen", "keinen", "diesen", "jenen"})
NOMINATIVE_ARTICLES = frozenset({"der", "die", "das", "ein", "eine", "kein", "keine", "dieser",
                                 "diese", "dieses", "jener", "jene", "jenes"})
RECIPROCAL_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
ADDRESSED_TYPES = frozenset({"REQUEST", "AGREE", "AID", "CONCEDE"})
DIRECT_PREPOSITIONS = frozenset({"nach"})
"""Prepositions whose phrase is the target only when its head names an actor: a visit "nach
Peru", not "nach Angaben der Regierung"."""
STOPPED_TARGETS = ("an", "für", "mit", "auf", "gegen", "nmod")
"""Where the target of stopping an event stands: the stopped event's addressee, partner or
victim ("stellte die Hilfe für X ein", "beendete die Kooperation mit X", "stellte die
Angriffe auf X ein")."""
STATE_ORGANS = frozenset({"COP", "SEC", "JUD", "LEG"})
"""Sectors (`data/actors/sectors.yaml`) that act for the state."""
ENFORCING_ORGANS = ("COP", "SEC")
"""The state organs that arrest and ban: police and security forces."""
SPEAKING_KINDS = frozenset({"person", "country", "organization"})
"""Actors whose protest is a statement, not a demonstration."""
PROTESTERS = "PRO"
"""The sector of a country's protesters (`data/actors/sectors.yaml`)."""
FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})
# Types whose event stands without a target when the text names none (PLOVER: "Die Behörden
# nahmen 40 Arbeiter fest", "Der Minister trat zurück", "Die Regierung wies den Bericht
# zurück"), if it happened; an agreement, meeting or aid always has a partner, a threat an
# addressee, and an event only planned or denied without one is too vague to keep.
NEGATABLE_ARGUMENTS = frozenset({"obj", "iobj", "nsubj", "nsubj:pass"})
"""Arguments whose "kein" denies the event ("keine Zöllner wurden festgenommen")."""
ABSENCE_PREPOSITIONS = frozenset({"ohne"})
"""Prepositions of an event that did not take place ("ohne die Zustimmung der Landrätin")."""
OWN_OBJECT_TYPES = frozenset({"MOBILIZE"})
"""Types whose object is the actor's own force ("verlegte seine Einheiten", "versetzte die
Luftwaffe in Alarmbereitschaft"), no target."""
UNTARGETED_TYPES = frozenset({"COERCE", "ACCUSE", "REJECT", "MOBILIZE", "REQUEST", "ASSAULT",
                              "CONCEDE", "PROTEST", "RETREAT"})
# Clauses whose subject is borrowed or whose event is only a condition or a content: an event in
# one ("versprach, Truppen zu verlegen", "sollte X angreifen") stands without a target only if
# the grammar names one; what an accusation or demand contains is none (`CONTENT_TYPES`).
EMBEDDED = frozenset({"xcomp", "advcl", "acl", "csubj"})
# STTS tags of words that point to an actor named elsewhere: personal, demonstrative, relative,
# reflexive and indefinite pronouns ("ihn", "dies", "den", "jemanden").
# A rejection or concession answers a statement; its target is the statement's author.
ANSWERING_TYPES = frozenset({"REJECT", "CONCEDE"})
SPEECH_ACT_TYPES = frozenset({"REQUEST", "ACCUSE", "AGREE", "THREATEN", "CONSULT"})
PATIENT_AGENT = "durch"
"""The preposition of the doer beside a noun whose genitive undergoes the act ("die Festnahme
von X durch Y")."""
OBJECT_NOMINALISATIONS = ("ung", "nahme")
"""Endings of nouns formed from a verb with its object ("Verhaftung", "Festnahme"): their
genitive is what the verb's object was."""
GENITIVE_ENDINGS = ("s", "ß", "x", "z", "'", "’")
"""How a name before its noun ends in the genitive ("Perus", "Marx'", "Lerchs")."""
REPORTED_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN"})
"""Speech acts whose agentless passive in a statement is the speaker's own."""
SETTING_PREPOSITIONS = frozenset({"in", "im", "bei", "beim", "aus", "auf", "nahe", "während",
                                  "seit", "an", "am", "um", "vor", "nach"})
PREDICATIVE_RELATIONS = frozenset({"xcomp", "advmod", "parataxis", "compound:prt"})
"""Relations a parser gives a predicative adjective after its object ("machte hierfür die
Zöllner verantwortlich" may come as parataxis); an uninflected adjective (ADJD) it may
also make a clausal complement or an object."""
CONTENT_TYPES = frozenset({"ACCUSE", "REQUEST"})
"""Speech acts whose clause is what is alleged or demanded, no event of its own ("warf X vor,
Y angegriffen zu haben", "forderte X auf, die Truppen abzuziehen")."""
CONTENT_OBJECT_TYPES = frozenset({"ACCUSE", "REQUEST", "THREATEN", "AGREE", "SUPPORT",
                                  "REJECT"})
"""Types whose object may be an event: what is condemned, asked, threatened, promised, backed or
refused ("drohte Sanktionen an", "sagte Hilfe zu")."""
JUDGING_TYPES = frozenset({"SUPPORT", "ACCUSE"})
"""Types that back or condemn what their object names (a protest names its protesters)."""
MISHUNG = ("nmod", "acl")
"""Relations under which the parser hangs a verb's phrase on its subject or object ("bezeichnete
die Reform als Trick der Regierung": "als Trick" as an attribute of "Reform")."""
JUDGING_PREPOSITION = "als"
"""A verb that judges with "als" ("bezeichnete X als Werk der Regierung") accuses someone only if
its object or its "als" phrase names an actor; of a thing it states an opinion ("bezeichnete den
Besuch als Erfolg"): such a frame has no event without a target."""
CLAUSE_SLOT = "clause"
"""The target slot of the subject of the clause a verb reports ("kritisierte, dass X ...")."""
CUSTODY_TYPE = "COERCE"
PENALTY_PREPOSITION = "zu"
"""A sentence "zu" a penalty states an arrest too when the penalty is custody (`custody`)."""
OCCASION_PREPOSITIONS = frozenset({"bei", "beim", "zu", "zum", "während"})
"""Prepositions of a noun trigger whose occasion the subject of any verb takes part in ("sagte bei
seinem Besuch", "reiste zu einem Treffen"); as object of another verb the noun is its topic ("nannte
den Besuch einen Erfolg")."""
POINTING_TAGS = frozenset({"PPER", "PDS", "PRELS", "PRF", "PIS", "PPOSS"})
"""Force announced for the future or on a condition, in a statement, is a threat (PLOVER)."""


@dataclass(slots=True)
class Candidate:
    """An event as the grammar states it: actors are ids of the actor base."""

    type: str
    source: str
    target: str | None
    trigger: Token
    clause: tuple[int, int]
    status: str
    mode: str | None
    condition: str | None = None
    participants: tuple[str, ...] = ()
    answers: str | None = None
    """The type of the speech act that a rejection without a named author answers ("wies die
    Vorwürfe zurück" answers an ACCUSE): its author, if the article named one, is the target."""


def speaker(tokens: list[Token], mentions: list[Mention], before: list[Mention],
            lexicon: LemmaLexicon) -> str | None:
    """The actor who speaks in this sentence, if a statement names one."""
    if not tokens:
        return None
    sentence = Sentence(tokens, mentions, before)
    for statement in statements(sentence, lexicon):
        actor = sentence.actor(statement.speaker)
        if actor:
            return actor
    return None


def candidates(tokens: list[Token], mentions: list[Mention], before: list[Mention],
               lexicon: LemmaLexicon, reported_by: str | None = None,
               implicit: dict[str, str] | None = None) -> Iterator[Candidate]:
    """The events one sentence states; `reported_by` is the speaker of the sentences before,
    whose reported speech (Konjunktiv) may go on in this one; `implicit` the source of an event
    of a type that names none (type → actor)."""
    if not tokens:
        return
    sentence = Sentence(tokens, mentions, before)
    sentence.reported_by = reported_by
    sentence.implicit = implicit or {}
    if not sentence.mentions and not sentence.before:
        return
    for token in tokens:
        if (token.upos == "VERB" and token.dep != "amod") or \
                (token.upos == "AUX" and token.dep != "aux"):
            frames = [f for f in lexicon.verb_frames(token.lemma, _prepositions(sentence, token))
                      if _penalty_fits(sentence, token, f, lexicon) and
                      _own_event(sentence, token, f, lexicon)] or \
                _stopping(sentence, token, lexicon)
            for frame in filter(None, (_judged(sentence, token, f) for f in frames)):
                yield from _spoken(sentence, _verb_events(sentence, token, frame, lexicon),
                                   lexicon)
        elif token.upos == "ADJ" and token.lemma in lexicon.verbs and \
                (verb := _predicating_verb(sentence, token, lexicon)) is not None:
            prepositions = _prepositions(sentence, verb) | _prepositions(sentence, token)
            for frame in lexicon.verb_frames(token.lemma, prepositions):
                yield from _spoken(sentence, _verb_events(sentence, verb, frame, lexicon,
                                                          (token,)), lexicon)
        elif token.upos in ("NOUN", "PROPN"):
            frame = _noun_frame(sentence, token, lexicon)
            if frame and not any(m.start <= token.start and token.end <= m.end
                                 for m in sentence.mentions):
                yield from _spoken(sentence, _noun_events(sentence, token, frame, lexicon),
                                   lexicon)


def verb_types(tokens: list[Token], lexicon: LemmaLexicon) -> dict[str, set[str]]:
    """The words of a sentence that the parse reads as a verb of the lexicon, each with the
    event types a pattern's trigger on it may have: those of its frames with the prepositions it
    has ("verurteilte X zu drei Jahren Haft" convicts and imprisons, SANCTION and COERCE, it
    condemns nobody, ACCUSE), none in an idiom ("sprach von einem Erfolg") or for a light verb
    that carries its object's event ("flog Luftangriffe" is no visit); a verb with a
    separated particle those its whole lemma can state ("sprach sich für X aus" is
    "aussprechen", whose reading as "sprechen mit" states no meeting)."""
    if not tokens:
        return {}
    sentence = Sentence(tokens, [], [])
    found = {}
    for token in tokens:
        if token.upos == "VERB" and (token.lemma in lexicon.verbs or
                                     token.lemma in lexicon.light_verbs):
            prepositions = _prepositions(sentence, token)
            frames = lexicon.verb_frames(token.lemma, prepositions)
            if frames or lexicon.is_idiom(token.lemma, prepositions) or \
                    _event_object(sentence, token, lexicon):
                found[token.text] = {f.type for f in frames
                                     if _own_event(sentence, token, f, lexicon)}
    particle_verbs = {t.head for t in tokens if t.dep == "compound:prt"}
    return found | {t.text: lexicon.verb_types(t.lemma) for t in tokens
                    if t.index in particle_verbs}


def _noun_frame(sentence: Sentence, noun: Token, lexicon: LemmaLexicon) -> Frame | None:
    """The frame of a trigger noun, if the preposition it needs heads one of its phrases or one
    of the verb whose object it is, where the parser may hang it ("eröffnete den Prozess gegen
    X" with "gegen X" on the verb; "der Friedensprozess" is no trial)."""
    frame = lexicon.noun(noun.lemma)
    if frame is None or frame.preposition is None:
        return frame
    head = sentence.head(noun)
    found = _prepositions(sentence, noun)
    if noun.dep in OBJECTS and head is not None and head.upos == "VERB":
        found |= _prepositions(sentence, head)
    return frame if frame.preposition in found else None


def _penalty_fits(sentence: Sentence, verb: Token, frame: Frame, lexicon: LemmaLexicon
                  ) -> bool:
    """Whether a sentence "zu" a penalty states the frame's event: an arrest only where the
    penalty is custody ("zu drei Jahren Haft", not "zu einer Geldstrafe")."""
    if frame.type != CUSTODY_TYPE or frame.preposition != PENALTY_PREPOSITION:
        return True
    return any(lexicon.is_custody(t.lemma) for t in sentence.subtree(verb)
               if t.upos in ("NOUN", "PROPN"))


def _predicating_verb(sentence: Sentence, adjective: Token, lexicon: LemmaLexicon
                      ) -> Token | None:
    """The light verb an adjective of the lexicon predicates with, which then states its event
    with its own subject and object ("machte die Zöllner verantwortlich", "äußerte sich kritisch
    gegenüber X")."""
    head = sentence.head(adjective)
    predicative = adjective.dep in PREDICATIVE_RELATIONS or \
        (adjective.tag == "ADJD" and adjective.dep in ("ccomp", "obj"))
    if predicative and head is not None and head.lemma in lexicon.light_verbs:
        return head
    # "machte X verantwortlich": the parser may make the verb the adjective's auxiliary
    return next((k for k in sentence.kids(adjective, "aux", "cop")
                 if k.upos == "VERB" and k.lemma in lexicon.light_verbs), None)


def _judged(sentence: Sentence, verb: Token, frame: Frame) -> Frame | None:
    """A frame of judging with "als" as what its words make it: praise where they call the
    object good ("bezeichnete den Plan als großen Erfolg" supports), criticism where they call
    it bad or name no quality ("als Werk der Staatsregierung"); none for an adjective of no known
    polarity ("als rechtmäßig"). Its target is its object or an actor its "als" noun names."""
    if frame.preposition != JUDGING_PREPOSITION:
        return frame
    score = _judgement(sentence, verb)
    # a verb of judging takes no dative; a quality names nobody ("als unerträglich für X")
    unused = {"iobj"}
    if not any(p.upos in ("NOUN", "PROPN") for p in _judging_phrases(sentence, verb)):
        if score == 0:
            return None
        unused.add(JUDGING_PREPOSITION)
    frame = replace(frame, targets=tuple(t for t in frame.targets if t not in unused))
    return replace(frame, type="SUPPORT") if score > 0 else frame


def _judging_phrases(sentence: Sentence, verb: Token) -> list[Token]:
    """The "als" phrases of a verb of judging, also one the parser hung on its object."""
    return [k for head in [verb, *sentence.kids(verb, *OBJECTS)]
            for k in sentence.kids(head) if _judging_phrase(sentence, k)]


def _judgement(sentence: Sentence, verb: Token) -> float:
    """How good or bad the "als" phrase of a verb of judging calls its object: the polarity of
    its head and adjectives (`language.polarity`), turned by a negation ("als kein Erfolg")."""
    score = 0.0
    for phrase in _judging_phrases(sentence, verb):
        words = [phrase, *sentence.kids(phrase, "amod", "advmod")]
        value = sum(polarity(w.lemma, w.upos) for w in words)
        negated = any(w.lemma.lower() in ("nicht", "kein") for w in sentence.phrase(phrase))
        score += -value if negated else value
    return score


def _judging_phrase(sentence: Sentence, token: Token) -> bool:
    """Whether `token` heads a phrase with "als" ("als Erfolg"), or is an adjective right after
    an "als" ("als unangemessen", which the parser may hang on the verb beside it)."""
    if sentence.case(token) == JUDGING_PREPOSITION or any(
            k.lemma.lower() == JUDGING_PREPOSITION and k.index < token.index
            for k in sentence.kids(token, "case", "cc", "mark")):
        return True
    before = sentence.token(token.index - 1) if token.index > sentence.first else None
    return token.upos in ("ADJ", "ADV") and before is not None and \
        before.lemma.lower() == JUDGING_PREPOSITION


def _own_event(sentence: Sentence, verb: Token, frame: Frame, lexicon: LemmaLexicon) -> bool:
    """Whether `verb` states the event of its own `frame`: a light verb with an event noun for
    object carries that event instead ("traf eine Vereinbarung" meets nobody, "schloss ein
    Abkommen" closes nothing), unless its own event is about that object (`CONTENT_OBJECT_TYPES`:
    "drohte Sanktionen an" threatens); a verb of `LemmaLexicon.transitive` states it only with
    an object or in the passive ("der Index schloss im Plus" closes nothing); a demand of
    victims is none ("forderte zwölf Todesopfer")."""
    if verb.lemma in lexicon.transitive and not sentence.kids(verb, "obj") and \
            not _subjects(sentence, verb, lexicon)[2]:
        return False
    if frame.type == DEMANDING and counts_victims(sentence, verb, lexicon):
        return False
    return frame.type in CONTENT_OBJECT_TYPES or not _event_object(sentence, verb, lexicon)


def _event_object(sentence: Sentence, verb: Token, lexicon: LemmaLexicon) -> bool:
    """Whether `verb` is a light verb with a trigger noun for object ("flog Luftangriffe"; the
    parser may call an object without a preposition "obl")."""
    return verb.lemma in lexicon.light_verbs and \
        any(lexicon.noun(k.lemma) is not None for k in sentence.kids(verb, "obj", "obl")
            if sentence.case(k) is None)


def _stopping(sentence: Sentence, verb: Token, lexicon: LemmaLexicon) -> list[Frame]:
    """The event a verb of stopping states with an event for object (`LemmaLexicon.stopped`):
    a concession for a protest or attacks, a sanction for aid; its target is the stopped
    event's ("stellte die Hilfe für X ein")."""
    if verb.lemma not in lexicon.stopping:
        return []
    for kid in sentence.kids(verb, "obj"):
        stopped = lexicon.noun(kid.lemma)
        if stopped is not None and stopped.type in lexicon.stopped:
            type_, mode = lexicon.stopped[stopped.type]
            return [Frame(type_, verb.lemma, STOPPED_TARGETS, mode)]
    return []


def _spoken(sentence: Sentence, found: Iterator[Candidate], lexicon: LemmaLexicon
            ) -> Iterator[Candidate]:
    """The candidates, a protest that a person, state or organisation voices made an
    accusation (PLOVER); one that a country's people make ("Hunderte Peruaner protestierten")
    is their protest in the street, its source that country's protesters."""
    kinds = {m.actor_id: m.kind for m in sentence.before + sentence.mentions}
    base = load_actors()
    people = {m.actor_id for m in sentence.mentions if base.demonyms.get(m.text) == m.actor_id}
    for candidate in found:
        if candidate.type == "PROTEST" and candidate.source in people:
            protesters = base.sector_actor(candidate.source, PROTESTERS)
            candidate = replace(candidate, source=protesters)
        elif candidate.type == "PROTEST" and \
                candidate.trigger.lemma in lexicon.spoken_protests and \
                kinds.get(candidate.source) in SPEAKING_KINDS:
            candidate = replace(candidate, type="ACCUSE")
        yield candidate


def _prepositions(sentence: Sentence, verb: Token) -> set[str]:
    """The prepositions that head the verb's arguments, and those of a phrase the parser hung
    on its subject or object instead ("haben sich die Bauern und die Minister gegen einen
    Streik ausgesprochen": "gegen" belongs to the verb, a noun is not "against"); each also
    with the lemma of its noun, for a frame that needs that phrase ("gehen/auf Straße")."""
    kids = sentence.kids(verb)
    nominals = [n for k in kids if k.dep in SUBJECTS | OBJECTS
                for n in [k, *sentence.kids(k, "conj")]]
    phrases = kids + [p for n in nominals for p in sentence.kids(n, *MISHUNG)]
    found = {f"{case} {p.lemma}" for p in phrases if (case := sentence.case(p)) is not None}
    found |= {sentence.case(p) for p in phrases}
    # "bezeichnete den Plan als Erfolg": the parser may co-ordinate the "als" phrase
    found |= {JUDGING_PREPOSITION for n in [*kids, *nominals] if _judging_phrase(sentence, n)}
    return found - {None}


def _subjects(sentence: Sentence, verb: Token, lexicon: LemmaLexicon
              ) -> tuple[list[str], list[str], bool]:
    """Sources and patients of a verb, and whether it is passive (with "werden", also where the
    parser calls it a plain auxiliary, or of state with "sein" or "bleiben": "ist angeklagt",
    "bleiben inhaftiert")."""
    kids = sentence.kids(verb)
    stative = _stative_passive(sentence, verb, lexicon)
    passive = stative is not None or \
        (any(k.dep in ("aux:pass", "nsubj:pass") for k in kids) and
         not _sein_perfect(sentence, verb, lexicon)) or \
        any(k.dep == "aux" and k.lemma.lower() in lexicon.future and
            not _future(sentence, verb, k, lexicon) for k in kids)
    head = sentence.head(verb)
    shared = verb.dep == "conj" and verb.tag == "VVPP" and head is not None and \
        head.upos == "VERB" and any(k.dep in ("aux:pass", "nsubj:pass")
                                    for k in sentence.kids(head))
    passive = passive or shared
    agents = _agents(sentence, verb, lexicon, passive)
    subjects = _subject_heads(sentence, stative or verb)
    if passive:
        if shared:
            # "wurde aufgespürt und festgenommen": the second participle shares the first's
            subjects = subjects or _subject_heads(sentence, head)
            agents = agents or _agents(sentence, head, lexicon, True)
        # a passive has no accusative object: an object the parser found is its subject
        subjects = subjects or sentence.kids(stative or verb, "obj") or \
            (sentence.kids(head, "obj") if shared else [])
        # "wurde Ivan Petrow von der Marine festgenommen": the parser may hang the agent on a
        # name, also on the name that follows the subject's noun ("der Bandenchef Ivan Petrow von
        # ..."), or on a subject that names its actor by itself ("wurden chilenische Diplomaten
        # von peruanischen Polizeikräften angegriffen"; "Mitglieder von X" are X's, no agent)
        names = [n for s in subjects for n in [s, *sentence.kids(s, "appos")]
                 if n.upos == "PROPN" or sentence.actor(n, nested=False) is not None]
        agents += [k for n in names for k in sentence.kids(n, "nmod")
                   if sentence.case(k) in AGENT_PREPOSITIONS]
        sources = [a for k in agents for a in sentence.actors(k)]
        patients = [a for k in subjects for a in sentence.actors(k) if a not in sources]
        return sources, patients, True
    sources = [a for k in subjects for a in sentence.actors(k)]
    if not subjects:
        sources = _inherited_subject(sentence, verb, lexicon)
    return sources, [], False


def _agents(sentence: Sentence, verb: Token, lexicon: LemmaLexicon, passive: bool
            ) -> list[Token]:
    """The phrases naming who acts in a passive: one with "von" or "durch" (a genitive the
    parser calls an agent, "wurden Mitglieder der Opposition festgenommen", is none), or the
    genitive of an order ("wurde auf Befehl des Gouverneurs geräumt": who ordered it did it)."""
    kids = sentence.kids(verb)
    agents = [k for k in kids if sentence.case(k) in AGENT_PREPOSITIONS and
              (k.dep == "obl:agent" or (passive and k.dep in ("obl", "nmod")))]
    # "wurde am Montag von der Marine festgenommen": the parser may hang the agent on the day
    agents += [g for k in kids if passive and _calendar_word(k)
               for g in sentence.kids(k, "nmod") if sentence.case(g) in AGENT_PREPOSITIONS]
    return agents + [g for k in kids if passive and k.lemma in lexicon.agent_nouns
                     for g in sentence.kids(k, "nmod") if sentence.case(g) is None]


def _sein_perfect(sentence: Sentence, verb: Token, lexicon: LemmaLexicon) -> bool:
    """Whether `verb` forms its perfect with "sein" and no "werden" makes it passive: "sind
    zurückgetreten" is active, whatever relation the parser gives the "sind"."""
    return verb.lemma in lexicon.sein_perfect and not any(
        k.lemma.lower() in lexicon.future for k in sentence.kids(verb, "aux", "aux:pass"))


def _stative_passive(sentence: Sentence, verb: Token, lexicon: LemmaLexicon) -> Token | None:
    """The verb whose subject a passive of state has: a trigger's participle with "sein" or
    "bleiben" as copula or auxiliary, or the "bleiben"/"sein" it complements (an infinitive
    does not: "bleiben stehen"); None when `verb` is no such participle or forms its perfect
    with "sein"."""
    if verb.lemma in lexicon.sein_perfect or verb.lemma not in lexicon.verbs:
        return None
    if verb.tag == "VVPP" and any(k.lemma in STATE_VERBS
                                  for k in sentence.kids(verb, "cop", "aux", "aux:pass")):
        return verb
    head = sentence.head(verb)
    complement = verb.dep == "xcomp" and verb.text.lower() != verb.lemma
    return head if complement and head is not None and head.lemma in STATE_VERBS else None


def _subject_heads(sentence: Sentence, verb: Token) -> list[Token]:
    """The subjects of `verb`, repairing four parser errors: a subject hung on the auxiliary
    (as its subject, or as an object, which an auxiliary never has), a subject taken for a
    second object (`_subject_among_objects`),
    a second subject coordinated with a word inside the first (`_stray_subjects`), and two
    subjects where one is the object (the one not in the nominative, else the later)."""
    kids = sentence.kids(verb)
    subjects = [k for k in kids if k.dep in SUBJECTS] or \
        [k for aux in kids if aux.dep in ("aux", "aux:pass")
         for k in sentence.kids(aux, *SUBJECTS, "obj")] or \
        _subject_among_objects(sentence, verb)
    if len(subjects) == 1:
        return subjects + _stray_subjects(sentence, verb, subjects[0])
    if len(subjects) < 2:
        return subjects
    nominative = [k for k in subjects if _case_of(sentence, k) in (None, "Nom")]
    return nominative[:1] if len(nominative) == 1 else subjects[:1]


def _subject_among_objects(sentence: Sentence, verb: Token) -> list[Token]:
    """The subject the parser took for a second object of a verb without one: beside an object
    whose form is accusative only ("ihn", "einen Zöllner"), the other noun whose article allows
    the nominative ("Im Mai verurteilte ihn ein Schwurgericht": the parser may read "ein
    Schwurgericht" as an object too)."""
    objects = sentence.kids(verb, "obj")
    if len(objects) < 2 or sentence.kids(verb, *SUBJECTS) or \
            not any(_accusative_only(sentence, o) for o in objects):
        return []
    return [o for o in objects if o.upos in ("NOUN", "PROPN") and
            not _accusative_only(sentence, o) and _may_be_nominative(sentence, o)][:1]


def _accusative_only(sentence: Sentence, noun: Token) -> bool:
    """Whether a noun phrase's form is accusative and nothing else: the pronouns "mich", "dich",
    "ihn", or a singular noun with "den", "einen" or "keinen"."""
    if noun.upos == "PRON":
        return noun.text.lower() in ACCUSATIVE_PRONOUNS
    return noun.feature("Number") == "Sing" and \
        any(d.text.lower() in ACCUSATIVE_ARTICLES for d in sentence.kids(noun, "det"))


def _may_be_nominative(sentence: Sentence, noun: Token) -> bool:
    """Whether a noun phrase's article allows the nominative (a name or a plural without one
    does too)."""
    articles = [d.text.lower() for d in sentence.kids(noun, "det")]
    return all(a in NOMINATIVE_ARTICLES for a in articles) and \
        (bool(articles) or noun.upos == "PROPN" or noun.feature("Number") == "Plur")


def _stray_subjects(sentence: Sentence, verb: Token, subject: Token) -> list[Token]:
    """Nominatives coordinated with a word inside a singular subject of a plural verb: in "Der
    Minister für Bergbau und die Staatssekretärin sind zurückgetreten" the parser may join "die
    Staatssekretärin" to "Bergbau"; the plural verb says it is a subject of its own."""
    finite = [verb, *sentence.kids(verb, "aux", "aux:pass", "cop")]
    if subject.feature("Number") != "Sing" or \
            not any(t.feature("Number") == "Plur" and t.feature("Person") == "3" for t in finite):
        return []
    return [t for t in sentence.subtree(subject) if t.dep == "conj" and t is not subject
            and sentence.head(t) is not subject and sentence.case(t) is None
            and _case_of(sentence, t) == "Nom"]


def _case_of(sentence: Sentence, noun: Token) -> str | None:
    """The case the noun or its article shows, when only one reading is left."""
    for token in (noun, *sentence.kids(noun, "det")):
        case = token.feature("Case")
        if case:
            return case
    return None


def _inherited_subject(sentence: Sentence, verb: Token, lexicon: LemmaLexicon) -> list[str]:
    """The subject a verb without one shares: with the verb it is coordinated with, the verb
    whose infinitive it is, the auxiliary the parser made its head (`_split_auxiliary`), or, in a
    relative clause, the noun the clause describes."""
    head = sentence.head(verb)
    if head is None:
        return []
    if verb.dep in ("conj", "xcomp") or _split_auxiliary(sentence, verb) is not None:
        if head.upos in ("VERB", "AUX"):
            return _subjects(sentence, head, lexicon)[0]
        return []
    if verb.dep == "acl" and _finite_without_relative(sentence, verb):
        clause = sentence.head(head)
        if head.dep in OBJECTS and clause is not None and clause.upos in ("VERB", "AUX"):
            return _subjects(sentence, clause, lexicon)[0]
        return []
    if verb.dep == "acl":
        return sentence.actors(head)
    return []


def _finite_without_relative(sentence: Sentence, verb: Token) -> bool:
    """Whether a verb the parser hung on a noun as its clause is finite with no relative pronoun:
    a clause that describes a noun opens with one ("die Chilenen, die ... loben"), so this verb
    goes on the sentence's own clause after a comma ("X überwacht die Häfen der Y, lobt oder
    kritisiert Z") and shares its subject."""
    words = [w for k in sentence.kids(verb) for w in [k, *sentence.kids(k)]]
    # co-ordinated verbs share their form: "lobt oder kritisiert" is finite if one of them is
    finite = any(v.tag == "VVFIN" for v in [verb, *sentence.kids(verb, "conj")])
    return finite and not any(
        w.tag in ("PRELS", "PRELAT") or w.feature("PronType") == "Rel" for w in words)


def _objects(sentence: Sentence, verb: Token) -> list[Token]:
    """Subjects the parser gave a verb beside its real one (`_subject_heads`): its objects, and
    the objects of the auxiliary it made the verb a conjunct of; the subject of a predicative
    adjective is the object of the verb it predicates with ("machte die Zöllner
    verantwortlich")."""
    if verb.upos == "ADJ":
        return sentence.kids(verb, "nsubj")
    chosen = _subject_heads(sentence, verb)
    auxiliary = _split_auxiliary(sentence, verb)
    return [k for k in sentence.kids(verb, "nsubj") if k not in chosen] + \
        (sentence.kids(auxiliary, "obj") if auxiliary is not None else [])


def _split_auxiliary(sentence: Sentence, verb: Token) -> Token | None:
    """The auxiliary the parser made the head of its own verb ("haben X als falsch bezeichnet"
    with "bezeichnet" a conjunct or parataxis of "haben"): it then holds the verb's subject and
    object."""
    head = sentence.head(verb)
    if head is None or head.upos != "AUX" or verb.dep not in ("conj", "parataxis") or \
            sentence.kids(verb, "cc", *SUBJECTS):
        return None
    return head


def _targets(sentence: Sentence, heads: list[Token], frame: Frame) -> list[str]:
    """The actors in the first target position of `frame` that names one, over the arguments
    of `heads` (the trigger and, for a noun, the verb that governs it). A demand or offer is
    addressed to its object itself, not to an actor inside it ("fordert einen Verzicht der
    NATO" demands nothing of NATO's). A reflexive pronoun is the subject itself ("äußerte sich
    kritisch"), never the target; nor is a subject the parser took for an object."""
    subjects = [s for head in heads for s in _subject_among_objects(sentence, head)]
    for slot in frame.targets:
        if slot == CLAUSE_SLOT:
            if heads[0].upos == "VERB" and (actors := _reported_subjects(sentence, heads[0])):
                return actors
            continue
        for head in heads:
            objects = _objects(sentence, head) if slot == "obj" else []
            for kid in [k for k in sentence.kids(head) if _argument(sentence, k) and
                        k not in heads and k.tag != "PRF" and k not in subjects] + objects:
                case = sentence.case(kid)
                fits = case == slot or (case is None and (
                    kid.dep == slot or (slot == "obj" and (kid.dep in OBJECTS or kid in objects))))
                if fits:
                    actors = sentence.actors(kid, nested=frame.type not in ADDRESSED_TYPES
                                             and slot not in DIRECT_PREPOSITIONS)
                    if actors:
                        return actors
        if slot not in RELATIONS and (actors := _fronted_with_noun(sentence, heads[0], slot)):
            return actors
    return _misattached_target(sentence, heads, frame)


def _reported_subjects(sentence: Sentence, verb: Token) -> list[str]:
    """The actors of the subject of the clause `verb` reports: its complement ("kritisierte,
    dass X die Grenze geschlossen habe") or a clause in the Konjunktiv after or before it ("Y
    beklagte, X verletze ..."; "X habe die Grenze geschlossen, kritisierte Y"), which the
    parser joins as a conjunct or parataxis."""
    clauses = sentence.kids(verb, "ccomp") + [
        k for k in sentence.kids(verb, "conj", "parataxis")
        if not sentence.kids(k, "cc") and _subjunctive(sentence, k)]
    head = sentence.head(verb)
    if verb.dep in ("conj", "parataxis") and head is not None and head.index < verb.index and \
            not sentence.kids(verb, "cc") and _subjunctive(sentence, head):
        clauses.append(head)
    for clause in clauses:
        for subject in sentence.kids(clause, *SUBJECTS):
            if actors := sentence.actors(subject, nested=False):
                return actors
    return []


def _argument(sentence: Sentence, kid: Token) -> bool:
    """Whether `kid` is an argument of its head: by its relation, or an "als" phrase the parser
    co-ordinated with the object ("wertet den Beschluss als Angriff der Regierung")."""
    return kid.dep in ARGUMENTS or (kid.dep == "conj" and
                                    sentence.case(kid) == JUDGING_PREPOSITION)


def _misattached_target(sentence: Sentence, heads: list[Token], frame: Frame) -> list[str]:
    """The actors of a target phrase with a preposition of `frame` that the parser hung on
    another argument of the trigger instead of the trigger ("schossen mit Gewehren auf
    Bauern": "auf Bauern" under "Gewehren"; "der Krieg der Regionalmacht Chile gegen Peru":
    "gegen Peru" under the genitive). A phrase with "von" there names an agent, no target."""
    for slot in frame.targets:
        if slot == "iobj":
            if actors := _dative_after_subject(sentence, heads):
                return actors
        if slot in RELATIONS or slot in AGENT_PREPOSITIONS:
            continue
        for head in heads:
            for kid in sentence.kids(head):
                if kid.dep not in ("obl", "obj", "obl:arg", "nmod"):
                    continue
                for phrase in sentence.kids(kid, *MISHUNG):
                    if sentence.case(phrase) == slot and (actors := sentence.actors(phrase)):
                        return actors
    return []


def _fronted_with_noun(sentence: Sentence, noun: Token, slot: str) -> list[str]:
    """The actors of a phrase with preposition `slot` that follows a noun trigger with no verb
    between, which the parser hung on the noun's verb: before the finite verb of a main clause
    German puts one phrase only, so "Der Krieg Chiles gegen Peru dauert an" is a war against
    Peru."""
    governor = sentence.head(noun)
    if noun.upos != "NOUN" or governor is None or governor.index < noun.index:
        return []
    for kid in sentence.kids(governor, "obl", "nmod"):
        if not (noun.index < kid.index < governor.index and sentence.case(kid) == slot):
            continue
        between = [t for t in sentence.tokens if noun.index < t.index < kid.index]
        if not any(t.upos in ("VERB", "AUX") for t in between) and \
                (actors := sentence.actors(kid)):
            return actors
    return []


def _dative_after_subject(sentence: Sentence, heads: list[Token]) -> list[str]:
    """The actors of a dative that the parser read as the genitive of the subject before it:
    "der" is both ("als die Armee der Regierung Spionage vorwarf"). Only where the subject
    names an actor itself and the verb has no dative of its own ("der Sprecher der Regierung"
    is the government's)."""
    for head in heads:
        if sentence.kids(head, "iobj"):
            continue
        for subject in sentence.kids(head, "nsubj"):
            if sentence.actor(subject, nested=False) is None:
                continue
            for phrase in sentence.kids(subject, "nmod"):
                article = sentence.kids(phrase, "det")
                if sentence.case(phrase) is None and article and \
                        article[0].text.lower() == "der" and (actors := sentence.actors(phrase)):
                    return actors
    return []


def _embedded(sentence: Sentence, verb: Token) -> bool:
    """A verb in a clause of `EMBEDDED` relation or an infinitive with "zu" ("verlegt zu haben",
    which the parser may hang on the main verb); an adverbial clause with a subject of its own
    states its event ("obwohl das Ministerium den Export gestoppt hatte")."""
    own_subject = verb.dep == "advcl" and bool(sentence.kids(verb, "nsubj", "nsubj:pass"))
    return (verb.dep in EMBEDDED and not own_subject) or any(
        k.tag == "PTKZU" for v in [verb, *sentence.kids(verb, "aux", "aux:pass")]
        for k in sentence.kids(v, "mark"))


def _names_nobody(sentence: Sentence, verb: Token, frame: Frame, lexicon: LemmaLexicon
                  ) -> bool:
    """Whether no argument of `verb` holds a name or a pronoun (a place or time named with "in",
    "bei" ... aside): then the
    event has no target, rather than one the actor base does not know ("kritisierte ihn",
    "verhaftete Ivan Petrow"), one a pronoun points back to ("wies dies zurück"), the author
    of a statement it answers ("wies die Kritik zurück": whoever criticised) or one its clausal
    complement names ("schlug vor, sich mit X zu treffen")."""
    spans = [(m.start, m.end) for m in sentence.mentions]
    for clause in sentence.kids(verb, "xcomp", "ccomp"):
        if any(start < t.end and t.start < end for t in sentence.subtree(clause)
               for start, end in spans):
            return False
    for kid in sentence.kids(verb):
        if kid.dep not in ARGUMENTS or sentence.case(kid) in SETTING_PREPOSITIONS:
            continue
        own = _own_force(sentence, kid, spans) \
            if frame.type in OWN_OBJECT_TYPES and kid.dep in OBJECTS else set()
        if kid.upos in ("DET", "PRON") and kid.lemma != "sich":
            return False
        answered = lexicon.noun(kid.lemma) if kid.dep in OBJECTS else None
        if frame.type in ANSWERING_TYPES and answered and answered.type in SPEECH_ACT_TYPES:
            return False
        phrase = sentence.subtree(kid, lambda child, _: child.dep not in CLAUSE_RELATIONS and
                                  sentence.case(child) not in SETTING_PREPOSITIONS)
        for token in phrase:
            if token.index in own:
                continue
            # an event noun the tagger took for a name names nobody ("kam es zu Großrazzien")
            if (_is_name(token) and lexicon.noun(token.lemma) is None) or \
                    (token.tag in POINTING_TAGS and token.lemma != "sich") or \
                    any(start < token.end and token.start < end for start, end in spans):
                return False
    return True


def _own_force(sentence: Sentence, noun: Token, spans: list[tuple[int, int]]) -> set[int]:
    """The words of an object that names the actor's own force (`OWN_OBJECT_TYPES`): the noun,
    its article, possessive and adjectives ("seine Einheiten"), and the mention it heads ("die
    Luftwaffe"); a name elsewhere in the phrase still names someone."""
    words = [noun, *sentence.kids(noun, "det", "det:poss", "amod")]
    headed = [(start, end) for start, end in spans if start <= noun.start and noun.end <= end]
    inside = [t for t in sentence.tokens
              if any(start <= t.start and t.end <= end for start, end in headed)]
    return {t.index for t in words + inside}


def _protesters(sentence: Sentence, verb: Token, frame: Frame, lexicon: LemmaLexicon
                ) -> list[str]:
    """The protesters, when force is used against a protest ("ging gegen den Streik vor",
    "räumte das Streiklager") or a protest is backed or condemned ("unterstützte den Protest"):
    those of the country the article is about."""
    protesters = sentence.implicit.get("PROTEST")
    if frame.type not in FORCE_TYPES | JUDGING_TYPES or protesters is None:
        return []
    objects = _objects(sentence, verb)
    for kid in sentence.kids(verb, "obj", "obl", "obl:arg") + objects:
        protest = lexicon.noun(kid.lemma)
        if protest is not None and protest.type == "PROTEST" and \
                (kid.dep == "obj" or kid in objects or sentence.case(kid) == "gegen"):
            return [protesters]
    return []


def _attacked_state(sentence: Sentence, verb: Token, sources: list[str]) -> list[str]:
    """The state whose things an announced attack aims at, when it names no actor ("die Freischärler
    würden Kasernen angreifen" aims at the state the article is about); never when
    the state or one of its organs attacks."""
    state = sentence.implicit.get("COERCE")
    aimed = any(k.upos == "NOUN" and (k.dep == "obj" or sentence.case(k) in ("auf", "gegen"))
                for k in sentence.kids(verb, "obj", "obl", "obl:arg"))
    organs = {f"{state}-{code}" for code in STATE_ORGANS} | {state}
    return [state] if aimed and state is not None and not organs & set(sources) else []


def _attacked_place(sentence: Sentence, heads: list[Token], sources: list[str]) -> list[str]:
    """The country or territory where an attack strikes, the place it aims at or one named with
    "in" on the attack or on what it aims at, when its sources are foreign to it ("bombardierte
    Brücken in Peru" and "Angriffe auf Arequipa" attack Peru); an attack at home names no
    target. Only an attack that happened: where one would
    strike says nothing about whom ("solange X nicht in Peru einmarschiert" is a condition)."""
    base = load_actors()
    own = {base.actors[s].country for s in sources if s in base.actors}
    if not own:
        return []
    aimed = [k for head in heads for k in sentence.kids(head, "obj", "obl", "obl:arg", "nmod")
             if k.dep == "obj" or sentence.case(k) in ("auf", "gegen")]
    where = aimed + [k for k in [*(k for head in heads for k in sentence.kids(head)),
                                 *(k for phrase in aimed for k in sentence.subtree(phrase))]
                     if sentence.case(k) in LOCATIVE_PREPOSITIONS]
    for noun in where:
        tokens = sentence.phrase(noun)
        for mention in [*sentence.places, *sentence.mentions]:
            actor = base.actors.get(mention.actor_id or "")
            if actor is not None and actor.kind == "country" and actor.id not in own and \
                    any(mention.start < t.end and t.start < mention.end for t in tokens):
                return [actor.id]
    return []


def _implicit_source(sentence: Sentence, type_: str) -> str:
    """The implicit source of an event of `type_`; for an arrest or a ban, the state's police or
    security forces when the sentence names them ("nach einer Straßenschlacht mit der Polizei wurden
    40 Menschen festgenommen": by the police)."""
    state = sentence.implicit[type_]
    if type_ == "COERCE":
        forces = {f"{state}-{code}" for code in ENFORCING_ORGANS}
        return next((m.actor_id for m in sentence.mentions if m.actor_id in forces), state)
    return state


def _domestic(target: str | None, source: str) -> bool:
    """Whether an implicit source (the state the article is about, or its protesters) may have
    acted on `target`: its own country's people, groups and bodies, not a foreign state or a
    foreigner ("Die Botschaft Chiles bleibt geschlossen" was not closed by the host)."""
    base = load_actors()
    actor, own = base.actors.get(target or ""), base.actors.get(source)
    return actor is None or own is None or actor.country in (None, "", own.country)


def _violent(sentence: Sentence, verb: Token, lexicon: LemmaLexicon) -> bool:
    """Whether the verb's adverbs or its "mit" phrase name armed force ("brutal", "mit
    Tränengas"): coercion done so is an assault."""
    for kid in sentence.kids(verb, "advmod", "obl", "obl:arg"):
        if kid.dep != "advmod" and sentence.case(kid) != "mit":
            continue
        for word in [kid, *sentence.kids(kid, "amod")]:
            lemma = word.lemma
            if lemma in lexicon.violence or lemma.lower() in lexicon.violence or \
                    any(head in lexicon.violence for _, head in compound_splits(lemma)):
                return True
    return False


def _patient_names_nobody(sentence: Sentence, verb: Token) -> bool:
    """Whether the subject of a passive names nobody, not even by a pronoun ("Alle Zeitungen
    wurden verboten", not "Er wurde festgenommen")."""
    heads = _subject_heads(sentence, verb) or sentence.kids(verb, "nsubj:pass")
    spans = [(m.start, m.end) for m in sentence.mentions]
    places = [(m.start, m.end) for m in sentence.places]

    def names(token: Token) -> bool:
        if any(start < token.end and token.start < end for start, end in spans):
            return True
        if _is_name(token):
            return not any(
                start <= token.start and token.end <= end for start, end in places)
        return token.upos == "PRON" or token.tag in POINTING_TAGS

    return bool(heads) and not any(names(t) for head in heads for t in sentence.phrase(head))


def _is_name(token: Token) -> bool:
    """Whether a token is a proper name: the morphologizer may call a capitalised noun one ("das
    Dorf"), which the tagger calls a common noun and the inflection dictionaries know; a month
    or weekday is no name either."""
    if token.upos != "PROPN" or _calendar_word(token):
        return False
    return token.tag != "NN" or (token.text, "N") not in lemma_table()


def _calendar_word(token: Token) -> bool:
    """A month or weekday, which the tagger may call a name ("vom 3. Mai")."""
    calendar = timex_lexicon()
    return token.text in calendar.months or token.text in calendar.weekdays


def _visited(sentence: Sentence, heads: list[Token], frame: Frame, sources: list[str]
             ) -> list[str]:
    """The host of a visit named by its country or seat of government ("bei einem Besuch in
    Lima" visits Peru): the country of a place after "in" or "nach", if it is not the visitor's
    own and the sentence names nobody of that country (then the visit is a meeting with them)."""
    if frame.mode != "visit":
        return []
    base = load_actors()
    hosts = {base.actors[m.actor_id].country for m in sentence.mentions
             if m.actor_id in base.actors and m.actor_id not in sources and m.kind != "country"}
    base_countries = set(sources) | hosts
    countries = [m for m in sentence.mentions if m.kind == "country"]
    for head in heads:
        for kid in sentence.kids(head):
            if sentence.case(kid) not in ("in", "nach"):
                continue
            phrase = sentence.phrase(kid)
            start, end = min(t.start for t in phrase), max(t.end for t in phrase)
            for place in sentence.places + countries:
                if start <= place.start and place.end <= end and \
                        place.actor_id not in base_countries:
                    return [place.actor_id]
    return []


def _between(sentence: Sentence, heads: list[Token]) -> list[str]:
    """The sides named by "zwischen X und Y"."""
    for head in heads:
        for kid in sentence.kids(head):
            if sentence.case(kid) in PARTNER_PREPOSITIONS:
                actors = sentence.actors(kid)
                if len(actors) >= 2:
                    return actors
    return []


def _status(sentence: Sentence, verb: Token, lexicon: LemmaLexicon
            ) -> tuple[str, str | None] | None:
    """happened, planned, conditional or denied, with the condition's words; None for a
    speculation."""
    chain = [verb]
    while chain[-1].dep in ("xcomp", "conj", "ccomp", "advcl") and sentence.head(chain[-1]):
        chain.append(sentence.head(chain[-1]))
    status: tuple[str, str | None] = ("happened", None)
    for level, token in enumerate(chain):
        for kid in sentence.kids(token):
            lemma = kid.lemma.lower()
            if kid.dep == "mark" and lemma in lexicon.conditions:
                return "conditional", sentence.text(token)
            if kid.dep == "advcl" and (level == 0 or kid is not chain[level - 1]) and \
                    _finite(sentence, kid) and \
                    any(m.lemma.lower() in lexicon.conditions and not sentence.kids(m, "case")
                        for m in sentence.kids(kid, "mark")):
                return "conditional", sentence.text(kid)  # "Wenn X ..., wird Y ...": Y if X
            if kid.dep == "mark" and lemma in lexicon.speculation:
                return None
            if level == 0 and kid.dep == "aux" and lemma in lexicon.speculation \
                    and kid.feature("Mood") == "Sub":
                return None
            if level == 0 and (kid.dep == "advmod" and lemma in lexicon.negations or
                               _negated_argument(sentence, kid, lexicon)):
                status = ("denied", None)
            if status[0] == "happened" and kid.dep == "aux" and \
                    (_future(sentence, token, kid, lexicon) or
                     (lemma in lexicon.modals and not _perfect_infinitive(sentence, token))):
                status = ("planned", None)
        if level > 0 and token.lemma in lexicon.modals and status[0] == "happened":
            status = ("planned", None)
        if level > 0 and token.lemma in lexicon.refusals and \
                _governed_clause(sentence, chain[level - 1]):
            status = ("denied", None)
        if level > 0 and token.lemma in lexicon.denials and \
                _governed_clause(sentence, chain[level - 1]):
            status = ("denied", None)
        if level > 0 and token.lemma in lexicon.speculation:
            return None
        if level > 0 and _governed_clause(sentence, chain[level - 1]) and \
                lexicon.verb_types(token.lemma) & CONTENT_TYPES:
            return None  # "warf X vor, Y angegriffen zu haben": alleged, not stated
    return status


def _governed_clause(sentence: Sentence, verb: Token) -> bool:
    """Whether `verb` heads the clause its head governs: a complement, or an infinitive with
    "zu" that the parser co-ordinated with its head ("forderte X auf, die Marine abzuziehen")."""
    return verb.dep in ("xcomp", "ccomp") or (verb.dep == "conj" and (
        is_zu_infinitive(verb.text, verb.lemma) or
        any(k.tag == "PTKZU" for k in sentence.kids(verb, "mark"))))


def _finite(sentence: Sentence, verb: Token) -> bool:
    """Whether `verb` or an auxiliary of it is finite, as the verb of a clause with a conjunction
    is ("wenn Peru die Grenze schließt")."""
    return any(t.tag.endswith("FIN") for t in [verb, *sentence.kids(verb, "aux", "aux:pass")])


def _perfect_infinitive(sentence: Sentence, verb: Token) -> bool:
    """Whether `verb` is a participle with an infinitive auxiliary ("angegriffen haben",
    "festgenommen worden sein"): with a modal it reports what is said to have happened ("sollen
    X angegriffen haben"), no intention."""
    return verb.tag == "VVPP" and any(k.tag == "VAINF" or k.text.lower() in ("haben", "sein")
                                      for k in sentence.kids(verb, "aux"))


def _future(sentence: Sentence, verb: Token, auxiliary: Token, lexicon: LemmaLexicon) -> bool:
    """Whether `auxiliary` makes a future of `verb`: "werden" with an infinitive ("wird
    festnehmen", also where the tagger calls it a participle); with a participle it is the
    passive ("wurde festgenommen"), unless another "werden" makes that ("wird festgenommen
    werden")."""
    if auxiliary.lemma.lower() not in lexicon.future:
        return False
    infinitive = verb.text.lower() == verb.lemma.lower()
    return verb.tag != "VVPP" or infinitive or auxiliary.tag == "VAINF" or any(
        k is not auxiliary and k.lemma.lower() in lexicon.future
        for k in sentence.kids(verb, "aux", "aux:pass"))


def _negated_argument(sentence: Sentence, kid: Token, lexicon: LemmaLexicon) -> bool:
    """A subject or object with "kein": "hat keine Matrosen freigelassen", "keine Zöllner
    wurden festgenommen"."""
    return kid.dep in NEGATABLE_ARGUMENTS and _negated(sentence, kid, lexicon)


def _negated(sentence: Sentence, noun: Token, lexicon: LemmaLexicon) -> bool:
    """A noun with "kein" or "nicht" before it."""
    return any(d.lemma.lower() in lexicon.negations for d in sentence.kids(noun, "det", "advmod"))


def _caused_targets(sentence: Sentence, verb: Token, frame: Frame, lexicon: LemmaLexicon
                    ) -> list[str]:
    """The targets among the arguments of the causative verb whose infinitive `verb` is: its
    object is the infinitive's ("ließ die Regierungsgegner festnehmen", where the parser hangs
    them on "ließ")."""
    head = sentence.head(verb)
    if verb.dep == "xcomp" and head is not None and head.lemma in lexicon.causatives:
        return _targets(sentence, [head], frame)
    return []


def _pairs(sources: list[str], targets: list[str | None], type_: str
           ) -> list[tuple[str, str | None, tuple[str, ...]]]:
    """(source, target, further participants): one event per source and target; a meeting is
    one event with all who take part."""
    if not targets and type_ in RECIPROCAL_TYPES and len(sources) >= 2:
        return [(sources[0], sources[1], tuple(sources[2:]))]
    if type_ == "CONSULT":
        return [(s, others[0], tuple(others[1:]))
                for s in sources for others in [[t for t in targets if t != s]] if others]
    return [(s, t, ()) for s in sources for t in targets if s != t]


def _verb_events(sentence: Sentence, verb: Token, frame: Frame, lexicon: LemmaLexicon,
                 predicate: tuple[Token, ...] = ()) -> Iterator[Candidate]:
    """The events of `verb` read with `frame`; `predicate` is the adjective that carries the
    frame of a light verb ("machte X verantwortlich"), whose arguments are the verb's too."""
    status = _status(sentence, verb, lexicon)
    if status is None:
        return
    between = _between(sentence, [verb])
    sources, patients, passive = _subjects(sentence, verb, lexicon)
    threat = frame.type in FORCE_TYPES and status[0] in ("planned", "conditional")
    # "X solle ... räumen, wird gefordert, so Y": an agentless demand is the speaker's
    spoken = passive and verb.tag == "VVPP" and frame.type in REPORTED_TYPES
    said_by = _speaker(sentence, verb, lexicon) \
        if threat or not (sources or passive) or (spoken and not sources) else []
    if not sources and (spoken or not (passive or _named_subject(sentence, verb))):
        sources = said_by
    implicit = not sources and frame.type in sentence.implicit
    if implicit:
        sources = [_implicit_source(sentence, frame.type)]
    targets = patients if passive and patients else \
        _asked_doer(sentence, verb, frame, lexicon) or \
        _judged_doer(sentence, verb, frame, lexicon) or \
        _targets(sentence, [verb, *predicate], frame) or \
        _caused_targets(sentence, verb, frame, lexicon) or \
        _visited(sentence, [verb], frame, sources) or \
        _protesters(sentence, verb, frame, lexicon)
    if implicit:
        targets = [t for t in targets if _domestic(t, sources[0])]
    if not targets and frame.type == "ASSAULT" and status[0] != "happened":
        targets = _attacked_state(sentence, verb, sources)
    if not targets and frame.type == "ASSAULT" and status[0] == "happened":
        targets = _attacked_place(sentence, [verb], sources)
    if not targets and frame.type in UNTARGETED_TYPES and \
            (frame.preposition != JUDGING_PREPOSITION or _judgement(sentence, verb) < 0) and \
            (not passive or _patient_names_nobody(sentence, verb)) and \
            status[0] == "happened" and \
            not _embedded(sentence, verb) and _names_nobody(sentence, verb, frame, lexicon):
        targets = [None]
    answers = _answered_act(sentence, verb, frame, lexicon) \
        if not targets and status[0] == "happened" and not _embedded(sentence, verb) else None
    if answers:
        targets = [None]
    if between:
        sources, targets = between[:1], between[1:2]
    type_ = frame.type
    if type_ == "COERCE" and _violent(sentence, verb, lexicon):
        type_ = "ASSAULT"
    if threat and said_by:
        type_ = "THREATEN"
    if type_ == "THREATEN" and status[0] in ("planned", "conditional"):
        status = ("happened", status[1])  # the threat was made; what it announces is not yet
    for source, target, others in _pairs(sources, targets, type_):
        yield Candidate(type_, source, target, verb, sentence.span(verb), status[0],
                        frame.mode, status[1], others, answers)


def _answered_act(sentence: Sentence, verb: Token, frame: Frame, lexicon: LemmaLexicon
                  ) -> str | None:
    """The type of the speech act that a rejection answers when the act's noun is its object
    and no argument names its author ("wies die Vorwürfe zurück", "bestritt die Anschuldigung"
    answer an ACCUSE)."""
    if frame.type not in ANSWERING_TYPES:
        return None
    for kid in sentence.kids(verb, *OBJECTS):
        answered = lexicon.noun(kid.lemma)
        if answered and answered.type in SPEECH_ACT_TYPES and \
                not _negated(sentence, kid, lexicon) and not sentence.actors(kid):
            return answered.type
    return None


def _asked_doer(sentence: Sentence, verb: Token, frame: Frame, lexicon: LemmaLexicon
                ) -> list[str]:
    """Whom a demand for an action only its doer can take asks: the genitive or "von" phrase of
    that action noun ("forderte den Rücktritt von X" asks X; `LemmaLexicon.doer_nouns`)."""
    if frame.type != "REQUEST":
        return []
    for action in sentence.kids(verb, "obj"):
        if not lexicon.is_doer_noun(action.lemma):
            continue
        for doer in sentence.kids(action, "nmod"):
            if sentence.case(doer) in (None, "von") and (actors := sentence.actors(doer)):
                return actors
    return []


def _judged_doer(sentence: Sentence, verb: Token, frame: Frame, lexicon: LemmaLexicon
                 ) -> list[str]:
    """Whom praise or criticism of an act of force aims at: its doer, not who underwent it
    ("verurteilte die Festnahme von X durch Y" criticises Y)."""
    if frame.type not in JUDGING_TYPES:
        return []
    for act in sentence.kids(verb, "obj") + _objects(sentence, verb):
        act_frame = lexicon.noun(act.lemma)
        if act_frame is None:
            continue
        undergoers, doers = _objective_genitive(sentence, act, verb, act_frame, lexicon)
        if undergoers and doers:
            return doers
    return []


def _named_subject(sentence: Sentence, verb: Token) -> bool:
    """Whether the verb's subject is a noun or name: one the base does not know is still the
    doer, not whoever reports the event ("die Beraterin des Verbands bestritt nach Angaben
    von X ..." is no denial of X's)."""
    return any(k.upos in ("NOUN", "PROPN") for k in _subject_heads(sentence, verb))


def _sources(sentence: Sentence, verb: Token, lexicon: LemmaLexicon) -> list[str]:
    """Who does what `verb` states: its subject (the agent of a passive), else the speaker."""
    sources, _, passive = _subjects(sentence, verb, lexicon)
    if not sources and not passive:
        return _speaker(sentence, verb, lexicon)
    return sources


def _speaker(sentence: Sentence, verb: Token, lexicon: LemmaLexicon) -> list[str]:
    """Who states what `verb` says: the subject of the verb of saying whose clause `verb` stands
    in ("X erklärte, man werde ..."; "..., sagte X"), the speaker of a statement in the sentence
    ("laut X", "so X"), or, for a verb in the Konjunktiv, the speaker of the sentences before."""
    found = _governing_speaker(sentence, verb, lexicon)
    if found:
        return found
    for statement in statements(sentence, lexicon):
        actor = sentence.actor(statement.speaker)
        if actor and statement.cue[0].index != verb.index:
            return [actor]
    if sentence.reported_by and _subjunctive(sentence, verb):
        return [sentence.reported_by]
    return []


def _subjunctive(sentence: Sentence, verb: Token) -> bool:
    return any(t.feature("Mood") == "Sub"
               for t in [verb, *sentence.kids(verb, "aux", "aux:pass", "cop")])


def _governing_speaker(sentence: Sentence, verb: Token, lexicon: LemmaLexicon) -> list[str]:
    current = verb
    while current.dep in ("ccomp", "parataxis", "conj", "xcomp", "advcl"):
        head = sentence.head(current)
        if head is None:
            return []
        if head.lemma in lexicon.speech_verbs:
            return _subjects(sentence, head, lexicon)[0]
        current = head
    for kid in sentence.kids(verb, "parataxis", "ccomp"):
        if kid.lemma in lexicon.speech_verbs:
            return _subjects(sentence, kid, lexicon)[0]
    return []


def content_verbs(tokens: list[Token], lexicon: LemmaLexicon) -> set[str]:
    """The verbs of a sentence whose clause another speech act alleges or demands
    (`CONTENT_TYPES`): "warf X vor, Y angegriffen zu haben" states no attack."""
    sentence = Sentence(tokens, [], []) if tokens else None
    return {t.text for t in tokens if sentence is not None and _governed_clause(sentence, t)
            and (head := sentence.head(t)) is not None
            and lexicon.verb_types(head.lemma) & CONTENT_TYPES}


def unnamed_subject_verbs(tokens: list[Token], mentions: list[Mention]) -> set[str]:
    """The verbs of a sentence whose active subject is a common noun with no actor anywhere in
    its phrase ("der Nachbar hatte von X ... gefordert"): whoever acts is someone the actor base
    does not know, never another actor of the sentence."""
    if not tokens:
        return set()
    sentence = Sentence(tokens, [], [])
    spans = [(m.start, m.end) for m in mentions]

    def names_nobody(subject: Token) -> bool:
        phrase = sentence.subtree(subject, lambda kid, _: kid.dep not in CLAUSE_RELATIONS)
        return subject.upos == "NOUN" and not any(
            start < t.end and t.start < end for t in phrase for start, end in spans)
    return {verb.text for verb in tokens if verb.upos == "VERB"
            and (subjects := sentence.kids(verb, "nsubj"))
            and all(names_nobody(subject) for subject in subjects)}


def topic_nouns(tokens: list[Token], lexicon: LemmaLexicon) -> set[str]:
    """The trigger nouns of a sentence that name no event of the verb they depend on, but the
    object of the event that verb states itself ("lobte den Besuch", "bezeichnete die Proteste
    als rechtmäßig"; a light verb carries the noun's event: "kündigte den Abzug an"), or that
    a verb of stopping stops ("stoppte die Lieferungen", "das Treffen wurde abgesagt"), or that
    an adjective of the lexicon predicates about ("machte X für den Angriff verantwortlich"
    accuses X, whoever attacked)."""
    if not tokens:
        return set()
    sentence = Sentence(tokens, [], [])
    return {t.text for t in tokens if t.upos == "NOUN" and lexicon.noun(t.lemma) is not None
            and (verb := sentence.head(t)) is not None
            and ((verb.upos == "VERB" and verb.lemma in lexicon.verbs and
                  not _carries(sentence, verb, t, lexicon,
                               lexicon.verb(verb.lemma, _prepositions(sentence, verb)))) or
                 (verb.upos == "VERB" and verb.lemma in lexicon.stopping and
                  t.dep in ("obj", "nsubj:pass")) or
                 (verb.upos == "ADJ" and verb.lemma in lexicon.verbs and
                  _predicating_verb(sentence, verb, lexicon) is not None))}


def _carries(sentence: Sentence, verb: Token, noun: Token, lexicon: LemmaLexicon,
             governing: Frame | None) -> bool:
    """Whether `verb`, whose own frame is `governing`, states the event of the trigger noun that
    depends on it: a light verb ("übte Kritik", unless its own frame with a preposition makes the
    noun its content: "sprach sich gegen einen Streik aus"), or any verb of which the noun is the
    occasion ("sagte bei seinem Besuch")."""
    if noun.dep not in ("obj", "obl", "obl:arg"):
        return False
    return (governing is None and sentence.case(noun) in OCCASION_PREPOSITIONS) or \
        (verb.lemma in lexicon.light_verbs and (governing is None or governing.preposition is None))


def _claiming_verb(sentence: Sentence, noun: Token, lexicon: LemmaLexicon) -> Token | None:
    """The verb by which its subject claims the event of `noun` ("beanspruchte die Verantwortung
    für den Sprengstoffanschlag": who takes responsibility for an attack made it), or None."""
    claim = sentence.head(noun)
    if claim is None or claim is noun or sentence.case(noun) != "für" or \
            claim.lemma not in lexicon.claims or claim.dep != "obj":
        return None
    verb = sentence.head(claim)
    return verb if verb is not None and verb.lemma in lexicon.claims[claim.lemma] else None


def _objective_genitive(sentence: Sentence, noun: Token, verb: Token | None, frame: Frame,
                        lexicon: LemmaLexicon) -> tuple[list[str], list[str]]:
    """Who undergoes and who does the act of force a noun in -ung or -nahme names: formed from a
    verb with its object, its genitive or "von" phrase is what that object was ("die Verhaftung
    des Ministers"), a "durch" phrase the doer ("die Festnahme Quispes durch Chile"). Nouns of
    acts only their doer can do (`LemmaLexicon.doer_nouns`) and other nouns ("der Angriff
    Chiles", "der Angriff der Freischärler durch X") keep their genitive for the doer. Empty
    lists where the noun reads no object."""
    if frame.type not in FORCE_TYPES or lexicon.is_doer_noun(noun.lemma) or \
            not noun.lemma.endswith(OBJECT_NOMINALISATIONS):
        return [], []
    agents = [k for k in sentence.kids(noun, "nmod") if sentence.case(k) == PATIENT_AGENT]
    if verb is not None and noun.dep == "obj":
        # "verurteilte die Festnahme von X durch Chile": the parser may hang it on the verb
        agents += [k for k in sentence.kids(verb, "obl") if sentence.case(k) == PATIENT_AGENT]
    undergoers = [a for k in sentence.kids(noun, "nmod", "appos")
                  if sentence.case(k) in (None, "von") and not _bare_name_before(k, noun) and
                  (k.dep == "nmod" or k.upos == "PROPN")
                  for a in sentence.actors(k)]
    return undergoers, [a for k in agents for a in sentence.actors(k)]


def _bare_name_before(name: Token, noun: Token) -> bool:
    """Whether `name` is a proper noun before `noun` without the genitive's -s ("hat Chile
    Hilfe zugesagt"): a name in the genitive before its noun ends in -s ("Chiles Hilfe"), so
    this one is the verb's dative, which the parser took for the noun's genitive."""
    return name.upos == "PROPN" and name.index < noun.index and \
        not name.text.endswith(GENITIVE_ENDINGS)


def _noun_events(sentence: Sentence, noun: Token, frame: Frame, lexicon: LemmaLexicon
                 ) -> Iterator[Candidate]:
    claiming = _claiming_verb(sentence, noun, lexicon)
    governor = claiming or sentence.head(noun)
    verb = governor if governor is not None and governor.upos in ("VERB", "AUX") else None
    own = [a for k in sentence.kids(noun)
           if (k.dep == "nmod" and sentence.case(k) in (None, *AGENT_PREPOSITIONS) and
               not _bare_name_before(k, noun))
           or k.dep == "amod"
           for a in sentence.actors(k)]
    # a name in the genitive right after the noun may come as an apposition ("Krieg Perus")
    own += [a for k in sentence.kids(noun, "appos") if k.upos == "PROPN"
            for a in sentence.actors(k, nested=False)]
    if not own and (country := sentence.adjective_country(noun)):
        own = [country]  # "die chilenische Invasion" is Chile's
    undergoers, doers = _objective_genitive(sentence, noun, verb, frame, lexicon)
    if undergoers:
        own = doers
    # A light verb carries the noun's event ("übte Kritik"), unless its own frame with a
    # preposition makes the noun its content ("sprach sich gegen einen Streik aus").
    governing = lexicon.verb(verb.lemma, _prepositions(sentence, verb)) if verb else None
    # "bestritt die Angriffe": the subject denies the event its object names
    denied = verb is not None and verb.lemma in lexicon.denials and noun.dep == "obj"
    # "der erwartete Angriff blieb aus": the subject's event did not take place
    absent = verb is not None and verb.lemma in lexicon.absences and noun.dep == "nsubj"
    carried = denied or claiming is not None or \
        (verb is not None and _carries(sentence, verb, noun, lexicon, governing))
    if governing is not None and not carried and not own and \
            sentence.case(noun) not in OCCASION_PREPOSITIONS:
        return  # an occasion is an event of its own ("bei Protesten wurden ... getötet")
    if (verb is not None and verb.lemma in lexicon.stopping) or \
            sentence.case(noun) in ABSENCE_PREPOSITIONS:
        return  # "sagte die Kundgebung ab", "ohne Zustimmung": the event did not take place
    heads = [noun, verb] if carried else [noun]
    sources = own or (_sources(sentence, verb, lexicon) if carried else [])
    if not sources and frame.type in sentence.implicit:
        sources = [_implicit_source(sentence, frame.type)]
    status = _status(sentence, verb, lexicon) if verb is not None else ("happened", None)
    if status is None:
        return
    if absent:  # "blieb nicht aus": it did take place
        status = ("happened", None) if status[0] == "denied" else ("denied", None)
    if denied or _negated(sentence, noun, lexicon):
        status = ("denied", None)
    between = _between(sentence, heads)
    # the subject of a passive light verb undergoes the noun ("wurde unter Hausarrest gestellt")
    targets = [t for t in undergoers if t not in sources] or \
        [t for t in _targets(sentence, heads, frame) if t not in sources] or \
        [t for t in _misattached_target(sentence, heads, frame) if t not in sources] or \
        _visited(sentence, heads, frame, sources) or \
        ([t for t in _subjects(sentence, verb, lexicon)[1] if t not in sources]
         if carried else []) or \
        (_attacked_place(sentence, heads, sources)
         if frame.type == "ASSAULT" and status[0] == "happened" else [])
    if not targets and carried and verb.lemma in lexicon.light_verbs and \
            frame.type in UNTARGETED_TYPES and \
            status[0] == "happened" and not _embedded(sentence, verb) and \
            _names_nobody(sentence, verb, frame, lexicon):
        targets = [None]
    if between:
        sources, targets = between[:1], between[1:2]
    clause = sentence.span(verb if verb is not None else noun)
    for source, target, others in _pairs(sources, targets, frame.type):
        yield Candidate(frame.type, source, target, noun, clause, status[0], frame.mode,
                        status[1], others)
