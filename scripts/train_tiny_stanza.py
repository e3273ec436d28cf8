"""Train a tiny stanza POS tagger and dependency parser offline, for tests and smoke checks.

The models are useless as parsers (a few steps on a few hundred sentences, tiny layers, no
pretrained vectors, no charlm); they exist to exercise the real loading path of
``eventcode.engines.stanza.StanzaEngine`` without reaching stanza's model hub::

    python scripts/train_tiny_stanza.py OUT_DIR [--ewt ../shared/data/ud_english_ewt]

writes ``OUT_DIR/resources.json`` (``{}``), ``OUT_DIR/en_tiny_tagger.pt`` and
``OUT_DIR/en_tiny_parser.pt`` and prints the ``StanzaEngine`` options that load them.
Training data: UD English EWT (CC BY-SA 4.0), the first sentences of train and dev.
"""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_EWT = REPO.parent / "shared" / "data" / "ud_english_ewt"

# Small everywhere: a run of both models takes seconds on one CPU core.
COMMON = ["--lang", "en", "--shorthand", "en_ewt", "--no_pretrain", "--no_char", "--cpu",
          "--word_emb_dim", "16", "--tag_emb_dim", "8", "--transformed_dim", "8",
          "--hidden_dim", "16", "--deep_biaff_hidden_dim", "16", "--num_layers", "1",
          "--word_dropout", "0", "--dropout", "0", "--seed", "1234", "--log_step", "1000"]
TAGGER = ["--composite_deep_biaff_hidden_dim", "8", "--batch_size", "1000", "--fix_eval_interval",
          "--augment_nopunct", "0"]
PARSER = ["--deep_biaff_output_dim", "16", "--batch_size", "2000", "--no_checkpoint",
          "--no_second_optim", "--no_linearization", "--no_distance", "--augment_nopunct", "0"]


def slice_conllu(source: Path, target: Path, sentences: int) -> int:
    """Copy the first ``sentences`` sentences of a CoNLL-U file; returns how many were copied."""
    blocks, block = [], []
    with source.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                block.append(line)
            elif block:
                blocks.append("".join(block))
                block = []
                if len(blocks) == sentences:
                    break
    if block and len(blocks) < sentences:
        blocks.append("".join(block))
    target.write_text("\n".join(blocks) + "\n", encoding="utf-8")
    return len(blocks)


def train_tiny_stanza(out_dir: str | Path, *, ewt_dir: str | Path = DEFAULT_EWT,
                      train_sentences: int = 200, eval_sentences: int = 50,
                      max_steps: int = 10, threads: int = 1) -> dict[str, str]:
    """Train both models into ``out_dir``; returns the ``StanzaEngine`` keyword arguments.

    The returned dict has ``model_dir``, ``pos_model_path`` and ``depparse_model_path``.
    Raises ``FileNotFoundError`` when the EWT files are missing and ``ImportError`` without
    stanza/torch.
    """
    import torch
    from stanza.models import parser as stanza_parser
    from stanza.models import tagger as stanza_tagger

    out, ewt = Path(out_dir), Path(ewt_dir)
    train_src, dev_src = ewt / "en_ewt-ud-train.conllu", ewt / "en_ewt-ud-dev.conllu"
    for path in (train_src, dev_src):
        if not path.is_file():
            raise FileNotFoundError(f"{path} is missing (UD English EWT is needed for training)")
    data = out / "data"
    data.mkdir(parents=True, exist_ok=True)
    train_file, dev_file = data / "train.conllu", data / "dev.conllu"
    slice_conllu(train_src, train_file, train_sentences)
    slice_conllu(dev_src, dev_file, eval_sentences)

    previous_threads = torch.get_num_threads()
    torch.set_num_threads(threads)
    stanza_logger = logging.getLogger("stanza")
    previous_level = stanza_logger.level
    stanza_logger.setLevel(logging.WARNING)
    steps = ["--max_steps", str(max_steps), "--eval_interval", str(max_steps)]
    files = ["--train_file", str(train_file), "--eval_file", str(dev_file), "--save_dir", str(out)]
    try:
        stanza_tagger.main(COMMON + TAGGER + steps + files + ["--save_name", "en_tiny_tagger.pt"])
        stanza_parser.main(COMMON + PARSER + steps + files + ["--save_name", "en_tiny_parser.pt"])
    finally:
        torch.set_num_threads(previous_threads)
        stanza_logger.setLevel(previous_level)

    (out / "resources.json").write_text("{}\n", encoding="utf-8")
    result = {"model_dir": str(out), "pos_model_path": str(out / "en_tiny_tagger.pt"),
              "depparse_model_path": str(out / "en_tiny_parser.pt")}
    for key in ("pos_model_path", "depparse_model_path"):
        if not Path(result[key]).is_file():
            raise RuntimeError(f"stanza training did not write {result[key]}")
    return result


def main(argv: list[str] | None = None) -> None:
    cli = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    cli.add_argument("out_dir", type=Path)
    cli.add_argument("--ewt", type=Path, default=DEFAULT_EWT, help="UD English EWT directory")
    cli.add_argument("--train-sentences", type=int, default=200)
    cli.add_argument("--eval-sentences", type=int, default=50)
    cli.add_argument("--max-steps", type=int, default=10)
    cli.add_argument("--threads", type=int, default=1)
    args = cli.parse_args(argv)
    paths = train_tiny_stanza(args.out_dir, ewt_dir=args.ewt, train_sentences=args.train_sentences,
                              eval_sentences=args.eval_sentences, max_steps=args.max_steps,
                              threads=args.threads)
    print(json.dumps({**paths, "processors": "tokenize,pos,lemma,depparse",
                      "tokenize_pretokenized": True, "lemma_use_identity": True}, indent=2))


if __name__ == "__main__":
    main()
