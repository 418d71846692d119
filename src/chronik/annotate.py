"""Annotation: split the cleaned text into sentences, find actor mentions and time expressions,
and analyse the language of the sentences where events can be.

The language layer (lemma, morphology, dependencies) runs on the sentences that name an actor, or
follow one (where a pronoun or reported speech may go on), and hold a word that may be an event
trigger or a verb of saying: only there can the event extractor read an event, and the parse is
the costliest step of the pipeline.

Time expressions are resolved against the publication date found by the dating stage; actor roles
("US-Außenminister") are resolved to the person in office on that date.
"""

from __future__ import annotations

import re

from . import language
from .actors import coref, recognize
from .events import lemmas
from .records import Article, Mention, TimeExpr
from .sentences import split
from .timex import iter_resolved

WORD = re.compile(r"[\w-]+")


def annotate(article: Article) -> Article:
    article.sentences = split(article.text)
    found = [(s, recognize(s.text, article.published)) for s in article.sentences]
    article.mentions = [
        Mention(s.start + f.start, s.start + f.end, s.text[f.start:f.end], s.index, f.kind,
                f.actor_id, f.confidence, f.role)
        for s, mentions in coref.link(found, article.published) for f in mentions]
    article.timexes = [
        TimeExpr(sentence.start + found.start, sentence.start + found.end, found.text,
                 sentence.index, resolved.type, resolved.value, resolved.first_day,
                 resolved.last_day, resolved.precision, tense, found.reading)
        for found, sentence, tense, resolved in iter_resolved(article.text, article.published,
                                                              article.sentences)]
    with_actors = {m.sentence for m in article.mentions if m.actor_id}
    near = with_actors | {i + 1 for i in with_actors}
    lexicon = lemmas.german()
    language.analyse(article, only={s.index for s in article.sentences if s.index in near
                                    and lexicon.may_hold(WORD.findall(s.text))})
    return article
