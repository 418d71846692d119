"""Annotation: split the cleaned text into sentences and find actor mentions and time expressions.

Time expressions are resolved against the publication date found by the dating stage; actor roles
("US-Außenminister") are resolved to the person in office on that date.
"""

from __future__ import annotations

from . import language
from .actors import coref, recognize
from .records import Article, Mention, TimeExpr
from .sentences import split
from .timex import iter_resolved


def annotate(article: Article) -> Article:
    article.sentences = split(article.text)
    language.analyse(article)
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
    return article
