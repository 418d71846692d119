"""Train the shipped NER model: `chronik train ner --data ../shared/data`.

A linear-chain CRF (CRFsuite, L-BFGS with L1 and L2 regularisation) over the features of
`features.py`, on GermEval 2014 dev, the first 2,550 sentences of GermEval 2014 test and German
Europarl (see `corpora.training_sentences`). SmartData was tried and left out: it annotates no OTH,
and with it the OTH recall on GermEval dev fell from 0.33 to 0.10 for no overall gain.

The entity types each word had in the training data are a feature. Seen on the sentences they
come from, they would be always right and the model would trust them blindly; so each fifth of the
training sentences gets the types found in the other four fifths (jackknifing), and the shipped
list (`ENTITY_WORDS`, beside the model) holds the types from all of them. On GermEval dev, with
the model trained on the rest, this raised F1 from 0.569 to 0.585.
"""

from __future__ import annotations

import time
from pathlib import Path

import pycrfsuite

from .corpora import training_sentences
from .features import entity_words, sentence_features

PARAMETERS = {"c1": 0.1, "c2": 0.01, "max_iterations": 150,
              "feature.possible_transitions": True}
FOLDS = 5


def train(data: Path, output: Path) -> dict:
    """Train on the corpora under `data`, write the model to `output` and its entity word list
    beside it, return a summary."""
    started = time.perf_counter()
    sentences = training_sentences(data)
    trainer = pycrfsuite.Trainer(verbose=False)
    folds = [sentences[i::FOLDS] for i in range(FOLDS)]
    for held_out, fold in enumerate(folds):
        known = entity_words(s for other, part in enumerate(folds) if other != held_out
                             for s in part)
        for words, tags in fold:
            trainer.append(sentence_features(words, known), tags)
    trainer.set_params(PARAMETERS)
    trainer.train(str(output))
    listed = entity_words(sentences)
    entity_file(output).write_text("".join(f"{word}\t{kinds}\n"
                                           for word, kinds in sorted(listed.items())), "utf-8")
    return {"sentences": len(sentences), "tokens": sum(len(w) for w, _ in sentences),
            "seconds": time.perf_counter() - started,
            "bytes": output.stat().st_size + entity_file(output).stat().st_size}


def entity_file(model: Path) -> Path:
    """Where the entity word list of `model` lies: 'ner_de.crfsuite' -> 'ner_de.entities.tsv'."""
    return model.with_name(model.name.split(".")[0] + ".entities.tsv")
