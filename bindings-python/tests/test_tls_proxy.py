"""TLS and proxies through the Python options: the emulator's HTTPS mode with its
throw-away CA given as ``ca_cert``, and a real proxy (Debian's tinyproxy) on loopback."""

from __future__ import annotations

import logging
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Iterator, Optional

import pytest

import pingxx
from conftest import API_KEY, APP_ID, Emulator
from test_emulator import order_params


@pytest.fixture(scope="module")
def tls_mock() -> Iterator[Emulator]:
    emu = Emulator("--tls")
    try:
        yield emu
    finally:
        emu.stop()


def test_https_with_the_ca_trusted(tls_mock: Emulator) -> None:
    assert tls_mock.base_url.startswith("https://") and tls_mock.ca_cert
    client = pingxx.Client(
        api_key=API_KEY, app_id=APP_ID, api_base=tls_mock.base_url, ca_cert=tls_mock.ca_cert, max_retries=0
    )
    order = client.orders.create(order_params("py_tls_1"))
    assert client.orders.retrieve(order["id"])["id"] == order["id"]


def test_https_without_the_ca_is_refused_at_once(tls_mock: Emulator, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="pingxx")
    client = pingxx.Client(api_key=API_KEY, app_id=APP_ID, api_base=tls_mock.base_url, max_retries=3)
    with pytest.raises(pingxx.APIConnectionError) as info:
        client.orders.list()
    assert info.value.code == "connection_failed"
    assert "certificate" in info.value.message.lower() or "tls" in info.value.message.lower()
    assert len([r for r in caplog.records if r.name == "pingxx"]) == 1, "an untrusted server is not retried"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class TinyProxy:
    """tinyproxy on a loopback port, with Basic auth when given."""

    def __init__(self, binary: str, auth: Optional[str] = None) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="pingxx-py-tinyproxy-"))
        self.port = free_port()
        self.log = self.dir / "tinyproxy.log"
        conf = (
            f"Port {self.port}\nListen 127.0.0.1\nTimeout 30\nMaxClients 20\nAllow 127.0.0.1\n"
            f'LogLevel Info\nLogFile "{self.log}"\nPidFile "{self.dir / "tinyproxy.pid"}"\n'
        )
        if auth:
            conf += "BasicAuth " + auth.replace(":", " ") + "\n"
        (self.dir / "tinyproxy.conf").write_text(conf)
        self.proc = subprocess.Popen(
            [binary, "-d", "-c", str(self.dir / "tinyproxy.conf")], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        until = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < until, "tinyproxy did not listen"
                time.sleep(0.02)

    def url(self, userinfo: str = "") -> str:
        return f"http://{userinfo + '@' if userinfo else ''}127.0.0.1:{self.port}"

    def logged(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def stop(self) -> None:
        self.proc.kill()
        self.proc.wait()
        shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture(scope="module")
def tinyproxy_bin() -> str:
    found = shutil.which("tinyproxy") or next(
        (p for p in ("/usr/bin/tinyproxy", "/usr/sbin/tinyproxy") if Path(p).exists()), None
    )
    if not found:
        pytest.skip("tinyproxy is not installed (scripts/test-python.sh installs it with apt-get)")
    return found


def test_plain_http_and_https_connect_through_a_real_proxy(
    tinyproxy_bin: str, mock: Emulator, tls_mock: Emulator
) -> None:
    proxy = TinyProxy(tinyproxy_bin)
    try:
        plain = pingxx.Client(api_key=API_KEY, app_id=APP_ID, api_base=mock.base_url, proxy=proxy.url(), max_retries=0)
        plain.orders.create(order_params("py_proxy_1"))
        secure = pingxx.Client(
            api_key=API_KEY,
            app_id=APP_ID,
            api_base=tls_mock.base_url,
            ca_cert=tls_mock.ca_cert,
            proxy=proxy.url(),
            max_retries=0,
        )
        secure.orders.create(order_params("py_proxy_2"))
        log = proxy.logged()
        assert mock.base_url.rsplit(":", 1)[1] in log, log
        assert "CONNECT" in log, log
    finally:
        proxy.stop()


def test_proxy_credentials_never_show(
    tinyproxy_bin: str, tls_mock: Emulator, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="pingxx")
    proxy = TinyProxy(tinyproxy_bin, auth="alice:s3cretPW")
    try:

        def client(userinfo: str) -> pingxx.Client:
            return pingxx.Client(
                api_key=API_KEY,
                app_id=APP_ID,
                api_base=tls_mock.base_url,
                ca_cert=tls_mock.ca_cert,
                proxy=proxy.url(userinfo),
                max_retries=0,
            )

        good = client("alice:s3cretPW")
        good.orders.create(order_params("py_proxy_auth_1"))
        bad = client("alice:wrongPW99")
        with pytest.raises(pingxx.APIConnectionError) as info:
            bad.orders.create(order_params("py_proxy_auth_2"))
        assert f"127.0.0.1:{proxy.port}" in info.value.message, "names the proxy"
        seen = info.value.message + repr(good) + repr(bad) + caplog.text
        seen += " ".join(str(r.__dict__) for r in caplog.records)
        assert "s3cretPW" not in seen and "wrongPW99" not in seen
    finally:
        proxy.stop()
