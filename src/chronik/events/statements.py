"""Statements: who says something, and the word that says so.

A cue is a verb of saying ("sagte", "erklärte", "teilte ... mit", "warf ... vor") with a
subject, a reporting preposition ("laut X", "X zufolge", "nach Angaben X", "nach
Polizeiangaben"), "demnach", or "so" after a quotation or comma ("..., so der Minister"). A
verb that quotes-de shows to stand often without a quotation ("sprechen") is a cue only with a
clause it reports or a quotation in its sentence ("sprach mit seiner Frau" says nothing). The
speaker is the cue verb's subject (shared with the verb it is coordinated with) or the noun
phrase the preposition governs. The speaker of a
statement is the source of the events it reports (`frames`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..language import (INFINITIVE_MARKER, NEVER_NOMINATIVE, SEPARATED_RELATIONS,
                        SEPARATED_WORDS, compound_splits)
from ..records import Token
from .lemmas import LemmaLexicon
from .tree import AGENT_PREPOSITIONS, CLAUSE_RELATIONS, Sentence

REPORTING_PREPOSITIONS = frozenset({"laut", "zufolge"})
POSTPOSITIONS = frozenset({"zufolge"})
"""Reporting prepositions that follow their noun, whatever the parser hangs them on."""
ADDRESSEE_PREPOSITIONS = frozenset({"gegenüber"})
"""Prepositions of whom something is said to: no part of the speaker ("so X gegenüber Y")."""
DOCUMENT_PREPOSITIONS = frozenset({"in", "im", "auf"})
"""Prepositions of the text that speaks when the cue has the subject "es" ("In der Erklärung
heißt es, ..."; "es" is part of the cue)."""
QUOTING_VERBS = frozenset({"zitieren"})
"""Verbs of saying whose object, or passive subject, is the speaker ("Die Zeitung zitiert sie mit
den Worten ...", "Sie wird mit den Worten zitiert")."""
QUOTE_NOUNS = frozenset({"Wort", "Worte"})
"""Nouns of the words a speaker is quoted with ("mit den Worten")."""
NAMING_VERBS = frozenset({"heißen"})
"""Verbs of saying only with the subject "es"; with another they name ("X heißt Y")."""
DEMANDING = "REQUEST"
"""The PLOVER type whose verbs state themselves ("fordert den Rücktritt")."""
TENSE_AUXILIARIES = frozenset({"haben", "sein", "werden"})
"""Auxiliaries that belong to the cue they form a tense or passive with ("hatte ... gesagt",
"wird ... zitiert"), as quotes-de marks cues."""
SOURCE_CIRCLES = frozenset({"Kreis", "Kreise", "Kreisen", "Quelle", "Quellen", "Umfeld"})
"""Nouns of unnamed sources that speak with "aus" ("Aus Regierungskreisen verlautete ...")."""
SOURCE_NOUNS = frozenset({"Angabe", "Angaben", "Aussage", "Aussagen", "Bericht", "Berichte",
                          "Darstellung", "Auffassung", "Ansicht", "Worte", "Wort", "Information",
                          "Informationen", "Meinung", "Einschätzung", "Schätzung", "Auskunft",
                          "Erkenntnis", "Mitteilung", "Studie", "Untersuchung", "Meldung",
                          "Hochrechnung", "Vorstellung", "Schilderung", "Recherche", "Umfrage",
                          "Berechnung", "Zählung", "Überzeugung"})
"""Nouns of a source ("nach Angaben der Polizei", "nach einer Studie der UNO"), also as the
head of a compound ("nach Polizeiangaben", "nach NASA-Angaben")."""
REPORTING_ADVERBS = frozenset({"demnach"})
"""Adverbs that attribute a clause to a source named before ("Demnach hat ..."): cue and
speaker at once, as quotes-de marks them."""
VERBAL_RELATIONS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "aux", "aux:pass", "cop",
                              "expl", "compound:prt"})
