"""`chatwriter fix --register`: the form of address converted through fix's own input and
output paths, with what was left alone on stderr."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.helpers import run_cli


def run(*args: str, stdin: str = "", process: bool = False) -> subprocess.CompletedProcess[str]:
    """``chatwriter fix`` in-process, or as the installed console script."""
    return run_cli("fix", *args, stdin=stdin, process=process)


def test_du_to_sie_on_stdin() -> None:
    proc = run(
        "--register",
        "formal",
        "--locale",
        "de-DE",
        "-",
        stdin="Kannst du mir deine Nummer schicken?\n",
        process=True,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "Können Sie mir Ihre Nummer schicken?\n"


def test_a_word_left_alone_is_said_on_stderr() -> None:
    """Brazilian você to the formal register needs o senhor or a senhora, which depends
    on who reads: the verb loses its pronoun and stderr says why."""
    proc = run(
        "--register",
        "formal",
        "--locale",
        "pt-BR",
        "-",
        stdin="Você pode me mandar o comprovante?\n",
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "Pode me mandar o comprovante?\n"
    assert "<stdin>:1:1:" in proc.stderr and "o senhor" in proc.stderr


def test_diff_over_lines_exits_1_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "replies.txt"
    original = "Können Sie mir Ihre Nummer schicken?\nDanke, ich melde mich.\n"
    path.write_text(original, encoding="utf-8")
    proc = run(
        "--register", "informal", "--locale", "de-AT", "--input", "lines", "--diff", str(path)
    )
    assert proc.returncode == 1
    assert "+Kannst du mir deine Nummer schicken?" in proc.stdout
    assert path.read_text(encoding="utf-8") == original


def test_files_are_rewritten_in_place(tmp_path: Path) -> None:
    path = tmp_path / "reply.txt"
    path.write_text("Envoyez-moi une photo du reçu, s'il vous plaît.", encoding="utf-8")
    proc = run("--register", "informal", "--locale", "fr-FR", "-q", str(path))
    assert proc.returncode == 0, proc.stderr
    assert path.read_text(encoding="utf-8") == "Envoie-moi une photo du reçu, s'il te plaît."


def test_a_remark_names_the_line_of_the_file(tmp_path: Path) -> None:
    """With --input lines, a word left alone on the third line (the second is blank) is
    reported at line 3 of the file."""
    path = tmp_path / "replies.txt"
    path.write_text(
        "Kannst du mir die Nummer schicken?\n\nVocê pode me mandar o comprovante?\n",
        encoding="utf-8",
    )
    proc = run("--register", "formal", "--locale", "pt-BR", "--input", "lines", "--diff", str(path))
    assert f"{path}:3:1: 'Você pode'" in proc.stderr, proc.stderr
