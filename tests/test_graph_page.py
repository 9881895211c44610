"""The interactive page of `kg graph --format html` in a real browser (headless Chromium): it
loads offline with no console errors, its script draws every node, and the screenshot shows
the nodes in their kinds' colours (pixels, not just the file)."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from kg.graphdraw import KIND_COLORS, write
from kg.graphviews import example_store, full_graph

BROWSER = next((shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome")
                if shutil.which(name)), None)
pytestmark = pytest.mark.skipif(
    BROWSER is None, reason="needs headless Chromium: apt-get install chromium (Debian package "
                            "'chromium')")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         "--disable-default-apps", "--hide-scrollbars"]


def chromium(tmp_path: Path, *arguments: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "profile"
    return subprocess.run([BROWSER, *FLAGS, f"--user-data-dir={profile}", *arguments],
                          capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> tuple[Path, int]:
    G = full_graph(example_store())
    path = tmp_path_factory.mktemp("page") / "graph.html"
    write(G, path, "html", title="example")
    return path, len(G)


def test_the_script_draws_every_node_without_console_errors(page, tmp_path):
    path, nodes = page
    run = chromium(tmp_path, "--enable-logging=stderr", "--v=0", "--virtual-time-budget=3000",
                   "--dump-dom", path.as_uri())
    assert f'data-drawn="{nodes}"' in run.stdout, run.stderr[-2000:]
    console = [line for line in run.stderr.splitlines()
               if "CONSOLE" in line or "Uncaught" in line]
    assert not [line for line in console if "Uncaught" in line or ":ERROR:" in line], console


def test_the_screenshot_shows_the_kinds_in_colour(page, tmp_path):
    import matplotlib.image as mpimg
    import numpy as np

    path, _ = page
    shot = tmp_path / "shot.png"
    chromium(tmp_path, "--window-size=1000,800", "--virtual-time-budget=3000",
             f"--screenshot={shot}", path.as_uri())
    pixels = mpimg.imread(shot)[:, :, :3]
    assert pixels.shape[:2] == (800, 1000)
    pixels = pixels[80:]  # below the bar, whose legend shows the colours too
    assert (pixels < 0.95).any(axis=-1).mean() > 0.005  # not a blank page

    def present(hex_colour: str) -> bool:
        rgb = np.array([int(hex_colour[k:k + 2], 16) / 255 for k in (1, 3, 5)])
        return int((np.abs(pixels - rgb).max(axis=-1) < 0.03).sum()) >= 20

    # the example holds persons, organisations, countries, an agreement, posts and a topic
    drawn = {kind for kind, colour in KIND_COLORS.items() if present(colour)}
    assert {"person", "organization", "country", "agreement", "post", "topic"} <= drawn
