"""A seeds database shared by the web tests."""

import pytest

import chronik


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory, seeds_dir):
    db = tmp_path_factory.mktemp("web") / "seeds.db"
    assert chronik.run([seeds_dir], db=db).ok
    return db
