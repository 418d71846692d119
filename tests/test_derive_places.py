"""`scripts/derive_places.py`: places of a country read from a Phoenix block written here."""

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "derive_places.py"

PHOENIX = """\
# a comment
PERU_  [PER]
+PERUVIAN_
+PERUU_
+REPUBLIC_OF_PERU_
+AREQUIPA_
+TRUJILLO_
+HAUS_
+CUSCO # the old capital

CHILE_  [CHL]
+TRUJILLO_
+ANTOFAGASTA
"""


def _script():
    spec = importlib.util.spec_from_file_location("derive_places", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_places_leave_out_the_countrys_own_names_german_words_and_shared_names(tmp_path):
    path = tmp_path / "countries.txt"
    path.write_text(PHOENIX, "utf-8")
    assert _script().places(path) == [("Antofagasta", "CHL"), ("Arequipa", "PER"),
                                       ("Cusco", "PER")]