"""Relations of a verb's arguments, never inside a speaker's noun phrase: a parser that made
the speaker the root hangs the clause's words on it."""
EDGE_PUNCTUATION = frozenset({"PUNCT"})
EDGE_RELATIONS = frozenset({"cc", "mark"})
"""A conjunction the parser hangs on the speaker ("Wie die Sprecherin erklärte") is not his."""
CONTENT_RELATIONS = frozenset({"ccomp", "parataxis", "xcomp", "csubj", "advcl"})


@dataclass(frozen=True, slots=True)
class Statement:
    """A speaker and the words that say so: `cue` for a verb of saying or a reporting word. A
    demand states itself without a quotation or reported clause ("X fordert den Rücktritt");
    its verb is then no cue (`cued` False), as quotes-de marks it."""

    cue: tuple[Token, ...]
    speaker: Token
    cued: bool = True

    def speaker_span(self, sentence: Sentence) -> tuple[int, int]:
        """The characters of the speaker's noun phrase, coordinated parts included, without
        the cue, the preposition that governs it, clauses, whom it is said to ("so X gegenüber
        der Zeitung"), or punctuation and conjunctions at its edges (a closing quotation mark
        stays with its opening one)."""
        cue = {t.index for t in self.cue}
        words = sentence.subtree(self.speaker, lambda kid, head: kid.dep not in CLAUSE_RELATIONS
                                 and kid.index not in cue
                                 and not (kid.dep == "case" and head is self.speaker)
                                 and sentence.case(kid) not in ADDRESSEE_PREPOSITIONS
                                 and not _quoted_with(sentence, kid)
                                 and kid.dep not in VERBAL_RELATIONS and kid.upos != "VERB")
        first_cue = min(cue)
        if first_cue > self.speaker.index:  # "Schätzungen zufolge": the speaker ends there
            words = [w for w in words if w.index < first_cue]
        while len(words) > 1 and (words[0].upos in EDGE_PUNCTUATION or
                                  words[0].dep in EDGE_RELATIONS):
            words.pop(0)
        while len(words) > 1 and words[-1].upos in EDGE_PUNCTUATION and \
                not (words[-1].text in CLOSING and any(w.text in OPENING for w in words)):
            words.pop()
        return words[0].start, words[-1].end


def _quoted_with(sentence: Sentence, phrase: Token) -> bool:
    """Whether `phrase` gives the words a speaker is quoted with ("zitiert X mit den Worten"),
    which the parser may hang on the speaker."""
    return sentence.case(phrase) == "mit" and phrase.lemma in QUOTE_NOUNS


OPENING = frozenset({"„", "»", "‚", '"'})
CLOSING = frozenset({"“", "«", "‘", '"', "”"})


CONTINUING = frozenset({"weiter"})
"""Adverbs of going on that the parser takes for a verb's particle: "sagte weiter" says, it does
not pass on ("weitersagen")."""


def _speech_lemma(sentence: Sentence, token: Token) -> str:
    """The lemma of `token`, without a particle of `CONTINUING` joined to it."""
    for kid in sentence.kids(token, "compound:prt"):
        particle = kid.text.lower()
        if particle in CONTINUING and token.lemma.startswith(particle):
            return token.lemma[len(particle):]
    return token.lemma


