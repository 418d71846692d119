"""`scripts/derive_speech_cues.py` on a quotes-de-style train split written here."""

import gzip
import importlib.util
import json
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "derive_speech_cues.py"
SENTENCES = [("Der Minister erklärte, man warte ab.", ["erklärte"]),
             ("Die Schulleiterin erklärt, alles sei gut.", ["erklärt"]),
             ("Sie erklärten, sie kämen.", ["erklärten"]),
             ("Die Sprecherin teilte mit, es regne.", ["teilte", "mit"]),
             ("Er teilte am Montag mit, er trete zurück.", ["teilte", "mit"]),
             ("Sie teilten mit, man helfe.", ["teilten", "mit"]),
             ("Er ging nach Hause.", []), ("Sie gingen spazieren.", []), ("Wir gehen.", []),
             ("Er geht davon aus, dass es regnet.", ["geht", "aus"])]


def _derive(folder):
    spec = importlib.util.spec_from_file_location("derive_speech_cues", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return {lemma for lemma, _, _ in module.derive(folder)}


def test_cues_count_by_lemma_with_their_particle_and_rare_cues_stay_out(tmp_path):
    text, spans, quotes = "", [], []
    for sentence, cue_words in SENTENCES:
        start = len(text)
        text += sentence + " "
        spans.append([start, start + len(sentence)])
        if cue_words:
            cue = [[start + sentence.index(w), start + sentence.index(w) + len(w)]
                   for w in cue_words]
            quotes.append({"cue": cue, "speaker": []})
    (tmp_path / "quotes-de").mkdir()
    with gzip.open(tmp_path / "quotes-de" / "train.jsonl.gz", "wt", encoding="utf-8") as out:
        out.write(json.dumps({"id": 1, "title": "t", "date": "2020-01-01", "text": text,
                              "sentences": spans, "quotes": quotes}) + "\n")
    lemmas = _derive(tmp_path)
    assert {"erklären", "mitteilen"} <= lemmas
    assert "gehen" not in lemmas and "ausgehen" not in lemmas
