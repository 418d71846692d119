"""Derive the German polarity table of the language layer from the German Polarity Lexicon of
Klenner, Clematide, Wiegand and Peters (version 1.1, 2010), as the PyPI package textblob-de 0.4.3
ships it (textblob_de/data/de-sentiment.xml, Apache License 2.0; the package is MIT), into
src/chronik/data/language/polarity_de.tsv.

Every word with a polarity other than 0 keeps it (-1.0 to 1.0): nouns as written, other words
in lower case. The event reader weighs with it what a verb of judging says of its object
("bezeichnete X als Unverschämtheit" criticises, "als Erfolg" praises).

    pip download textblob-de==0.4.3 --no-deps -d /tmp/textblob-de
    python scripts/derive_polarity.py /tmp/textblob-de/textblob_de-0.4.3-py2.py3-none-any.whl

"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ElementTree
import zipfile
from pathlib import Path

TARGET = Path(__file__).resolve().parents[1] / "src/chronik/data/language/polarity_de.tsv"
MEMBER = "textblob_de/data/de-sentiment.xml"
HEADER = """# German word polarity (-1.0 negative to 1.0 positive), derived by scripts/derive_polarity.py
# from the German Polarity Lexicon (Klenner, Clematide, Wiegand, Peters 2010) as textblob-de
# 0.4.3 ships it (Apache License 2.0). Nouns as written, other words in lower case.
"""


def polarities(wheel: Path) -> dict[str, float]:
    """Word → polarity of the lexicon inside the textblob-de wheel, zeros left out."""
    with zipfile.ZipFile(wheel) as archive:
        root = ElementTree.fromstring(archive.read(MEMBER))
    table: dict[str, float] = {}
    for word in root.iter("word"):
        form, value = word.get("form", "").replace("_", " "), float(word.get("polarity", "0"))
        if not form or value == 0:
            continue
        key = form if form[:1].isupper() else form.lower()
        table.setdefault(key, value)
    return table


def main(wheel: str) -> None:
    table = polarities(Path(wheel))
    rows = "".join(f"{word}\t{value:g}\n" for word, value in sorted(table.items()))
    TARGET.write_text(HEADER + rows, encoding="utf-8")
    print(f"{len(table)} words -> {TARGET}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
