"""The window's workspace file: opened after the first paint, attached to the document,
swapped for a restored backup or a recovered copy, closed at exit.

The composition root's half of `gui/workspace_care.py`: the window may not import storage,
so this object (the `WorkspaceHost` it asks for) does the storage work. Methods marked
*worker* run in the thread pool and touch the file through connections of their own (or,
for a compaction, while the window waits); the others run on the window's thread.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from .domain.maintenance import Backup, Compaction, Recovery
from .domain.office import OfficeAddress, SyncReport
from .domain.ports import Repositories
from .gui.main_window import MainWindow
from .gui.profile import stored_person
from .storage import backups, sqlite_files
from .storage.compaction import compact_workspace
from .storage.database import Workspace, damaged, open_workspace
from .storage.errors import WorkspaceBeingCheckedError, WorkspaceUnavailableError
from .storage.recovery import recover_workspace
from .storage.repositories import sql_repositories
from .storage.sqlite_files import PageCheck, sqlite_path

if TYPE_CHECKING:
    from .services.office_sync import Progress


class WindowWorkspace:
    """One workspace URL, as the window uses it (`gui.workspace_care.WorkspaceHost`)."""

    def __init__(self, window: MainWindow, url: str, read_only: bool | None = None):
        self.window = window
        self.url = url
        self.asked_read_only = read_only
        self.path = sqlite_path(url)
        self.workspace: Workspace | None = None

    # On the window's thread -------------------------------------------------------------

    def open(self, prepare: Callable[[Repositories], object] | None = None) -> None:
        """Open, attach to the window's document, and hand the window the file's care;
        `prepare` writes to a workspace that can be written before it is attached (the demo).

        A file under `sqlite_files.SMALL_FILE` is checked whole at open. A larger one is
        checked whole by the backup made just after, off the window's thread, and refuses
        writes until that check found it sound (`checked_sound`).

        Raises:
            KnownProblemError: the workspace cannot be opened (DamagedFileError: damaged).
        """
        # a large file is checked whole just after the start, off the window's thread, and
        # written only once found sound: its records alone took 0.4 s to check at open
        large = self.path is not None and _size(self.path) >= sqlite_files.SMALL_FILE
        workspace = open_workspace(
            self.url,
            read_only=self.asked_read_only,
            check=PageCheck.NONE if large else PageCheck.ALL,
        )
        try:
            repositories = sql_repositories(workspace)
            person = stored_person(self.window.settings)
            if person is not None and not workspace.read_only:
                repositories.history.set_author(person)  # before the demo, which it signs
            if prepare is not None and not workspace.read_only:
                prepare(repositories)
            self.window.document.attach(repositories)
            self.window.document.use_person(person)  # the review mode follows the role
            if large and not workspace.read_only:
                workspace.refuse_writes(
                    WorkspaceBeingCheckedError(
                        f"{workspace.display_name} is being checked after the start: "
                        "edits are possible in a moment."
                    )
                )
        except BaseException:
            workspace.close()
            raise
        self.workspace = workspace
        self.window.set_workspace_name(workspace.display_name, read_only=workspace.read_only)
        self.window.care.attach_host(self)
        self.window.office.attach_host(self)

    def close(self) -> None:
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None

    @property
    def read_only(self) -> bool:
        """No edits: none open (a damaged one at the start), read-only, or damage found."""
        workspace = self.workspace
        return workspace is None or (workspace.refusal is not None and not workspace.being_checked)

    def checked_sound(self) -> None:
        if self.workspace is not None:
            self.workspace.allow_writes()

    @property
    def can_replace(self) -> bool:
        """Whether a restored or recovered file can take the workspace's place."""
        return (
            self.path is not None
            and not self.asked_read_only
            and os.access(self.path.parent, os.W_OK)
        )

    def refuse_writes(self, message: str) -> None:
        """Damage found after the open: nothing more is written to the file."""
        if self.workspace is not None:
            self.workspace.refuse_writes(damaged(self.url, message, at_open=False))
            self.window.set_workspace_name(self.workspace.display_name, read_only=True)

    def put_in_place(self, incoming: Path, label: str) -> Path:
        """Close the workspace, rename it aside, put `incoming` in its place and open it;
        returns where the old file went."""
        path = self._file()
        self.close()
        aside = backups.put_in_place(incoming, path, label)
        self.open()
        return aside

    def backups(self) -> list[Backup]:
        return backups.list_backups(self._folder()) if self.path is not None else []

    def last_good_backup(self) -> Backup | None:
        return backups.last_good_backup(self._folder()) if self.path is not None else None

    @property
    def can_sync(self) -> bool:
        """A laptop's workspace file syncs with the office; the office database itself
        (opened with --database postgresql://…) does not sync with itself."""
        return self.path is not None and self.workspace is not None and not self.read_only

    # Worker -------------------------------------------------------------------------------

    def sync_office(
        self, address: OfficeAddress, password: str, name: str, progress: Progress
    ) -> SyncReport:
        # the sync and its PostgreSQL dialect load with the first sync, not with every start
        from .services.office_link import sync_with_office

        if self.workspace is None:
            raise WorkspaceUnavailableError("No workspace is open.")
        return sync_with_office(self.workspace, address, password, name, progress)

    def back_up(self, keep: int) -> Backup | None:
        """A checked backup (a new one only if the workspace changed since the newest);
        DamagedFileError if the check of the whole file finds damage. None for a database
        that is not a file (a server keeps its own backups)."""
        if self.path is None:
            return None
        return backups.make_backup(self.path, self._folder(), keep, changed_only=True)

    def compact(self) -> Compaction:
        if self.workspace is None:
            raise WorkspaceUnavailableError("No workspace is open.")
        return compact_workspace(self.workspace)

    def stage_backup(self, backup: Backup) -> Path:
        return backups.stage_backup(backup.path, self._file())

    def stage_recovery(self) -> Recovery:
        path = self._file()
        target = backups.free_name(path.parent, f"{path.stem}-recovered", path.suffix)
        return recover_workspace(path, target)

    # ------------------------------------------------------------------------------------

    def _file(self) -> Path:
        if self.path is None:
            raise WorkspaceUnavailableError("Only a workspace file has backups.")
        return self.path

    def _folder(self) -> Path:
        return backups.backup_folder(self._file())


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:  # not there yet (a new workspace) or unreadable: the open says why
        return 0
