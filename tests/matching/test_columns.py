"""A batch's queries built field by field (``_columns``, ``Matcher.rank_columns``) rank as query by query."""

from __future__ import annotations

import random

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from zi_eval.matching.matcher import HOWS, TIERS, Fields, Matcher, Ranks
from zi_eval.models.loading import load_rubric
from zi_eval.scoring.linking import Key, _columns, _fields, matcher

RUBRIC = load_rubric()
MATCHER = matcher(RUBRIC)
#: a second matcher whose per-text caches each test empties first
FRESH = Matcher(RUBRIC)
_CODES = sorted(RUBRIC.items)
_AREAS = sorted({f.area for f in RUBRIC.items.values()})
# texts that take every path of the ranking: none, empty, a restated question (question tier),
# plain words (lexical tier), codes (code tier, one named twice in a text), a code the rubric lacks
TEXTS = [
    "",
    RUBRIC.items[_CODES[0]].item.question,
    RUBRIC.items[_CODES[7]].item.question,
    "Sosialisasi kode etik kepada seluruh pegawai",
    "Penyusunan SOP pelayanan publik",
    "Survei kepuasan masyarakat",
    "Laporan monev TW I",
    "P.1.i.a rapat tim P.1.i.a",
    f"{_CODES[3]} dan {_CODES[20]}",
    "P.9.x bukan kode",
]
text = st.sampled_from(TEXTS)
maybe = st.one_of(st.none(), text)
area = st.sampled_from([*_AREAS, None, "bukan-area"])
texts = st.lists(text, max_size=3).map(tuple)
step_key = st.tuples(text, area)
act_key = st.tuples(maybe, maybe, texts, maybe, texts, area)
keys = st.lists(st.one_of(step_key, act_key, st.tuples(act_key, texts).map(lambda kt: kt[0] + (kt[1],))))


def _areas(ks: list[Key]) -> list[str | None]:
    return [k[1] if len(k) == 2 else k[5] for k in ks]


def _arrays(r: Ranks) -> list[np.ndarray]:
    return [r.items, r.tiers, r.scores, r.own, r.has_area]


def _same(a: Ranks, b: Ranks) -> None:
    for x, y in zip(_arrays(a), _arrays(b), strict=True):
        np.testing.assert_array_equal(x, y)
        assert x.dtype == y.dtype


@given(keys)
def test_the_columns_hold_each_keys_fields_in_order_and_as_often(ks: list[Key]) -> None:
    cols = _columns(ks)
    for i, k in enumerate(ks):
        mine = [(f, t) for f, rows, txts in cols for r, t in zip(rows, txts, strict=True) if r == i]
        assert mine == list(_fields(k))
    assert all(len(rows) == len(txts) > 0 for _, rows, txts in cols)


@given(keys)
def test_ranking_by_columns_gives_the_arrays_of_ranking_query_by_query(ks: list[Key]) -> None:
    by_columns = MATCHER.rank_columns(_columns(ks), _areas(ks), lambda i: _fields(ks[i]))
    _same(by_columns, MATCHER.rank_arrays([(_fields(k), a) for k, a in zip(ks, _areas(ks), strict=True)]))


@given(keys, st.randoms(use_true_random=False))
def test_a_querys_ranking_is_its_own_whatever_its_field_order_and_batch(
    ks: list[Key], rnd: random.Random
) -> None:
    queries: list[tuple[Fields, str | None]] = [
        (tuple(rnd.sample(_fields(k), len(_fields(k)))), a) for k, a in zip(ks, _areas(ks), strict=True)
    ]
    batch = MATCHER.rank_arrays(queries)
    in_order = MATCHER.rank_arrays([(_fields(k), a) for k, a in zip(ks, _areas(ks), strict=True)])
    code = TIERS["code"]
    for i, q in enumerate(queries):
        alone = MATCHER.rank_arrays([q])
        for x, y in zip(_arrays(batch), _arrays(alone), strict=True):
            np.testing.assert_array_equal(x[i], y[0])
        # the codes a query names come first in the order its texts name them; the rest is the same
        coded = batch.tiers[i] == code
        assert np.array_equal(coded, in_order.tiers[i] == code)
        assert sorted(batch.items[i][coded]) == sorted(in_order.items[i][coded])
        for x, y in zip(_arrays(batch)[:4], _arrays(in_order)[:4], strict=True):
            np.testing.assert_array_equal(x[i][~coded], y[i][~coded])
        got = MATCHER.rank([q])[0]
        assert [(c.code, c.how, c.score) for c in got] == [
            (MATCHER.codes[j], HOWS[t], s)
            for j, t, s in zip(
                alone.items[0].tolist(), alone.tiers[0].tolist(), alone.scores[0].tolist(), strict=True
            )
            if t > 0
        ]


@given(keys)
def test_texts_seen_before_rank_as_texts_never_seen(ks: list[Key]) -> None:
    """The per-text caches (terms, term counts, restated questions) change no ranking."""
    for cache in (FRESH._texts, FRESH._vectors, FRESH._restates):
        cache.clear()
    first = FRESH.rank_columns(_columns(ks), _areas(ks), lambda i: _fields(ks[i]))
    _same(first, MATCHER.rank_columns(_columns(ks), _areas(ks), lambda i: _fields(ks[i])))
    # again, from the caches just filled, in another order of the same keys
    back = ks[::-1]
    again = FRESH.rank_columns(_columns(back), _areas(back), lambda i: _fields(back[i]))
    for x, y in zip(_arrays(first), _arrays(again), strict=True):
        np.testing.assert_array_equal(x, y[::-1])
