"""Every shell, console and Python snippet of README.md and docs/*.md runs as pasted.

Collected: the fenced blocks of README.md and docs/*.md (not docs/rules/ or docs/schema/,
which are generated) whose info string starts with ``python``, ``sh``, ``bash`` or
``console``; one test per block, its id ``file:line`` (the line of the opening fence).

How a block runs:

- ``python``: ``sys.executable -c BLOCK`` in a fresh process; it passes when it exits 0
  and, if every line with a ``print(`` has ``# `` comment lines right below it, prints
  those lines (without the ``# ``, compared as console output below).
- ``sh`` and ``bash``: ``bash -euo pipefail -c BLOCK``; it passes when it exits 0.
- ``console``: each line starting with ``$ `` is a command, run as ``bash -o pipefail -c
  COMMAND``; the lines after it, up to the next ``$ ``, are its expected output: stdout and
  stderr together, as a terminal shows them (Python runs unbuffered, so they keep their
  order). Lines are compared after stripping trailing spaces, and trailing empty lines do
  not count. A line that is exactly ``...`` matches any number of lines, none included;
  inside a line, ``...`` matches any characters (as doctest's ELLIPSIS). The exit status
  is not checked: the output shows what happened.

Where: every doc has its own temporary work directory, and its blocks run there in the
order of the doc, so a block that writes a file (a config, a drafts file) serves the
blocks after it; running one test alone runs the blocks above it first (except ``slow``
ones, which must not be needed by others). The work directory starts with the files of
``FIXTURES`` (below): a copy of the repository's ``examples/`` (the docs run their
examples "from the repository root") and a few small drafts the command references use
(``reply.txt``, ``drafts.txt``, ``replies/``, ...). ``PATH`` starts with the bin
directory of this Python's environment, ``HOME`` is a temporary directory, and
``NO_COLOR``, ``FORCE_COLOR`` and ``CHATWRITER_*`` variables of the caller are removed.

Markers follow the language in the info string, as in ``sh slow needs=duckdb``:

- ``notest: REASON``: not run (skipped with REASON); the reason is required, and it takes
  the rest of the line. For what cannot run in a test: installs from the network, a
  cluster, a benchmark that writes into the checkout.
- ``slow``: the test is marked ``slow`` (left out by the default ``-m 'not slow'``).
- ``needs=languagetool``: runs only when ``CHATWRITER_TEST_LANGUAGETOOL_URL`` is set, and
  ``http://127.0.0.1:8081`` (or ``localhost:8081``) in the block becomes that URL.
- ``needs=server``: a ``chatwriter serve --http`` started by this module (once, on a free
  port) answers where the block says ``localhost:8081``.
- ``needs=pyspark``, ``needs=duckdb``: skipped when the module cannot be imported.

Two needs are also read from the block itself, because tests/test_spark.py and
tests/test_report_docs.py find their docs' blocks by a bare ```` ```sh ```` or
```` ```python ```` fence: a block that uses Spark (``chatwriter.spark``, ``--engine
spark``) needs pyspark and is ``slow`` (a JVM starts), and one that uses the store
(``--store``, ``chatwriter.report.store``) needs duckdb.

Port 8081, the docs' port for LanguageTool and for ``chatwriter serve``, becomes a free
port in every other block, so a block that starts a server never meets a server already
running on the machine (a developer's LanguageTool on 8081, say).
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.helpers import REPO, Server, free_port

#: Every snippet of the docs runs (about a minute on two cores): in the slow tier, which
#: `.ci/run` runs after the README's test command.
pytestmark = pytest.mark.slow

LANGUAGES = ("python", "sh", "bash", "console")
NEEDS = ("languagetool", "server", "pyspark", "duckdb")
LT_ENV = "CHATWRITER_TEST_LANGUAGETOOL_URL"
PORT = "8081"

#: Files every doc's work directory starts with: a relative path and its text, or a
#: directory of the repository to copy.
FIXTURES: dict[str, str | Path] = {
    "examples": REPO / "examples",
    "reply.txt": "Hi Sam, pls check the colour settings and let us know.\n",
    "draft.txt": "Thx for waiting!! Your refund is on its way.\n",
    "drafts.txt": "Pls check the colour settings.\nThanks, your order ships today.\n",
    "messages.jsonl": (
        '{"id": "m-1", "text": "Pls check the colour settings.", "locale": "en-US"}\n'
        '{"id": "m-2", "text": "Bitte pruefen Sie das.", "locale": "de-DE"}\n'
    ),
    "replies/sam.txt": "Please check the color settings, Sam.\n",
    "replies/anna.md": "Thanks for waiting, your order ships today.\n",
    "drafts/a.txt": "Pls check ur settings, thx.\n",
    "drafts/b.txt": "Please check the colour settings.\n",
}


@dataclass
class Block:
    doc: str  # path relative to the repository
    line: int  # 1-based line of the opening fence
    language: str
    body: str
    slow: bool = False
    needs: tuple[str, ...] = ()
    notest: str | None = None  # the reason, when the block is not run
    errors: list[str] = field(default_factory=list)  # malformed markers

    @property
    def id(self) -> str:
        return f"{self.doc}:{self.line}"


FENCE = re.compile(r"^(?P<indent>\s*)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")


def parse_info(block: Block, words: str) -> None:
    """Read the markers after the language (see the module's docstring)."""
    rest = words.strip()
    while rest:
        if rest.startswith("notest"):
            head, colon, reason = rest.partition(":")
            if head != "notest" or not colon or not reason.strip():
                block.errors.append(f"`notest` needs a reason: `notest: REASON`, not {rest!r}")
            block.notest = reason.strip() or "(no reason given)"
            return
        word, _, rest = rest.partition(" ")
        rest = rest.strip()
        if word == "slow":
            block.slow = True
        elif word.startswith("needs=") and word[len("needs=") :] in NEEDS:
            block.needs += (word[len("needs=") :],)
        else:
            block.errors.append(f"unknown marker {word!r}")


def infer_needs(block: Block) -> None:
    """The needs a block shows by what it runs (see the module's docstring)."""
    if re.search(r"chatwriter\.spark|--engine[ =]spark", block.body):
        block.slow = True
        block.needs += ("pyspark",) if "pyspark" not in block.needs else ()
    if re.search(r"--store\b|chatwriter\.report\.store", block.body):
        block.needs += ("duckdb",) if "duckdb" not in block.needs else ()


def parse(path: Path) -> list[Block]:
    """The fenced blocks of a Markdown file that this module runs."""
    doc = path.relative_to(REPO).as_posix()
    lines = path.read_text("utf-8").splitlines()
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        opening = FENCE.match(lines[i])
        if not opening:
            i += 1
            continue
        indent, fence, info = opening["indent"], opening["fence"], opening["info"].strip()
        body: list[str] = []
        j = i + 1
        while j < len(lines):
            closing = FENCE.match(lines[j])
            if (
                closing
                and closing["fence"][0] == fence[0]
                and len(closing["fence"]) >= len(fence)
                and not closing["info"].strip()
            ):
                break
            body.append(lines[j][len(indent) :] if lines[j].startswith(indent) else lines[j])
            j += 1
        language, _, words = info.partition(" ")
        if language in LANGUAGES:
            block = Block(doc, i + 1, language, "\n".join(body) + "\n")
            parse_info(block, words)
            infer_needs(block)
            blocks.append(block)
        i = j + 1
    return blocks


DOCS = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
BLOCKS = [block for path in DOCS for block in parse(path)]


# -- running ---------------------------------------------------------------------------


def skip_reason(block: Block) -> str | None:
    if block.notest is not None:
        return block.notest
    for need in block.needs:
        if need == "languagetool" and not os.environ.get(LT_ENV):
            return f"needs LanguageTool: set {LT_ENV}"
        if need in ("pyspark", "duckdb") and importlib.util.find_spec(need) is None:
            return f"needs {need}, which is not installed"
    return None


def substitute(block: Block, text: str, server_port: int | None) -> str:
    """The block's text with the docs' port 8081 put where the test's services are."""
    if "languagetool" in block.needs:
        url = os.environ[LT_ENV].rstrip("/")
        text = re.sub(rf"https?://(?:127\.0\.0\.1|localhost):{PORT}\b", url, text)
    port = server_port if "server" in block.needs else free_port()
    return re.sub(rf"\b{PORT}\b", str(port), text)


def environment(home: Path) -> dict[str, str]:
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith("CHATWRITER_")
        and name not in ("NO_COLOR", "FORCE_COLOR", "CLICOLOR", "CLICOLOR_FORCE")
    }
    bindir = str(Path(sys.executable).parent)
    env["PATH"] = bindir + os.pathsep + env.get("PATH", "")
    env["VIRTUAL_ENV"] = str(Path(bindir).parent)
    env["HOME"] = str(home)
    env["PYTHONUNBUFFERED"] = "1"
    env["no_proxy"] = env["NO_PROXY"] = "localhost,127.0.0.1,::1"
    return env


