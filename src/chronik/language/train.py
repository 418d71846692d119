"""Train the German language model from the UD treebanks in ../shared/data (`chronik train syntax`).

spaCy's tagger (STTS), morphologizer (UPOS and features), edit-tree lemmatizer and dependency
parser are trained from scratch on GSD dev, PUD and LIT, harmonised (`treebank`), with a fixed
seed and a fixed number of epochs: GSD test stays unseen for `chronik eval syntax`.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

from . import treebank

EPOCHS = 12
SEED = 1

CONFIG = """
[paths]
train = null
dev = null

[system]
seed = {seed}
gpu_allocator = null

[nlp]
lang = "de"
pipeline = ["tok2vec", "tagger", "morphologizer", "trainable_lemmatizer", "parser"]
batch_size = 256

[components]

[components.tok2vec]
factory = "tok2vec"

[components.tok2vec.model]
@architectures = "spacy.Tok2Vec.v2"

[components.tok2vec.model.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = 128
attrs = ["NORM", "PREFIX", "SUFFIX", "SHAPE"]
rows = [20000, 2500, 5000, 1000]
include_static_vectors = false

[components.tok2vec.model.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = 128
depth = 4
window_size = 1
maxout_pieces = 3

[components.tagger]
factory = "tagger"
label_smoothing = 0.05

[components.tagger.model]
@architectures = "spacy.Tagger.v2"

[components.tagger.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = 128

[components.morphologizer]
factory = "morphologizer"
label_smoothing = 0.05

[components.morphologizer.model]
@architectures = "spacy.Tagger.v2"

[components.morphologizer.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = 128

[components.trainable_lemmatizer]
factory = "trainable_lemmatizer"
backoff = "orth"
min_tree_freq = 2
top_k = 1

[components.trainable_lemmatizer.model]
@architectures = "spacy.Tagger.v2"

[components.trainable_lemmatizer.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = 128

[components.parser]
factory = "parser"
learn_tokens = false
min_action_freq = 5

[components.parser.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "parser"
extra_state_tokens = false
hidden_width = 128
maxout_pieces = 3
use_upper = true

[components.parser.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = 128

[corpora]

[corpora.train]
@readers = "spacy.Corpus.v1"
path = ${{paths.train}}

[corpora.dev]
@readers = "spacy.Corpus.v1"
path = ${{paths.dev}}

[training]
seed = ${{system.seed}}
dropout = 0.1
max_epochs = {epochs}
max_steps = 0
patience = 0
eval_frequency = 500
train_corpus = "corpora.train"
dev_corpus = "corpora.dev"

[training.batcher]
@batchers = "spacy.batch_by_words.v1"
discard_oversize = false
tolerance = 0.2

[training.batcher.size]
@schedules = "compounding.v1"
start = 100
stop = 1000
compound = 1.001

[training.optimizer]
@optimizers = "Adam.v1"
learn_rate = 0.001

[training.score_weights]
tag_acc = 0.2
pos_acc = 0.2
morph_acc = 0.2
lemma_acc = 0.2
dep_las = 0.2

[initialize]
"""


def to_doc(nlp, sentence: treebank.TreebankSentence):
    """A spaCy Doc holding one treebank sentence's gold annotation."""
    from spacy.tokens import Doc

    words = sentence.words
    return Doc(nlp.vocab, words=[w.text for w in words], spaces=[w.space_after for w in words],
               tags=[w.tag for w in words], pos=[w.upos for w in words],
               morphs=[w.morph for w in words], lemmas=[w.lemma for w in words],
               heads=[w.head for w in words], deps=[w.dep for w in words],
               sent_starts=[True] + [False] * (len(words) - 1))


def _docbin(nlp, sentences: list[treebank.TreebankSentence], path: Path) -> None:
    from spacy.tokens import DocBin

    DocBin(docs=[to_doc(nlp, s) for s in sentences]).to_disk(path)


def train(data: Path, output: Path, epochs: int = EPOCHS) -> Path:
    """Train on the harmonised training treebanks and write the model to `output`."""
    import spacy
    from spacy.cli.init_config import fill_config
    from spacy.cli.train import train as spacy_train

    nlp = spacy.blank("de")
    sentences = [s for name in treebank.TRAINING
                 for s in treebank.read(treebank.treebank(data, name))]
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        _docbin(nlp, sentences, folder / "train.spacy")
        _docbin(nlp, sentences[:200], folder / "monitor.spacy")
        (folder / "base.cfg").write_text(CONFIG.format(seed=SEED, epochs=epochs), encoding="utf-8")
        fill_config(folder / "config.cfg", folder / "base.cfg", silent=True)
        spacy_train(folder / "config.cfg", folder / "out",
                    overrides={"paths.train": str(folder / "train.spacy"),
                               "paths.dev": str(folder / "monitor.spacy")})
        if output.exists():
            shutil.rmtree(output)
        shutil.copytree(folder / "out" / "model-last", output)
    _describe(output, len(sentences), epochs)
    return output


def _describe(model: Path, sentences: int, epochs: int) -> None:
    """Name the model and its sources in meta.json; drop spaCy's scores, which it measured on
    training sentences."""
    meta_path = model / "meta.json"
    meta = json.loads(meta_path.read_text("utf-8"))
    meta.pop("performance", None)
    meta.update(name="chronik_de_syntax", version="1.0.0",
                description=f"chronik's German tagger, morphologizer, lemmatizer and parser, "
                            f"trained from scratch on {sentences} sentences of UD German GSD "
                            f"dev, PUD and LIT (harmonised), {epochs} epochs; scored on GSD "
                            f"test by `chronik eval syntax`",
                sources=[{"name": f"UD German {part}", "license": licence}
                         for part, licence in (("GSD", "CC BY-SA 4.0"), ("PUD", "CC BY-SA 3.0"),
                                               ("LIT", "CC BY-NC-SA 4.0"))],
                license="CC BY-NC-SA 4.0")
    meta_path.write_text(json.dumps(meta, indent=1, ensure_ascii=False), "utf-8")
