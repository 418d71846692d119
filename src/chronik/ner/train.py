"""Train the shipped NER model: `chronik train ner --data ../shared/data`.

A linear-chain CRF (CRFsuite, L-BFGS with L1 and L2 regularisation) over the features of
`features.py`, on GermEval 2014 dev, the first 2,550 sentences of GermEval 2014 test and German
Europarl (see `corpora.training_sentences`). SmartData was tried and left out: it annotates no OTH,
and with it the OTH recall on GermEval dev fell from 0.33 to 0.10 for no overall gain.
"""

from __future__ import annotations

import time
from pathlib import Path

import pycrfsuite

from .corpora import training_sentences
from .features import sentence_features

PARAMETERS = {"c1": 0.1, "c2": 0.01, "max_iterations": 150,
              "feature.possible_transitions": True}


def train(data: Path, output: Path) -> dict:
    """Train on the corpora under `data`, write the model to `output`, return a summary."""
    started = time.perf_counter()
    sentences = training_sentences(data)
    trainer = pycrfsuite.Trainer(verbose=False)
    for words, tags in sentences:
        trainer.append(sentence_features(words), tags)
    trainer.set_params(PARAMETERS)
    trainer.train(str(output))
    return {"sentences": len(sentences), "tokens": sum(len(w) for w, _ in sentences),
            "seconds": time.perf_counter() - started, "bytes": output.stat().st_size}
