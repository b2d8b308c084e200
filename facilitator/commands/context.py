"""What every sub-command gets: the chosen data dir, the open database, and plain output helpers."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from facilitator.core.db import Database


@dataclass
class CommandContext:
    data_dir: Path
    lang: str
    lang_override: str | None = None  # --lang as given; the window otherwise keeps the user's choice
    out: TextIO = field(default_factory=lambda: sys.stdout)

    @cached_property
    def db(self) -> Database:
        from facilitator.core.db import Database

        return Database.open(self.data_dir)

    def meeting_id(self, reference: str) -> str:
        """The full id of the meeting a user named by id or prefix."""
        from facilitator.core import meetings

        return meetings.resolve(self.db, reference).id

    def print(self, text: str = "") -> None:
        print(text, file=self.out)

    def print_json(self, value: Any) -> None:
        json.dump(value, self.out, ensure_ascii=False, indent=2, default=str)
        self.out.write("\n")

    def close(self) -> None:
        if "db" in self.__dict__:
            self.db.close()
