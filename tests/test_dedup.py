"""Fingerprints and the near-duplicate index."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from chronik import dedup

REPORT = (
    "Die Außenminister der sieben führenden Industriestaaten haben sich am Dienstag in Tokio auf "
    "eine gemeinsame Linie gegenüber Peking verständigt. Nach Angaben von Diplomaten dauerten die "
    "Beratungen bis in die Nacht. Im Mittelpunkt standen die Lage in der Taiwanstraße und neue "
    "Exportkontrollen für Halbleiter. Die japanische Gastgeberin sprach von einem offenen und "
    "konstruktiven Austausch. Kritik kam aus Peking, wo ein Sprecher des Außenministeriums von "
    "einer Einmischung in innere Angelegenheiten sprach. Die Minister vereinbarten zudem, die "
    "Hilfe für die Ukraine im Winter fortzusetzen. Ein weiteres Treffen ist für das Frühjahr in "
    "Rom geplant. Beobachter werteten das Ergebnis als vorsichtigen Schritt nach vorn. Offen blieb "
    "allerdings, wie die Staaten mit den Zöllen der vergangenen Monate umgehen wollen.")
OTHER = (
    "Im Bundestag ist am Donnerstag über den Haushalt für das kommende Jahr gestritten worden. "
    "Die Opposition warf der Regierung vor, bei Bildung und Forschung zu sparen. Der "
    "Finanzminister verteidigte seine Pläne und verwies auf die Schuldenbremse. Mehrere "
    "Abgeordnete forderten mehr Geld für die Kommunen. Eine Entscheidung soll im Dezember fallen.")


def _fingerprint(text):
    return dedup.make_fingerprint(text)


def test_shingles_ignore_case_punctuation_and_spacing():
    first = dedup.shingles(dedup.words("Die Minister, am Dienstag:  in Tokio!"))
    second = dedup.shingles(dedup.words("die minister am dienstag in tokio"))
    assert np.array_equal(first, second)


def test_shingles_are_stable_across_processes():
    # crc32 based, so a stored fingerprint stays valid in the next run
    assert dedup.shingles(["a", "b", "c", "d", "e"]).tolist() == \
        dedup.shingles(["a", "b", "c", "d", "e"]).tolist()
    assert len(dedup.shingles(["kurz"])) == 1
    assert len(dedup.shingles([])) == 0


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüß ,.", max_size=300),
       st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüß ,.", max_size=300))
def test_similarity_is_symmetric_and_bounded(first, second):
    a, b = dedup.shingles(dedup.words(first)), dedup.shingles(dedup.words(second))
    score = dedup.similarity(a, b)
    assert 0.0 <= score <= 1.0
    assert score == dedup.similarity(b, a)
    if len(a):
        assert dedup.similarity(a, a) == 1.0


def test_edited_copy_is_found_and_unrelated_text_is_not():
    stored = {1: _fingerprint(REPORT), 2: _fingerprint(OTHER)}
    index = dedup.NearDuplicateIndex(lambda key: stored[key].shingles)
    for key, found in stored.items():
        index.add(key, found.signature)
    sentences = REPORT.split(". ")
    edited = ". ".join(sentences[:3] + sentences[4:]).replace("Tokio", "der japanischen Hauptstadt")
    edited = "Startseite Politik Ausland\n" + edited + "\nJetzt Newsletter abonnieren"
    matches = index.query(_fingerprint(edited))
    assert [key for key, _ in matches] == [1]
    assert matches[0][1] >= dedup.NEAR_DUPLICATE


def test_copy_that_lost_half_its_text_still_counts_by_containment():
    half = ". ".join(REPORT.split(". ")[:5])
    assert dedup.similarity(_fingerprint(half).shingles,
                            _fingerprint(REPORT).shingles) >= dedup.NEAR_DUPLICATE


def test_signature_matches_datasketch_estimate():
    first, second = _fingerprint(REPORT), _fingerprint(REPORT + " " + OTHER)
    estimate = float(np.mean(first.signature == second.signature))
    shared = len(np.intersect1d(first.shingles, second.shingles))
    exact = shared / len(np.union1d(first.shingles, second.shingles))
    assert abs(estimate - exact) < 0.15


@pytest.mark.parametrize("threshold", [0.3, 0.4, 0.5, 0.7])
def test_lsh_bands_are_those_datasketch_chooses(threshold):
    from datasketch import MinHashLSH

    chosen = MinHashLSH(threshold=threshold, num_perm=dedup.NUM_PERM)
    assert dedup.lsh_bands(threshold) == (chosen.b, chosen.r)


def test_signatures_that_agree_on_one_band_share_one_bucket():
    signature = _fingerprint(REPORT).signature
    changed = signature.copy()
    changed[dedup.ROWS:] += 1
    first, second = dedup.band_keys(signature), dedup.band_keys(changed)
    assert len(first) == dedup.BANDS == len(set(first))
    assert [a == b for a, b in zip(first, second)] == [True] + [False] * (dedup.BANDS - 1)


def test_index_in_memory_and_in_the_database_find_the_same(tmp_path):
    from chronik.store import Store

    texts = {1: REPORT, 2: OTHER, 3: REPORT.replace("Tokio", "Osaka")}
    prints = {key: _fingerprint(text) for key, text in texts.items()}
    store = Store(tmp_path / "i.db")
    in_memory = dedup.NearDuplicateIndex(lambda key: prints[key].shingles)
    in_database = dedup.NearDuplicateIndex(lambda key: prints[key].shingles, store.buckets)
    for key in (1, 2):
        in_memory.add(key, prints[key].signature)
        in_database.add(key, prints[key].signature)
    assert in_memory.query(prints[3]) == in_database.query(prints[3])
    assert [key for key, _ in in_database.query(prints[3])] == [1]
