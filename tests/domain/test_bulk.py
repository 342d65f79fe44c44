"""collector_paused: the collector waits for a bulk build, and keeps out of what it kept."""

import gc
import threading
import weakref

from score_desktop.domain.bulk import collector_paused, thaw


class Node:
    pass


def cycle() -> tuple[Node, weakref.ref]:
    node = Node()
    node.itself = node  # only the cyclic collector can free it
    return node, weakref.ref(node)


def test_the_collector_is_off_inside_and_back_on_after():
    thaw()
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            pass
        assert not gc.isenabled()  # only the outermost turns it back on
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0  # nothing kept without asking


def test_what_was_kept_is_not_collected_until_thawed():
    thaw()
    with collector_paused(keep=True):
        node, probe = cycle()
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0
    del node
    gc.collect()
    assert probe() is not None  # out of the collector's sight
    thaw()
    assert gc.get_freeze_count() == 0
    gc.collect()
    assert probe() is None  # handed back, and collected


def test_an_inner_keep_leaves_the_decision_to_the_outer_pause():
    thaw()
    with collector_paused(), collector_paused(keep=True):
        node, probe = cycle()
    del node
    gc.collect()
    assert gc.get_freeze_count() == 0
    assert probe() is None


def test_a_pause_ending_in_one_thread_leaves_another_threads_pause_on():
    """A worker's pause and the GUI thread's overlap: the collector stays off until the
    last of them ends, whichever thread it is in."""
    thaw()
    started, finish = threading.Event(), threading.Event()

    def worker():
        with collector_paused():
            started.set()
            finish.wait(5)

    thread = threading.Thread(target=worker)
    thread.start()
    started.wait(5)
    with collector_paused():
        finish.set()
        thread.join(5)
        assert not gc.isenabled()  # the worker's pause ended inside this one
    assert gc.isenabled()
    with collector_paused():
        thread = threading.Thread(target=worker)
        started.clear()
        finish.clear()
        thread.start()
        started.wait(5)
    assert not gc.isenabled()  # this pause ended inside the worker's
    finish.set()
    thread.join(5)
    assert gc.isenabled()
