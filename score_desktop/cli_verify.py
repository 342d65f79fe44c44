"""`score-desktop verify FILE.pdf`: whether a PDF is a signed report of the workspace.

Exit codes, like `cmp`: 0 a signed report of this workspace, current; 1 it does not match
(unknown bytes, or a report's content whose signature page is missing or changed); 2 it could
not be checked (unreadable file, workspace problem, usage); 3 a signed report of this
workspace that an edit has superseded since.
"""

import argparse
import sys
from pathlib import Path

from .domain.errors import KnownProblemError
from .domain.signoff import VerdictKind
from .services.signoff import describe
from .services.user_files import read_user_file

SIGNED, NO_MATCH, NOT_CHECKED, SUPERSEDED = 0, 1, 2, 3
EXIT_CODES = {
    VerdictKind.SIGNED: SIGNED,
    VerdictKind.SUPERSEDED: SUPERSEDED,
    VerdictKind.CONTENT_ONLY: NO_MATCH,
    VerdictKind.UNKNOWN: NO_MATCH,
}
LIMIT = 2_000_000_000  # a report with hundreds of photos is far smaller


def run_verify(args: argparse.Namespace) -> int:
    from .storage.database import open_workspace
    from .storage.repositories import sql_repositories
    from .storage.urls import database_url

    path: Path = args.file
    try:
        data = read_user_file(path.expanduser(), limit=LIMIT)
        workspace = open_workspace(database_url(args.database), read_only=True)
    except (KnownProblemError, OSError) as exc:
        print(f"score-desktop: cannot check {path}: {exc}", file=sys.stderr)
        return NOT_CHECKED
    try:
        verdict = sql_repositories(workspace).signoffs.verify(data)
    except KnownProblemError as exc:
        print(f"score-desktop: cannot check {path}: {exc}", file=sys.stderr)
        return NOT_CHECKED
    finally:
        workspace.close()
    print("\n".join(describe(verdict, path.name)))
    return EXIT_CODES[verdict.kind]
