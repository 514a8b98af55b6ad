"""The errors diplograph reports to its users: one clear line each."""

from __future__ import annotations


class DiplographError(Exception):
    """Something the user can act on; the CLI prints it as one line on stderr."""

    exit_code = 1


class InputError(DiplographError):
    """One input (a file, a JSON Lines line) could not be read; the others go on."""

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path = path
        self.reason = reason
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")


class UsageError(DiplographError):
    """A command was called with arguments that cannot work."""

    exit_code = 2


class StoreError(DiplographError):
    """The graph store cannot be reached or refused the request."""

    exit_code = 2
