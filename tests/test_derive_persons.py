"""`scripts/derive_persons.py`: office terms read from Phoenix roles written here."""

import importlib.util
import sys
from datetime import date
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "derive_persons.py"


def _script(monkeypatch):
    monkeypatch.syspath_prepend(str(SCRIPT.parent))  # the script imports its sibling scripts
    spec = importlib.util.spec_from_file_location("derive_persons", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "derive_persons", module)
    spec.loader.exec_module(module)
    return module


def test_a_military_government_role_is_the_defence_ministry_only_where_it_is_alone(monkeypatch):
    script = _script(monkeypatch)
    first = script.Person("Ana Quispe", "PER", "PERGOV",
                          roles=[("PERGOVMIL", date(2003, 1, 1), date(2005, 11, 30))])
    second = script.Person("Luis Mamani", "PER", "PERGOV",
                           roles=[("PERGOV", date(2001, 1, 1), None),
                                  ("PERGOVMIL", date(2005, 12, 1), date(2009, 10, 31))])
    spy_chief = script.Person("Rosa Condori", "BOL", "BOLGOV",
                              roles=[("BOLGOVMIL", date(2004, 1, 1), None)])
    minister = script.Person("Jorge Flores", "BOL", "BOLGOV",
                             roles=[("BOLGOVMIL", date(2006, 1, 1), date(2008, 1, 1))])
    script.defence_terms([first, second, spy_chief, minister])
    assert first.terms == [("defence_minister", date(2003, 1, 1), date(2005, 11, 30))]
    assert second.terms == [("defence_minister", date(2005, 12, 1), date(2009, 10, 31))]
    assert spy_chief.terms == [] and minister.terms == []