def statements(sentence: Sentence, lexicon: LemmaLexicon) -> Iterator[Statement]:
    """The statements of one sentence, in order."""
    quoted = any(t.text in QUOTES or t.text == ":" for t in sentence.tokens)
    for token in sentence.tokens:
        lemma = _speech_lemma(sentence, token)
        said = lemma in lexicon.speech_verbs and \
            (quoted or lemma in lexicon.sure_cues or _reports_content(sentence, token))
        if token.upos in ("VERB", "AUX") and token.dep not in ("aux", "aux:pass", "cop") \
                and (said or _demand(sentence, token, lexicon, lemma)) and \
                not _inside_quotation(sentence, token):
            particle = tuple(k for k in sentence.kids(token)
                             if _separated(token, k) and k.text.lower() not in CONTINUING)
            tense = tuple(k for k in sentence.kids(token, "aux", "aux:pass")
                          if k.lemma in TENSE_AUXILIARIES)
            expletive = tuple(k for k in sentence.kids(token, "expl", "nsubj")
                              if k.text.lower() == "es")
            if lemma in NAMING_VERBS and not expletive:
                continue  # "das Projekt heißt X" names, "es heißt, ..." says
            speakers = [k for k in sentence.kids(token, "obl")
                        if sentence.case(k) in DOCUMENT_PREPOSITIONS] if expletive else \
                _subject_heads(sentence, token)
            for subject in speakers:
                yield Statement((token, *particle, *tense, *expletive,
                                 *_as_said(sentence, token, subject)), subject, said)
        elif token.lemma.lower() in REPORTING_PREPOSITIONS and token.dep == "case":
            head = sentence.head(token)
            if token.lemma.lower() in POSTPOSITIONS and head is not None and \
                    head.index > token.index:
                head = _word_before(sentence, token)  # "Schätzungen zufolge": before it
            if head is not None and head.upos in ("NOUN", "PROPN", "PRON"):
                yield Statement((token,), head)
        elif _source_noun(token) and sentence.case(token) in ("nach", "gemäß"):
            yield Statement((sentence.case_marker(token),), token)
        elif token.lemma.lower() == "nach" and \
                (noun := _word_before(sentence, token)) is not None and _source_noun(noun) and \
                sentence.case(noun) is None and \
                (token.tag == "APPO" or sentence.kids(noun, "det:poss")):
            yield Statement((token,), noun)
        elif token.text.lower() in REPORTING_ADVERBS:
            yield Statement((token,), token)
        elif token.text.lower() == "so" and _after_break(sentence, token):
            speaker = _following_phrase(sentence, token)
            if speaker is not None and _ends_clause(sentence, speaker):
                yield Statement((token,), speaker)


def _demand(sentence: Sentence, verb: Token, lexicon: LemmaLexicon, lemma: str) -> bool:
    """A verb of demanding (PLOVER REQUEST: "fordert den Rücktritt") is a statement of its
    subject whatever it governs, unless it counts victims ("forderte zwölf Todesopfer")."""
    return DEMANDING in lexicon.verb_types(lemma) and not counts_victims(sentence, verb, lexicon)


def counts_victims(sentence: Sentence, verb: Token, lexicon: LemmaLexicon) -> bool:
    """Whether `verb` has victims for object (`LemmaLexicon.victims`): "das Beben forderte zwölf
    Todesopfer" demands nothing."""
    return any(lexicon.is_victim(k.lemma) for k in sentence.kids(verb, "obj", "obl"))


def _as_said(sentence: Sentence, verb: Token, subject: Token) -> tuple[Token, ...]:
    """The "wie" that opens "wie X mitteilte", part of the cue; the parser hangs it on the verb
    or on the speaker."""
    return tuple(k for head in (verb, subject) for k in sentence.kids(head)
                 if k.text.lower() == "wie" and k.index < subject.index
                 and k.dep in ("mark", "cc", "case", "advmod"))


def _separated(verb: Token, kid: Token) -> bool:
    """Whether `kid` is the separated first part of `verb` ("teilte ... mit", "gab ... bekannt",
    "wie X bekannt gab", which the parser may call an adverb): the language layer joined it to
    the verb's lemma."""
    return kid.dep == "compound:prt" or (
        (kid.index > verb.index or kid.index == verb.index - 1) and
        kid.text.lower() in SEPARATED_WORDS and kid.text.lower() != INFINITIVE_MARKER and
        verb.lemma.startswith(kid.text.lower()) and kid.dep in SEPARATED_RELATIONS)


