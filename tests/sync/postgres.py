"""A real PostgreSQL server for the central-store tests, started on a temporary directory.

It uses initdb and pg_ctl from Debian's postgresql package (which .ci/run installs).  PostgreSQL
refuses to run as root, so as root the server runs as the ``postgres`` user through ``runuser``.
TCP is on 127.0.0.1 with TLS (a self-signed certificate made here), so that ``sslmode`` options are
tested for real.  Where no server binary exists the tests are skipped, and say why.
"""

from __future__ import annotations

import contextlib
import datetime
import glob
import ipaddress
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Server:
    host: str
    port: int
    certificate: Path

    def url(self, database: str = "postgres", **options: str) -> str:
        query = "&".join(f"{name}={value}" for name, value in options.items())
        return f"postgresql://postgres@{self.host}:{self.port}/{database}" + (f"?{query}" if query else "")


def binaries() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(candidates[-1]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and its key, in ``folder``."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    signed = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "server.crt", folder / "server.key"
    cert_path.write_bytes(signed.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    key_path.chmod(0o600)
    return cert_path, key_path


@contextlib.contextmanager
def running_server() -> Iterator[Server]:
    bindir = binaries()
    if bindir is None:
        raise LookupError("no PostgreSQL server binary (initdb) on this machine; install Debian's postgresql")
    as_root = os.geteuid() == 0
    prefix: list[str] = []
    if as_root:
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError as exc:
            raise LookupError("running as root, and there is no postgres user to run the server as") from exc
        if not shutil.which("runuser"):
            raise LookupError("running as root, and runuser is missing to run the server as postgres")
        prefix = ["runuser", "-u", "postgres", "--"]
    root = Path(tempfile.mkdtemp(prefix="facilitator-pg-"))
    root.chmod(0o755)
    data = root / "data"
    cert, key = certificate(root)
    if as_root:
        for path in (root, cert, key):
            os.chown(path, owner.pw_uid, owner.pw_gid)
    port = _free_port()
    options = (
        f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c ssl=on -c fsync=off"
        f" -c ssl_cert_file={cert} -c ssl_key_file={key}"
    )

    def run(*command: str) -> None:
        subprocess.run([*prefix, *command], check=True, capture_output=True, timeout=120)

    try:
        run(str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync")
        run(str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(root / "log"), "-w", "start")
        try:
            yield Server("127.0.0.1", port, cert)
        finally:
            run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop")
    finally:
        shutil.rmtree(root, ignore_errors=True)


def create_database(server: Server, name: str) -> str:
    """A fresh, empty database on ``server``; returns its URL."""
    import psycopg

    with psycopg.connect(host=server.host, port=server.port, user="postgres", dbname="postgres", autocommit=True) as c:
        c.execute(f'DROP DATABASE IF EXISTS "{name}"')
        c.execute(f'CREATE DATABASE "{name}"')
    return server.url(name)
