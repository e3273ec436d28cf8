"""Label offsets: tuned on scores where the raw argmax over-predicts one label."""

from __future__ import annotations

import numpy as np

from eventcode.engines.fast.calibrate import LabelScores, macro_f1, tune_bias
from eventcode.engines.fast.models import load_models, save_models
from eventcode.resources import models_dir

LABELS = np.array(["root", "obj", "obl", "punct"])


def overconfident_obj() -> LabelScores:
    """Six tokens are gold obl but score obj a little higher; four obj tokens score it far higher."""
    rows = [[0, 1.0, 0.5, 0]] * 6 + [[0, 5.0, 0, 0]] * 4 + [[0, 0, 0, 3.0]] * 2
    gold = ["obl"] * 6 + ["obj"] * 4 + ["punct"] * 2
    n = len(rows)
    return LabelScores(LABELS, np.array(rows, dtype=float), np.array(gold),
                       np.ones(n, dtype=bool), np.zeros(n, dtype=bool))


def test_offsets_move_the_close_calls_only() -> None:
    data = overconfident_obj()
    before = macro_f1(data, np.zeros(len(LABELS)), relations=("obj", "obl"))
    bias = tune_bias(data, grid=(-1.0, 1.0))
    row = np.array([bias.get(label, 0.0) for label in LABELS])
    assert macro_f1(data, row, relations=("obj", "obl")) > before
    assert macro_f1(data, row, relations=("obj", "obl")) == 100.0
    assert "root" not in bias


def test_root_tokens_stay_root() -> None:
    data = overconfident_obj()
    forced = LabelScores(data.labels, data.scores, np.array(["root"] * len(data.gold)),
                         data.head_ok, np.ones(len(data.gold), dtype=bool))
    assert macro_f1(forced, np.zeros(len(LABELS)), relations=("obj",)) == 0.0


def test_nothing_to_gain_means_no_offsets() -> None:
    data = overconfident_obj()
    exact = LabelScores(data.labels, data.scores, np.array(["obj"] * 10 + ["punct"] * 2),
                        data.head_ok, data.is_root)
    assert tune_bias(exact, grid=(-1.0, 1.0)) == {}


def test_offsets_survive_a_save_and_load(tmp_path) -> None:
    models = load_models(models_dir())
    models.labeler.set_bias({"obj": -8.0, "iobj": 1.0, "nmod": 0.0})
    assert models.labeler.bias == {"obj": -8.0, "iobj": 1.0}
    save_models(models, tmp_path)
    again = load_models(tmp_path)
    assert again.labeler.bias == models.labeler.bias
    assert np.array_equal(again.labeler._bias_row, models.labeler._bias_row)
