"""Errors: one line naming the path, and picklable for worker processes."""

from __future__ import annotations


def test_errors_survive_a_trip_to_a_worker_process():
    import pickle

    from consistency.errors import ConfigError, InputError

    for error in (InputError("fixtures/doc/de.txt", "empty file"), ConfigError("pyproject.toml", "malformed TOML")):
        again = pickle.loads(pickle.dumps(error))
        assert type(again) is type(error) and str(again) == str(error) and again.path == error.path
