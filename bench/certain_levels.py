"""What the English "certain" level trades: crisis texts made certain against everyday texts
given the sticky crisis panel, at the committed level and at lower ones.

The committed level (assistant/models/crisis_thresholds.json, en.certain) is where 0.2% of the
everyday training texts score out of fold (training/train_screen.py); mined phrases with an
agreeing score are certain too, unchanged here. This prints, for that level and a few lower
ones, with everything else as committed:
  - the validation batches (en_valid): crisis texts certain, safe texts flagged;
  - fresh everyday talk (talk/everyday_valid_a and _b, never trained on): share given the panel;
  - held-out everyday talk (talk/talk_heldout): messages given the panel;
  - with --heldout, the held-out English batch too (only to report; choose nothing on it).

Reproduce: .venv/bin/python bench/certain_levels.py [--heldout]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

from corpus import screen_split, screen_validation, talk_rows  # noqa: E402

from assistant.safety import screen  # noqa: E402
from assistant.safety import semantic as layer  # noqa: E402

LEVELS = (0.9, 0.85, 0.8, 0.75, 0.7)


def _messages(*names: str) -> list[str]:
    return [m["text"] for name in names for m in talk_rows(name, "message")]


def _certain_and_flagged(cases: list[dict[str, Any]]) -> tuple[float, float]:
    crisis = [c["text"] for c in cases if c["kind"] == "crisis"]
    safe = [c["text"] for c in cases if c["kind"] == "none"]
    return (sum(screen(t).kind == "crisis" for t in crisis) / len(crisis),
            sum(screen(t).flagged for t in safe) / len(safe))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--heldout", action="store_true",
                        help="also the held-out English batch (to report, not to choose)")
    args = parser.parse_args(argv)
    head, per_language = layer._head()
    committed = per_language["en"][1]
    validation = screen_validation()["en"]
    heldout = screen_split("heldout", ("en",))["en"] if args.heldout else []
    fresh, talk = _messages("everyday_valid_a", "everyday_valid_b"), _messages("talk_heldout")
    print(f"English certain level: crisis certain (safe flagged) | fresh everyday ({len(fresh)}) "
          f"given the panel | held-out talk ({len(talk)}) given the panel")
    for level in (committed, *(x for x in LEVELS if x < committed)):
        ask, _certain, phrase = per_language["en"]
        levels = dict(per_language, en=(ask, level, phrase))
        layer._head = lambda levels=levels: (head, levels)  # type: ignore[assignment]
        certain, flagged = _certain_and_flagged(validation)
        row = f"  {level:.4f}{' (committed)' if level == committed else '            '}: "
        row += f"validation {certain:.1%} ({flagged:.1%})"
        if heldout:
            certain, flagged = _certain_and_flagged(heldout)
            row += f", held-out {certain:.1%} ({flagged:.1%})"
        panel = sum(screen(t).kind == "crisis" for t in fresh)
        row += (f" | fresh {panel / len(fresh):.2%} | talk "
                f"{sum(screen(t).kind == 'crisis' for t in talk)}")
        print(row, flush=True)
    print("Reproduce: .venv/bin/python bench/certain_levels.py [--heldout]")


if __name__ == "__main__":
    main()
