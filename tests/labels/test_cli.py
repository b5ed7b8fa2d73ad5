"""The `policylabel` command line."""

import json
import subprocess
import sys

from labels.cli import main
from tests.conftest import SHARED

SEED = SHARED / "corpus/seeds/001_e6c674c7cd0d9176.txt"


def test_extract_prints_the_facts_as_json(capsys):
    assert main(["extract", str(SEED)]) == 0
    facts = json.loads(capsys.readouterr().out)
    assert facts["spec"] == 1
    assert facts["language"] == "pl"
    assert "privacy@imoulife.com" in facts["contact_emails"]


def test_extract_of_a_missing_file_fails_with_one_line(capsys, tmp_path):
    assert main(["extract", str(tmp_path / "nope.txt")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "No such file or directory" in err


def test_extract_of_binary_input_fails_with_one_line(capsys, tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(bytes(range(256)) * 16)
    assert main(["extract", str(path)]) == 1
    assert (
        capsys.readouterr().err
        == f"policylabel: {path}: This looks like a binary file, not text.\n"
    )


def test_console_script_is_installed():
    result = subprocess.run(
        [sys.executable, "-m", "labels.cli", "extract", str(SEED)], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert json.loads(result.stdout)["language"] == "pl"
