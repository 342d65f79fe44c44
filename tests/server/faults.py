"""What the fault tests need: a PostgreSQL cluster of their own to kill and restart, and a TCP
proxy that cuts the connection after so many bytes."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "postgres-for-tests.sh"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class OwnCluster:
    """A throwaway cluster (scripts/postgres-for-tests.sh start) that a test may kill."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="score-pg-faults-"))
        self.folder.chmod(0o755)
        env = {**os.environ, "SCORE_TEST_POSTGRES_PORT": str(free_port())}
        done = subprocess.run(
            ["bash", str(SCRIPT), "start", str(self.folder)],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        self.url = (
            done.stdout.strip().splitlines()[-1].replace("postgresql://", "postgresql+psycopg://")
        )

    def database_url(self, name: str) -> str:
        return self.url.rsplit("/", 1)[0] + f"/{name}"

    def kill(self) -> None:
        """SIGKILL the postmaster, then its children (they would outlive it and keep its
        shared memory): the server dies as in a power cut, with no shutdown of its own."""
        postmaster = int((self.folder / "data" / "postmaster.pid").read_text().split()[0])
        children = _children(postmaster)
        os.kill(postmaster, signal.SIGKILL)
        for pid in children:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + 30
        while any(_alive(pid) for pid in [postmaster, *children]):
            assert time.monotonic() < deadline, "the killed server did not go"
            time.sleep(0.05)
        # No one may reap the dead postmaster here (a container's first process often does
        # not): its zombie would pass PostgreSQL's own stale-lock check, so the lock files go
        # as an administrator would remove it after a crash.
        (self.folder / "data" / "postmaster.pid").unlink()
        for lock in self.folder.glob(".s.PGSQL.*"):  # its socket and the socket's lock file
            lock.unlink()

    def restart(self) -> None:
        done = subprocess.run(
            ["bash", str(SCRIPT), "restart", str(self.folder)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr

    def remove(self) -> None:
        pid_file = self.folder / "data" / "postmaster.pid"
        if pid_file.exists() and _alive(int(pid_file.read_text().split()[0])):
            subprocess.run(["bash", str(SCRIPT), "stop", str(self.folder)], timeout=120)
        shutil.rmtree(self.folder, ignore_errors=True)


def _children(parent: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == parent:
            found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


class CuttingProxy:
    """Forwards 127.0.0.1:port to the server; once `cut_after` bytes have gone in the
    direction `cut_direction` ("up": laptop to server, "down": back), it closes both sides
    of every connection, as a network that goes away does. `counted` holds the bytes seen."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.cut_after: int | None = None
        self.cut_direction = "up"
        self.counted = {"up": 0, "down": 0}
        self.cut = threading.Event()
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(64)
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def reset(self, cut_after: int | None = None, direction: str = "up") -> None:
        with self._lock:
            self.cut_after, self.cut_direction = cut_after, direction
            self.counted = {"up": 0, "down": 0}
            self.cut.clear()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(("127.0.0.1", self.target_port))
            with self._lock:
                self._sockets += [client, server]
            threading.Thread(target=self._pump, args=(client, server, "up"), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, "down"), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket, direction: str) -> None:
        try:
            while data := source.recv(65536):
                with self._lock:
                    self.counted[direction] += len(data)
                    over = (
                        self.cut_after is not None
                        and direction == self.cut_direction
                        and self.counted[direction] >= self.cut_after
                    )
                if over:
                    self._cut_all()
                    return
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                with contextlib.suppress(OSError):
                    end.shutdown(socket.SHUT_RDWR)
                end.close()

    def _cut_all(self) -> None:
        self.cut.set()
        with self._lock:
            sockets, self._sockets = self._sockets, []
        for end in sockets:
            try:
                end.shutdown(socket.SHUT_RDWR)
                end.close()
            except OSError:
                pass

    def close(self) -> None:
        self.listener.close()
        self._cut_all()
