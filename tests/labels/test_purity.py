"""`labels` is a pure library: importing it must not import Flask or the database."""

import subprocess
import sys


def test_importing_labels_imports_no_flask_and_no_database():
    code = (
        "import sys, labels, labels.cli; "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('flask', 'sqlalchemy', 'app')]; "
        "print(','.join(bad))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
