"""An extraction pauses the cyclic garbage collector and leaves it as it found it."""

import gc

import pytest

from labels import read_bytes
from labels.collector import collector_paused
from labels.facts import extract
from tests.conftest import corpus_files


@pytest.fixture
def collector_on():
    was_on = gc.isenabled()
    gc.enable()
    yield
    if not was_on:
        gc.disable()


def test_the_collector_is_off_inside_the_block_and_on_after_it(collector_on):
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off(collector_on):
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_an_error_inside_the_block_turns_the_collector_on_again(collector_on):
    with pytest.raises(ValueError), collector_paused():
        raise ValueError
    assert gc.isenabled()


def test_an_extraction_leaves_the_collector_on(collector_on):
    policy = corpus_files("zh")[0]
    extract(read_bytes(policy.read_bytes(), policy.name))
    assert gc.isenabled()
