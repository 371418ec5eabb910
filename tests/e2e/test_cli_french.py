"""The command line in French (ENGAGETRACK_LANG=fr or a French locale), run as a user runs it.

Human output and messages follow the language; `--json` keys and codes stay English; the
workbook is exported in French on request and imports back like the English one.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str | Path, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LC_MESSAGES")}
    base.pop("ENGAGETRACK_LANG", None)
    return subprocess.run(
        [sys.executable, "-m", "engagetrack", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=180,
        check=False,
        env={**base, **env},
    )


def fr(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return run(*args, ENGAGETRACK_LANG="fr")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    assert run("init", "--demo", "--db", db).returncode == 0
    return db


def test_stats_in_french_and_json_stays_english(demo: Path) -> None:
    done = fr("stats", "--db", demo)
    assert done.returncode == 0, done.stderr
    assert "Organisations : 26" in done.stdout
    assert "Adhérente" in done.stdout and "Endorsed" not in done.stdout
    assert "Version du schéma :" in done.stdout
    figures = json.loads(fr("stats", "--json", "--db", demo).stdout)
    assert "Endorsed" in figures["by_stage"] and "organizations" in figures


def test_a_french_locale_is_enough(demo: Path) -> None:
    done = run("stats", "--db", demo, LANG="fr_CA.UTF-8")
    assert "Organisations : 26" in done.stdout
    override = run("stats", "--db", demo, LANG="fr_CA.UTF-8", ENGAGETRACK_LANG="en")
    assert "Organizations: 26" in override.stdout


def test_check_in_french(demo: Path) -> None:
    done = fr("check", "--db", demo)
    assert done.returncode == 0, done.stderr
    assert "Vérification de l'intégrité réussie." in done.stdout


def test_a_junk_file_is_refused_in_french(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database at all" * 10)
    done = fr("stats", "--db", junk)
    assert done.returncode == 1
    assert done.stderr.startswith("erreur : junk.db n'est pas un registre EngageTrack")


def test_a_bad_row_is_reported_in_french(tmp_path: Path) -> None:
    book = Workbook()
    ws = book.active
    ws.title = "Organisations"
    ws.append(["Nom", "Type", "Étape", "Cote"])
    ws.append(["Fine Inc.", "Entreprise", "Repérée", "NON CLASSIFIÉ"])
    ws.append(["Odd Ltd.", "Company", "Flirting", "UNCLASSIFIED"])
    path = tmp_path / "bad.xlsx"
    book.save(path)
    done = fr("import", path, "--db", tmp_path / "r.db")
    assert done.returncode == 1
    assert "Organisations!3 : " not in done.stderr  # the sheet!row prefix has no space
    assert "Organisations!3: Étape : « Flirting » ne figure pas parmi les choix" in done.stderr
    assert "Rien n'a été importé : 1 problème dans bad.xlsx." in done.stdout


def test_export_in_french_round_trips_like_english(demo: Path, tmp_path: Path) -> None:
    french, english = tmp_path / "fr.xlsx", tmp_path / "en.xlsx"
    done = run("export", french, "--lang", "fr", "--db", demo)
    assert done.returncode == 0, done.stderr
    assert run("export", english, "--db", demo).returncode == 0
    book = load_workbook(french, read_only=True)
    assert book.sheetnames == [
        "Sommaire", "Organisations", "Contacts", "Réunions", "Engagements", "Principes",
        "En retard",
    ]  # fmt: skip
    header = next(book["Organisations"].iter_rows(max_row=1, values_only=True))
    assert header[0] == "Nom" and "Étape" in header
    cells = {v for r in book["Organisations"].iter_rows(min_row=2, values_only=True) for v in r}
    assert "Adhérente" in cells and "Endorsed" not in cells
    summary = [r[:2] for r in book["Sommaire"].iter_rows(values_only=True) if r]
    assert ("Cote", "PROTÉGÉ B") in summary
    book.close()
    stats = []
    for path in (french, english):
        db = tmp_path / f"{path.stem}.db"
        done = run("import", path, "--db", db)
        assert done.returncode == 0, done.stderr
        stats.append(json.loads(run("stats", "--json", "--db", db).stdout))
    assert stats[0] == stats[1]
    assert stats[0]["organizations"] == 26


def test_a_mixed_workbook_imports(tmp_path: Path) -> None:
    book = Workbook()
    orgs = book.active
    orgs.title = "Organizations"
    orgs.append(["Name", "Kind", "Stage", "Classification"])
    orgs.append(["Acme", "Company", "Engaged", "UNCLASSIFIED"])
    meetings = book.create_sheet(" réunions ")
    meetings.append(["DATE", "Titre", "Type", "Organisations", "Cote"])
    meetings.append(["2024-03-01", "Premier appel", "appel", "Acme", "non classifié"])
    path = tmp_path / "mixed.xlsx"
    book.save(path)
    db = tmp_path / "m.db"
    done = run("import", path, "--db", db)
    assert done.returncode == 0, done.stderr
    assert "Meetings: 1 added" in done.stdout
    assert json.loads(run("stats", "--json", "--db", db).stdout)["meetings"] == 1


def test_a_refused_command_in_french(demo: Path, tmp_path: Path) -> None:
    done = fr("backup", "--to", demo, "--db", demo)
    assert done.returncode == 1
    assert done.stderr.startswith("erreur : ") and "existe déjà" in done.stderr
    missing = fr("stats", "--db", tmp_path / "nowhere.db")
    assert "Il n'y a pas de registre" in missing.stderr
    usage = fr("--help")
    assert "le registre et le suivi de la mobilisation" in usage.stdout


def test_argparse_s_own_words_are_french_too() -> None:
    """Usage, headings, help of -h and argparse's own errors follow the language; English
    stays English."""
    shown = fr("--help")
    assert shown.returncode == 0
    assert shown.stdout.startswith("utilisation : engagetrack")
    assert "arguments positionnels\u00a0:" in shown.stdout
    assert "afficher cette aide et quitter" in shown.stdout
    assert "usage:" not in shown.stdout and "show this help" not in shown.stdout
    refused = fr("stats", "--bogus")
    assert refused.returncode == 2
    assert "engagetrack : erreur : arguments non reconnus : --bogus" in refused.stderr
    missing = fr("export")
    assert "les arguments suivants sont obligatoires : FILE.xlsx" in missing.stderr
    english = run("stats", "--bogus")
    assert "engagetrack: error: unrecognized arguments: --bogus" in english.stderr


def test_the_audit_trail_and_generate_s_counts_in_french(demo: Path, tmp_path: Path) -> None:
    english = run("audit", "--db", demo, "--limit", "100000").stdout
    french = fr("audit", "--db", demo, "--limit", "100000").stdout
    # English as scripts have always read it: codes and stored field names
    assert " create organization #" in english and "\n    name: null -> " in english
    assert " création organisation #" in french and " create " not in french
    assert "\n    Nom : null -> " in french and "\n    name: " not in french
    made = fr("generate", "--db", tmp_path / "gen.db", "--scale", "2")
    assert made.returncode == 0, made.stderr
    assert "2 organisations" in made.stdout and "réunions" in made.stdout
    assert "organizations" not in made.stdout