def _reports_content(sentence: Sentence, verb: Token) -> bool:
    """Whether a verb of saying reports something: a clause it governs ("sagte, dass ...",
    "erklärte, man werde ...", also one the parser joins to it without a conjunction, "gab an,
    es gehe ..."), or the clause it is inserted into ("..., sagte er"); "sprach mit seiner
    Frau" reports nothing."""
    return bool(sentence.kids(verb, *CONTENT_RELATIONS)) or verb.dep in CONTENT_RELATIONS or \
        any(k.upos in ("VERB", "AUX") and not sentence.kids(k, "cc")
            for k in sentence.kids(verb, "conj"))


def _source_noun(token: Token) -> bool:
    if token.upos not in ("NOUN", "PROPN"):
        return False
    return _headed_by(token.lemma.rsplit("-", 1)[-1], SOURCE_NOUNS)


def _headed_by(lemma: str, nouns: frozenset[str]) -> bool:
    """Whether `lemma` is one of `nouns` or a compound ending in one ("Polizeiangaben")."""
    return lemma in nouns or any(head in nouns for _, head in compound_splits(lemma))


def _word_before(sentence: Sentence, token: Token) -> Token | None:
    """The word right before `token`: the noun of a postposition the parser hung elsewhere
    ("Ihrer Ansicht nach" with "nach" on the verb, or taken for a preposition)."""
    position = token.index - sentence.first
    return sentence.tokens[position - 1] if position > 0 else None


def _inside_quotation(sentence: Sentence, token: Token) -> bool:
    """Whether `token` stands between an opening quotation mark and its closing one: a verb of
    saying there is in the quoted words ("„Er sagte mir, ...“"), its speaker no speaker of the
    article's."""
    inside = False
    for word in sentence.tokens[:token.index - sentence.first]:
        if word.text in OPENING and not (word.text in CLOSING and inside):
            inside = True
        elif word.text in CLOSING:
            inside = False
    return inside


def _after_break(sentence: Sentence, token: Token) -> bool:
    """"so" after a comma or a quotation ("„...“, so der Minister"), not "so groß"."""
    position = token.index - sentence.first
    return position > 0 and sentence.tokens[position - 1].text in (",", *QUOTES)


def _ends_clause(sentence: Sentence, speaker: Token) -> bool:
    """Whether the speaker's phrase closes the clause, perhaps with a phrase saying to whom or
    where ("..., so der Minister.", "..., so der Minister gegenüber der Zeitung.", but not "so
    dass", "so die Regel lautet")."""
    last = max(t.index for t in sentence.phrase(speaker)) - sentence.first
    rest = []
    for token in sentence.tokens[last + 1:]:
        if token.upos == "PUNCT":
            break
        rest.append(token)
    return not rest or (rest[0].upos == "ADP" and
                        not any(t.upos in ("VERB", "AUX") for t in rest))


def _following_phrase(sentence: Sentence, token: Token) -> Token | None:
    """The head of the noun phrase right after `token`: the next noun or pronoun whose head
    lies outside the words in between."""
    position = token.index - sentence.first
    for candidate in sentence.tokens[position + 1:position + 12]:
        if candidate.upos == "PUNCT":
            return None
        if candidate.upos in ("NOUN", "PROPN", "PRON"):
            head = sentence.head(candidate)
            while head is not None and head.index > token.index and \
                    head.upos in ("NOUN", "PROPN") and \
                    (head.dep in NAME_RELATIONS or candidate.dep in NAME_RELATIONS):
                candidate, head = head, sentence.head(head)
            return candidate
    return None


QUOTES = OPENING | CLOSING
BARE_RELATIONS = frozenset({"advcl", "nmod", "appos"})
"""Relations a parser may give a subject it missed."""
OBLIQUE_CASES = frozenset({"Dat", "Gen"})
NAME_RELATIONS = ("flat", "appos", "nmod")
"""Relations inside a speaker's name or title ("so Jonas Lerch", "so der Sprecher X")."""


FRONTED_OBJECTS = frozenset({"das", "dies", "dieses"})
"""Pronouns that stand first for what is said ("Das teilte der Sprecher mit")."""


