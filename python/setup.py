"""Builds the package with the loadable extension inside it.

`pip install ./python` runs `cargo build --release` on ../sqlite-ext and
copies target/release/libpgshim.so (.dylib, .dll) into the package; with
PGSHIM_LOADABLE_PATH set, that library is copied instead (no cargo).
"""
import os
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
NAME = {"darwin": "libpgshim.dylib", "win32": "pgshim.dll"}.get(sys.platform, "libpgshim.so")


class BuildWithExtension(build_py):
    def run(self):
        super().run()
        given = os.environ.get("PGSHIM_LOADABLE_PATH")
        if given:
            library = Path(given)
        else:
            subprocess.check_call(
                ["cargo", "build", "--release", "--manifest-path", str(ROOT / "sqlite-ext" / "Cargo.toml")],
                cwd=ROOT,
            )
            library = ROOT / "target" / "release" / NAME
        if not library.exists():
            raise SystemExit(f"pgshim: {library} was not built")
        target = Path(self.build_lib) / "pgshim" / NAME
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(library, target)


setup(cmdclass={"build_py": BuildWithExtension})
