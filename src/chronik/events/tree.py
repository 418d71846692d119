"""One sentence's dependency tree, with the actors its noun phrases name."""

from __future__ import annotations

from collections.abc import Callable, Collection

from ..actors import load as load_actors
from ..language import is_person_noun
from ..records import Mention, Token

CLAUSE_RELATIONS = frozenset({"acl", "ccomp", "advcl", "parataxis", "csubj", "xcomp"})
LOCATIVE_PREPOSITIONS = frozenset({"in", "im"})
AGENT_PREPOSITIONS = frozenset({"von", "vom", "durch", "seitens"})
"""Prepositions of the agent of a passive ("wurde von X kritisiert", "wurde vom Ministerium
mitgeteilt")."""
DEPENDENT_CLAUSES = frozenset({"advcl", "ccomp", "conj", "xcomp", "parataxis"})
PARTICIPLE_ARGUMENTS = frozenset({"obj", "iobj", "obl", "obl:arg", "obl:agent", "nsubj"})
DEMONSTRATIVE_TAG = "PDS"
DEMONSTRATIVES = frozenset({"dieser", "diese"})
"""Demonstrative pronouns that stand for a person or group ("Dieser sagte"); neuter "dies"
mostly stands for what was said."""


class Sentence:
    """The tokens of one sentence with their children and the actors they name."""

    def __init__(self, tokens: list[Token], mentions: list[Mention], before: list[Mention]):
        self.tokens = tokens
        self.first = tokens[0].index
        self.children: dict[int, list[Token]] = {t.index: [] for t in tokens}
        for token in tokens:
            if token.head != token.index and token.head in self.children:
                self.children[token.head].append(token)
        self.mentions = [m for m in mentions if m.actor_id and m.kind != "place"]
        self.places = [m for m in mentions if m.actor_id and m.kind == "place"]
        self.before = [m for m in before if m.actor_id and m.kind != "place"]
        self.reported_by: str | None = None
        self.implicit: dict[str, str] = {}

    def token(self, index: int) -> Token:
        return self.tokens[index - self.first]

    def head(self, token: Token) -> Token | None:
        if token.head == token.index or token.head - self.first >= len(self.tokens):
            return None
        return self.token(token.head)

    def kids(self, token: Token, *relations: str) -> list[Token]:
        found = self.children[token.index]
        return [k for k in found if k.dep in relations] if relations else found

    def case(self, token: Token) -> str | None:
        """The preposition heading a noun phrase ("an" of "an die Regierung")."""
        marker = self.case_marker(token)
        return marker.lemma.lower() if marker else None

    def case_marker(self, token: Token) -> Token | None:
        """The preposition of a noun phrase: its case marker (a comparison particle the parser
        calls a conjunction too: "als" of "als einen Trick"), or a preposition that opens the
        phrase but hangs on a word inside it ("von Kenias Regierung" with "von" on "Kenias")."""
        marker = [k for k in self.kids(token, "case") if k.upos == "ADP" or k.tag == "KOKOM"]
        marker += [k for k in self.kids(token, "cc", "mark") if k.tag == "KOKOM"
                   and k.index < token.index and token.upos in ("NOUN", "PROPN")]
        if marker:
            return marker[0]
        first = self.phrase(token)[0]
        if first.upos == "ADP" and first.dep == "case" and first.index < token.index:
            return first
        return None

    def subtree(self, token: Token, keep: Callable[[Token, Token], bool] = lambda kid, head: True
                ) -> list[Token]:
        """`token` and the tokens below it, in sentence order, descending only into the
        children `keep(child, parent)` accepts."""
        result, stack = [], [token]
        while stack:
            current = stack.pop()
            result.append(current)
            stack.extend(k for k in self.kids(current) if keep(k, current))
        return sorted(result, key=lambda t: t.index)

    def phrase(self, token: Token) -> list[Token]:
        """The tokens of the noun phrase headed by `token`, without clauses and coordinated
        phrases."""
        return self.subtree(token, _in_phrase)

    def _names_with(self, kid: Token, head: Token) -> bool:
        """Whether `kid` belongs to the noun phrase of `head` when looking for the actor it
        names: as in `phrase`, but not a place where it is ("in Chile lebende Peruaner" are
        not Chile)."""
        return _in_phrase(kid, head) and self.case(kid) not in LOCATIVE_PREPOSITIONS

    def span(self, token: Token) -> tuple[int, int]:
        """Character span of the whole subtree of `token`."""
        tokens = self.subtree(token)
        return min(t.start for t in tokens), max(t.end for t in tokens)

    def text(self, token: Token) -> str:
        """The words of the subtree of `token`, as a condition is quoted."""
        return " ".join(t.text for t in self.subtree(token))

    def actor(self, token: Token, nested: bool = True) -> str | None:
        """The actor a noun phrase names: the mention on its head, else the first in it (with
        `nested` False, only in the words that name the head: names, appositions, adjectives)."""
        if token.upos == "PRON" or token.tag == DEMONSTRATIVE_TAG:
            described = self.described(token)
            return self.actor(described, nested) if described else self.antecedent(token)
        phrase = self.subtree(token, self._names_with) if nested else \
            [token, *self.kids(token, "flat", "appos", "compound", "amod")]
        inside = [m for m in self.mentions
                  if any(m.start < t.end and t.start < m.end for t in phrase)]
        own = [m for m in inside if m.start < token.end and token.start < m.end]
        people = [m for m in inside if m.kind == "person"] if self._names_a_person(token) else []
        chosen = own or people or inside
        if chosen:
            return chosen[0].actor_id
        return self.adjective_country(token)

    @staticmethod
    def _names_a_person(noun: Token) -> bool:
        """Whether a noun names a person ("Beraterin", "Bürgermeisterin", "Kandidatin"): its
        phrase is the person named in it, not the organisation in its genitive ("die Beraterin
        der X, Marta Wierzba")."""
        base = load_actors()
        return noun.upos == "NOUN" and (is_person_noun(noun.text) or noun.text in base.person_roles
                                        or noun.text in base.titles)

    def adjective_country(self, token: Token) -> str | None:
        """The country of a country adjective on the noun ("der chilenische Plan" is
        Chile's), when no actor is named in its phrase."""
        adjectives = load_actors().adjectives
        for kid in self.kids(token, "amod"):
            country = adjectives.get(kid.lemma.lower()) if kid.upos == "ADJ" else None
            if country:
                return country
        return None

    def actors(self, token: Token, nested: bool = True) -> list[str]:
        """The actors of a noun phrase and of those coordinated with it ("X und Y")."""
        described = self.described(token)
        result, stack = [], [described or token]
        while stack:
            current = stack.pop(0)
            actor = self.actor(current, nested)
            if actor and actor not in result:
                result.append(actor)
            stack.extend(k for k in self.kids(current, "conj") if not self._apposition(k))
        return result

    def _apposition(self, conjunct: Token) -> bool:
        """Whether a conjunct is an apposition the parser coordinated: a noun for a person with
        an article and no "und" or "oder" of its own ("Juan Quispe, der Anwalt von Marta
        Wierzba, ..." names Quispe alone)."""
        return not self.kids(conjunct, "cc") and bool(self.kids(conjunct, "det")) and \
            self._names_a_person(conjunct)

    def described(self, pronoun: Token) -> Token | None:
        """The noun a relative pronoun stands for: the one its clause describes ("X, der am
        Montag festgenommen wurde" is X; "die Y, mit denen ..." is Y); None for other words."""
        if pronoun.tag != "PRELS":
            return None
        clause = self.head(pronoun)
        while clause is not None and clause.dep in ("conj", "xcomp"):
            clause = self.head(clause)
        if clause is None or not clause.dep.startswith("acl"):
            return None
        noun = self.head(clause)
        return noun if noun is not None and noun.upos in ("NOUN", "PROPN") else None

    def antecedent(self, pronoun: Token) -> str | None:
        """The actor a personal pronoun ("er", "sie") points back to: for a subject in a clause
        that depends on another, that clause's subject ("X traf Y, nachdem sie ..." is X; nobody
        known when that subject is a noun agreeing with it that names nobody); else
        the first actor named in this sentence before it, else the first of the sentence before
        (the subject, as a rule); a singular pronoun points to a person where one is named ("der
        frühere Staatschef Perus, Juan Quispe, ... . Er" is Quispe, not Peru). An object pronoun
        never points to the subject of its own clause or of the clause it shares a subject with
        ("X stellten Y und nahmen sie fest": sie is Y; X would be "sich")."""
        if pronoun.tag == DEMONSTRATIVE_TAG and pronoun.text.lower() in DEMONSTRATIVES:
            return self._last_named(pronoun)
        if pronoun.feature("PronType") != "Prs" or pronoun.lemma.lower() not in ("er", "sie"):
            return None
        subject = pronoun.dep in ("nsubj", "nsubj:pass")
        number = self._number(pronoun) if subject else pronoun.feature("Number")
        clause = self.head(pronoun)
        barred: set[str] = set()
        while clause is not None and clause.dep in DEPENDENT_CLAUSES:
            own = clause
            clause = self.head(clause)
            if clause is None:
                break
            for head in self.kids(clause, "nsubj"):
                actor = self.actor(head) if head.upos != "PRON" else None
                if actor and subject:
                    return actor
                if subject and head.upos in ("NOUN", "PROPN") and \
                        self._number(head) == number and \
                        (number == "Plur" or self._same_gender(pronoun, head)):
                    return None  # the subject names nobody the base knows
                if actor and own.dep in ("conj", "xcomp"):
                    barred.update(self.actors(head))
        if not subject and (verb := self.head(pronoun)) is not None:
            barred.update(a for head in self.kids(verb, "nsubj") if head.upos != "PRON"
                          for a in self.actors(head))
        earlier = self._named_before(pronoun, number, barred)
        return earlier[0].actor_id if earlier else None

    def _last_named(self, pronoun: Token) -> str | None:
        """The actor a demonstrative pronoun ("dieser", "diese") points back to: the one named
        last before it, in this sentence or the one before, a person for a singular ("X traf Y.
        Dieser sagte ..." is Y, where "er" would be X)."""
        earlier = self._named_before(pronoun, pronoun.feature("Number"))
        return earlier[-1].actor_id if earlier else None

    def _named_before(self, pronoun: Token, number: str | None,
                      barred: Collection[str] = ()) -> list[Mention]:
        """The mentions a pronoun may point back to, in the order named: those before it in this
        sentence, else those of the sentence before, none of `barred`; only the persons among
        them for a pronoun not in the plural, where there are any; for a plural, never one person
        alone ("Sie steckten ... in Brand" after one person named is no act of that person's)."""
        earlier = [m for m in self.mentions if m.end <= pronoun.start] or self.before
        earlier = [m for m in earlier if m.actor_id not in barred]
        if number != "Plur":
            return [m for m in earlier if m.kind == "person"] or earlier
        groups = [m for m in earlier if m.kind != "person"]
        return groups or (earlier if len({m.actor_id for m in earlier}) > 1 else [])

    def _same_gender(self, pronoun: Token, noun: Token) -> bool:
        """Whether a singular pronoun may stand for `noun` by gender ("er" is no "Stufe"): their
        genders agree where both are known (the noun's, or its article's)."""
        genders = [noun.feature("Gender"), *(k.feature("Gender") for k in self.kids(noun, "det"))]
        gender = next((g for g in genders if g), None)
        return gender is None or pronoun.feature("Gender") in (None, gender)

    def _number(self, subject: Token) -> str | None:
        """The number of a subject: the finite verb's it alone agrees with for "sie" ("sie
        würden" is plural, whatever the tagger says; "sie und ihr Mann wurden" says nothing),
        else its own, its article's or the verb's."""
        verb = self.head(subject)
        finite = [] if verb is None else [
            word.feature("Number") for word in [verb, *self.kids(verb, "aux", "aux:pass", "cop")]
            if word.feature("Person") == "3" and word.feature("Number")]
        alone = verb is not None and len(self.kids(verb, "nsubj", "nsubj:pass")) == 1 and \
            not self.kids(subject, "conj")
        if subject.text.lower() == "sie" and alone and finite:
            return finite[0]
        own = [subject.feature("Number"), *(k.feature("Number") for k in self.kids(subject, "det"))]
        return next((number for number in own if number), finite[0] if alone and finite else None)


def _in_phrase(kid: Token, head: Token) -> bool:
    """Whether `kid` belongs to the noun phrase of `head`: not a clause or a coordinated
    phrase, nor an argument of an attributive participle ("die der Staatsregierung nahestehende
    Zeitung", "die von Peru unterstützten Freischärler" are neither of them)."""
    return kid.dep not in CLAUSE_RELATIONS and kid.dep not in ("conj", "cc") and \
        not (head.dep == "amod" and kid.dep in PARTICIPLE_ARGUMENTS)
