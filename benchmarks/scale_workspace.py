"""A programme office's workspace for bench_scale: every enterprise a full copy of the demo
under its own ids (four visits, a plan padded to 100 items, 15 hazards, the EIT and EIP, a year
of indicators) with ten small photos of its own.

Written through the repositories (so it follows the schema), with the change log switched off
(it would only make the file longer to write: opening the portfolio never reads it), and kept
in the cache folder by schema revision and size.
"""

import dataclasses
import io
import uuid
from pathlib import Path

from PIL import Image

from score_desktop.domain.geometry import Point
from score_desktop.domain.photo import Photo, PhotoPin
from score_desktop.services.demo import demo_records, write_records
from score_desktop.storage.database import open_workspace
from score_desktop.storage.repositories import sql_repositories

COUNTRIES = ("Viet Nam", "China", "Peru", "Ghana", "India", "Colombia", "Indonesia")
PLAN_ITEMS = 100
PHOTOS = 10


def write_scale_workspace(path: Path, enterprises: int) -> None:
    workspace = open_workspace(f"sqlite:///{path}")
    workspace.history.enabled = False
    repos = sql_repositories(workspace)
    demo = demo_records()
    for n in range(enterprises):
        copy = _copy_of_demo(demo, n)
        write_records(repos, copy)
        repos.photos.add_photos(_photos(repos, copy, n))
    workspace.close()


def _copy_of_demo(demo, n: int):
    """The demo with every id replaced by one of enterprise n's (links follow), its name and
    place changed, and its plan padded with machines to PLAN_ITEMS items."""
    namespace = uuid.UUID(int=n + 1)
    ids: dict[uuid.UUID, uuid.UUID] = {}

    def new_id(old: uuid.UUID) -> uuid.UUID:
        return ids.setdefault(old, uuid.uuid5(namespace, str(old)))

    for record in _all(demo):
        new_id(record.id)
    ids[demo.enterprise.id] = namespace

    def remap(value):
        if isinstance(value, uuid.UUID):
            return ids.get(value, value)
        if isinstance(value, tuple) and not hasattr(value, "_fields"):  # a Point holds no id
            return tuple(remap(v) for v in value)
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            changes = {f.name: remap(getattr(value, f.name)) for f in dataclasses.fields(value)}
            return dataclasses.replace(value, **changes)
        return value

    copy = dataclasses.replace(
        demo,
        enterprise=dataclasses.replace(
            remap(demo.enterprise),
            name=f"Enterprise {n:04d} {COUNTRIES[n % len(COUNTRIES)]} Garments",
            country=COUNTRIES[n % len(COUNTRIES)],
            region=f"Region {n % 40}",
        ),
        visits=[remap(v) for v in demo.visits],
        plan=remap(demo.plan),
        plan_items=[remap(i) for i in demo.plan_items],
        hazards=[remap(h) for h in demo.hazards],
        improvement=[[remap(r) for r in group] for group in demo.improvement],
        indicator_entries=[remap(e) for e in demo.indicator_entries],
    )
    machines = [i for i in copy.plan_items if i.kind.value == "machine"] or copy.plan_items
    padding = [
        dataclasses.replace(
            machines[k % len(machines)],
            id=uuid.uuid5(namespace, f"padding {k}"),
            points=tuple(
                Point(x + 0.5 * (k % 7), y + 0.5 * (k // 7)) for x, y in machines[0].points
            ),
        )
        for k in range(PLAN_ITEMS - len(copy.plan_items))
    ]
    return dataclasses.replace(copy, plan_items=[*copy.plan_items, *padding])


def _all(demo) -> list:
    groups = [demo.visits, [demo.plan], demo.plan_items, demo.hazards, demo.indicator_entries]
    return [record for group in (*groups, *demo.improvement) for record in group]


def _photos(repos, copy, n: int) -> list[Photo]:
    photos = []
    for k in range(PHOTOS):
        image = Image.new("RGB", (64, 48), ((n * 37 + k * 11) % 256, (n * 7) % 256, k * 20))
        data = io.BytesIO()
        image.save(data, "JPEG", quality=70)
        sha256, _new = repos.photos.store_blob(data.getvalue(), data.getvalue(), "image/jpeg")
        hazard = copy.hazards[k % len(copy.hazards)]
        photos.append(
            Photo(
                enterprise_id=copy.enterprise.id,
                sha256=sha256,
                width=64,
                height=48,
                id=uuid.uuid5(copy.enterprise.id, f"photo {k}"),
                caption=f"Photo {k}",
                hazard_id=hazard.id if k % 2 else None,
                visit_id=copy.visits[k % len(copy.visits)].id,
                pin=PhotoPin(copy.plan.id, hazard.position) if hazard.position else None,
            )
        )
    return photos
