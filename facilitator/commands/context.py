"""What every sub-command gets: the chosen data dir, the open database, and plain output helpers."""

from __future__ import annotations

import json
import sys
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from msgspec import Struct, field

if TYPE_CHECKING:
    from facilitator.core.db import Database


PASSPHRASE_ENV = "FACILITATOR_PASSPHRASE"


def translate_prompt() -> str:
    from facilitator.i18n import translate

    return translate("Cli", "Passphrase (or recovery key): ")


class CommandContext(Struct, dict=True):
    data_dir: Path
    lang: str
    portable: bool = False  # the data dir was chosen (--data-dir, FACILITATOR_DATA_DIR): settings live there too
    lang_override: str | None = None  # --lang as given; the window otherwise keeps the user's choice
    writes: bool = True  # False for commands that only read: they also work on write-protected media
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)

    def unlock(self) -> None:
        """Encrypted data is opened with its passphrase or recovery key: from $FACILITATOR_PASSPHRASE, or
        asked for on a terminal (never echoed)."""
        from facilitator.core.store import cipher

        if not cipher.is_encrypted(self.data_dir) or cipher.is_unlocked(self.data_dir):
            return
        cipher.unlock(self.data_dir, self.secret(translate_prompt()))

    def secret(self, prompt: str) -> str:
        import getpass
        import os

        from facilitator.core.errors import UserError
        from facilitator.i18n import translate

        given = os.environ.get(PASSPHRASE_ENV)
        if given:
            return given
        if not sys.stdin or not sys.stdin.isatty():
            raise UserError(
                translate("Cli", "A passphrase is needed here: set {0} or run the command in a terminal.").format(
                    PASSPHRASE_ENV
                )
            )
        return getpass.getpass(prompt)

    @cached_property
    def db(self) -> Database:
        """The data dir's database; a command that only reads finds none without creating one (or the
        folder), so looking at an empty USB stick or a mistyped folder leaves no trace."""
        from facilitator import paths
        from facilitator.core.db import Database
        from facilitator.core.errors import UserError
        from facilitator.i18n import translate

        if not self.writes and not paths.database_path(self.data_dir).exists():
            raise UserError(
                translate("Cli", "No data here yet: {0} has no Facilitator database. Run 'facilitator demo' or "
                                 "open the window to begin.").format(self.data_dir)
            )  # fmt: skip

        from facilitator.core.store.instance import DataDirUse, held_here

        # Until the process ends: a restore waits for it to finish.  A window holds the data dir's lock,
        # which keeps every other process's restore out already (and its own restores itself).
        if self.writes and held_here(self.data_dir) is None:
            use = DataDirUse(self.data_dir)
            if not use.share_now():
                waiting = translate("Cli", "Waiting while a backup is put back in {0}…").format(self.data_dir)
                print(waiting, file=self.err)
                use.share()
        self.unlock()
        database = Database.open(self.data_dir, writable=self.writes)
        if database.read_only:
            print(
                translate("Cli", "Read-only: {0} cannot be written, so its data is shown without any change.").format(
                    self.data_dir
                ),
                file=self.err,
            )
        return database

    def meeting_id(self, reference: str) -> str:
        """The full id of the meeting a user named by id or prefix."""
        from facilitator.core import meetings

        return meetings.resolve(self.db, reference).id

    def print(self, text: str = "") -> None:
        """One line of output; names and notes typed by anyone cannot send control sequences to a terminal."""
        from facilitator.core.text import for_terminal

        print(for_terminal(text), file=self.out)

    def write(self, text: str) -> None:
        """Output as it is (CSV), less the control characters a terminal would act on."""
        from facilitator.core.text import for_terminal

        self.out.write(for_terminal(text))

    def print_json(self, value: Any) -> None:
        from facilitator.core.text import json_safe

        self.out.write(json_safe(json.dumps(value, ensure_ascii=False, indent=2, default=str)) + "\n")

    def close(self) -> None:
        if "db" in self.__dict__:
            self.db.close()