def _without_fronted_object(sentence: Sentence, verb: Token, subjects: list[Token]
                            ) -> list[Token]:
    """The subjects of a verb of saying without a fronted "das" or "dies", which is what is
    said, not who says it: the parser may call it the subject and the speaker after the verb
    a second subject or the object ("Dies gab der Verband bekannt")."""
    fronted = [s for s in subjects if s.text.lower() in FRONTED_OBJECTS and s.index < verb.index
               and not sentence.kids(s)]
    if not fronted:
        return subjects
    rest = [s for s in subjects if s not in fronted] or \
        [k for k in sentence.kids(verb, "obj") if k.upos in ("NOUN", "PROPN")
         and k.index > verb.index]
    return rest or subjects


def _never_nominative(sentence: Sentence, noun: Token) -> bool:
    """Whether a noun phrase's article or possessive has a form no nominative has ("den",
    "einem", "seinen"): the parser's subject is then an object ("weigerte sich, seinen Namen zu
    nennen")."""
    return any(d.text.lower() in NEVER_NOMINATIVE
               for d in sentence.kids(noun, "det", "det:poss"))


def _passive(sentence: Sentence, verb: Token) -> bool:
    """A passive verb of saying ("wird vorgeworfen", "ist gefordert"; a participle the parser
    may tag as an infinitive): its subject is what or whom it is about, its agent the
    speaker."""
    participle = verb.tag == "VVPP" or (verb.tag == "VVINF" and
                                        verb.text.lower() != verb.lemma.lower())
    return participle and not any(k.lemma == "haben" for k in sentence.kids(verb, "aux")) and \
        any(k.lemma in ("werden", "sein") and k.dep in ("aux:pass", "aux", "cop")
            for k in sentence.kids(verb))


def _subject_heads(sentence: Sentence, verb: Token) -> list[Token]:
    """The agent of a passive verb of saying (of one of quoting, whom it quotes), the subjects of
    an active one (shared with the verb it is coordinated with; the parser may hang one on the
    auxiliary), the circles it comes from ("aus Regierungskreisen verlautete"), the one named
    object of one that also has a clause (which is what is said: "verlangen die Grünen, dass
    ..."), or, where the parser gave it none, its one bare noun phrase that it took for a
    clause or attribute and that may be a nominative ("Wie die Sprecherin erklärte")."""
    if verb.lemma in QUOTING_VERBS:
        # "X wird mit den Worten zitiert", "Die Zeitung zitiert X mit den Worten": X speaks
        quoted = sentence.kids(verb, "nsubj", "nsubj:pass") if _passive(sentence, verb) else \
            [k for k in sentence.kids(verb, "obj") if k.upos in ("NOUN", "PROPN", "PRON")]
        if quoted:
            return quoted
    if _passive(sentence, verb):
        return [k for k in sentence.kids(verb) if sentence.case(k) in AGENT_PREPOSITIONS]
    current = verb
    while True:
        subjects = [k for k in sentence.kids(current, "nsubj") or
                    [k for aux in sentence.kids(current, "aux") for k in sentence.kids(aux, "nsubj")]
                    if not _never_nominative(sentence, k)]
        if subjects:
            return _without_fronted_object(sentence, current, subjects)
        head = sentence.head(current)
        if current.dep != "conj" or head is None:
            break
        current = head
    circles = [k for k in sentence.kids(verb) if sentence.case(k) == "aus" and
               _headed_by(k.lemma, SOURCE_CIRCLES)]
    if circles:
        return circles
    if _reports_content(sentence, verb):
        named = [k for k in sentence.kids(verb, "obj") if k.upos in ("NOUN", "PROPN")
                 and not _never_nominative(sentence, k)]
        if len(named) == 1:
            return named
    bare = [k for k in sentence.kids(verb) if k.upos in ("NOUN", "PROPN")
            and k.dep in BARE_RELATIONS and sentence.case(k) is None
            and not {t.feature("Case") for t in (k, *sentence.kids(k, "det"))} & OBLIQUE_CASES]
    return bare if len(bare) == 1 else []