def run(
    argv: list[str], cwd: Path, env: dict[str, str], timeout: float, merge: bool = True
) -> tuple[int, str, str]:
    """Exit status, stdout and stderr (stderr in stdout with ``merge``). In a new process
    group, the output to files (not pipes, which a server left in the background would
    hold open); what is left of the group is killed after."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(
            argv,
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT if merge else err,
            start_new_session=True,
        )
        try:
            code = proc.wait(timeout)
        except subprocess.TimeoutExpired:
            code = None
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        texts = []
        for file in (out, err):
            file.seek(0)
            texts.append(file.read().decode("utf-8", errors="replace"))
    if code is None:
        texts[-1] += f"\n[timed out after {timeout:.0f} s]"
        code = -1
    return code, texts[0], texts[1]


def print_outputs(body: str) -> list[str] | None:
    """What a Python block says it prints: the ``# `` comment lines right below each line
    with a ``print(``, when every such line has some (else None: not compared)."""
    lines = body.splitlines()
    expected: list[str] = []
    prints = 0
    for i, line in enumerate(lines):
        if "print(" not in line.split("#", 1)[0]:
            continue
        prints += 1
        below = []
        for after in lines[i + 1 :]:
            if not after.startswith("# "):
                break
            below.append(after[2:])
        if not below:
            return None
        expected += below
    return expected if prints else None


def console_steps(body: str) -> list[tuple[str, list[str]]]:
    """(command, expected output lines) for each ``$ `` line of a console block."""
    steps: list[tuple[str, list[str]]] = []
    for line in body.splitlines():
        if line.startswith("$ "):
            steps.append((line[2:], []))
        elif steps:
            steps[-1][1].append(line.rstrip())
        elif line.strip():
            raise AssertionError(f"console output before the first `$ ` command: {line!r}")
    return steps


def line_matches(expected: str, actual: str) -> bool:
    """Equal, or equal with each `...` standing for any characters."""
    if "..." not in expected:
        return expected == actual
    pattern = ".*".join(re.escape(part) for part in expected.split("..."))
    return re.fullmatch(pattern, actual, re.S) is not None


def matches(expected: list[str], actual: list[str]) -> bool:
    """Line by line; a line `...` matches any number of lines."""
    if not expected:
        return not actual
    if expected[0] == "...":
        return any(matches(expected[1:], actual[k:]) for k in range(len(actual) + 1))
    return (
        bool(actual) and line_matches(expected[0], actual[0]) and matches(expected[1:], actual[1:])
    )


def trimmed(lines: list[str]) -> list[str]:
    lines = [line.rstrip() for line in lines]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def execute(block: Block, cwd: Path, env: dict[str, str], server_port: int | None) -> str | None:
    """Run one block; None when it passed, else what went wrong."""
    timeout = 600 if block.slow else 120
    body = substitute(block, block.body, server_port)
    if block.language == "python":
        code, out, err = run([sys.executable, "-c", body], cwd, env, timeout, merge=False)
        if code != 0:
            return f"python exited {code}:\n{out}{err}"
        want = print_outputs(body)
        got = trimmed(out.splitlines())
        if want is not None and not matches(want, got):
            return "\n".join(["printed not what the comments say:", *want, "--- got", *got])
        return None
    if block.language in ("sh", "bash"):
        code, out, _ = run(["bash", "-euo", "pipefail", "-c", body], cwd, env, timeout)
        return None if code == 0 else f"bash exited {code}:\n{out}"
    for command, expected in console_steps(body):
        code, out, _ = run(["bash", "-o", "pipefail", "-c", command], cwd, env, timeout)
        got, want = trimmed(out.splitlines()), trimmed(expected)
        if not matches(want, got):
            return "\n".join(
                [f"$ {command}", f"(exit {code})", "--- expected", *want, "--- got", *got]
            )
    return None


class Runner:
    """Runs the blocks: each doc's in order in its own work directory, and the docs of
    the selected tests side by side: background threads take the docs from the last one
    back while the tests go from the first one on, so the module takes about half the
    time on two cores."""

    def __init__(self, root: Path):
        self.root = root
        self.outcomes: dict[str, str | None] = {}
        self.elapsed: dict[str, float] = {}
        self.workdirs: dict[str, Path] = {}
        self.locks = {block.doc: threading.Lock() for block in BLOCKS}
        self.server_lock = threading.Lock()
        self.server: Server | None = None
        self.stopping = False
        # The test itself is the other runner: together they use the cores.
        self.pool = ThreadPoolExecutor(max_workers=max(1, (os.cpu_count() or 2) - 1))

    def workdir(self, doc: str) -> Path:
        if doc not in self.workdirs:
            path = self.root / doc.replace("/", "_")
            path.mkdir()
            (path / ".home").mkdir()
            for name, content in FIXTURES.items():
                target = path / name
                target.parent.mkdir(parents=True, exist_ok=True)
                if isinstance(content, Path):
                    shutil.copytree(content, target)
                else:
                    target.write_text(content, "utf-8")
            self.workdirs[doc] = path
        return self.workdirs[doc]

    def server_port(self) -> int:
        with self.server_lock:
            if self.server is None:
                self.server = Server()
            return self.server.port

    def path_to(self, block: Block) -> list[Block]:
        """The block, after the blocks above it in its doc that may write what it reads."""
        above = []
        for earlier in BLOCKS:
            if earlier is block:
                return [*above, block]
            if earlier.doc == block.doc and not earlier.slow and skip_reason(earlier) is None:
                above.append(earlier)
        raise AssertionError(block.id)

    def outcome(self, block: Block) -> str | None:
        # Whoever comes first runs a block (this test, or the doc's thread); both go
        # through the doc in order, one block at a time under the doc's lock.
        for step in self.path_to(block):
            with self.locks[step.doc]:
                if step.id in self.outcomes:
                    continue
                if self.stopping:
                    return "not run: the module is stopping"
                cwd = self.workdir(step.doc)
                port = self.server_port() if "server" in step.needs else None
                started = time.monotonic()
                result = execute(step, cwd, environment(cwd / ".home"), port)
                self.elapsed[step.id] = time.monotonic() - started
                if result is not None:
                    result += f"\n[{self.elapsed[step.id]:.1f} s in {cwd}]"
                self.outcomes[step.id] = result
        return self.outcomes[block.id]

    def start(self, selected: list[Block]) -> None:
        """Run the selected blocks in the background, a thread per doc."""
        last: dict[str, Block] = {}
        for block in selected:
            if skip_reason(block) is None:
                last[block.doc] = block  # BLOCKS order: the doc's last one wins
        # From the last doc back, as the tests go from the first one on.
        for block in reversed(last.values()):
            self.pool.submit(self.outcome, block)

    def close(self) -> None:
        self.stopping = True
        self.pool.shutdown(wait=True, cancel_futures=True)
        if self.server is not None:
            self.server.stop()
            self.server.log.close()


@pytest.fixture(scope="module")
def runner(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Runner]:
    r = Runner(tmp_path_factory.mktemp("docs"))
    selected = [
        item.callspec.params["block"]
        for item in request.session.items
        if item.nodeid.startswith(request.node.nodeid) and hasattr(item, "callspec")
    ]
    r.start([block for block in selected if isinstance(block, Block)])
    try:
        yield r
    finally:
        r.close()


def params() -> list[object]:
    return [
        pytest.param(block, id=block.id, marks=[pytest.mark.slow] if block.slow else [])
        for block in BLOCKS
    ]


@pytest.mark.parametrize("block", params())
def test_snippet(block: Block, runner: Runner) -> None:
    assert not block.errors, block.errors
    reason = skip_reason(block)
    if reason is not None:
        pytest.skip(f"{block.id}: {reason}")
    problem = runner.outcome(block)
    assert problem is None, f"{block.id} ({block.language}) failed:\n{block.body}\n{problem}"


# -- the collection itself -------------------------------------------------------------


def test_the_docs_have_snippets() -> None:
    docs = {block.doc for block in BLOCKS}
    assert "README.md" in docs and "docs/cli.md" in docs and "docs/hook.md" in docs
    assert len(BLOCKS) >= 30


def test_every_notest_gives_a_reason_and_markers_are_known() -> None:
    problems = [f"{block.id}: {error}" for block in BLOCKS for error in block.errors]
    assert not problems, problems
    assert all(block.notest for block in BLOCKS if block.notest is not None)


def test_markers_are_parsed() -> None:
    block = Block("x.md", 1, "sh", "")
    parse_info(block, "slow needs=duckdb notest: needs a Spark cluster: yarn")
    assert (block.slow, block.needs, block.notest, block.errors) == (
        True,
        ("duckdb",),
        "needs a Spark cluster: yarn",
        [],
    )
    for words in ("notest", "notest:", "notest:   ", "notes: x", "needs=cluster"):
        block = Block("x.md", 1, "sh", "")
        parse_info(block, words)
        assert block.errors, words


def test_console_output_comparison() -> None:
    steps = console_steps("$ echo a\na  \n\n$ true\n")
    assert steps == [("echo a", ["a", ""]), ("true", [])]
    assert matches(["a", "...", "d"], ["a", "b", "c", "d"])
    assert matches(["a", "..."], ["a"])
    assert not matches(["a", "...", "d"], ["a", "b"])
    assert not matches(["a"], ["a", "b"])
    assert matches(['{"x": 1, ..., "z": 3}'], ['{"x": 1, "y": 2, "z": 3}'])
    assert not matches(['{"x": 1, ..., "z": 3}'], ['{"x": 2, "y": 2, "z": 3}'])
    assert matches(["a.b"], ["a.b"]) and not matches(["a.b"], ["axb"])


def test_print_outputs_are_read_from_comments() -> None:
    block = "import x\nprint(1)\n# 1\nfor i in x:\n    print(i)\n# a\n# b\n"
    assert print_outputs(block) == ["1", "a", "b"]
    assert print_outputs("print(1)  # e.g. 1\nprint(2)\n# 2\n") is None
    assert print_outputs("x = 1  # print(x)\n") is None


def test_needs_are_read_from_the_block() -> None:
    spark = Block("x.md", 1, "sh", "chatwriter report t.jsonl --engine spark\n")
    store = Block("x.md", 1, "sh", "chatwriter report --store qa.duckdb\n")
    plain = Block("x.md", 1, "sh", "chatwriter report t.jsonl\n")
    for block in (spark, store, plain):
        infer_needs(block)
    assert (spark.needs, spark.slow) == (("pyspark",), True)
    assert (store.needs, store.slow) == (("duckdb",), False)
    assert (plain.needs, plain.slow) == ((), False)
