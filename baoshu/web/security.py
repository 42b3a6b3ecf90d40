"""What every response carries, and who may ask: security headers, the Host check, the access token."""

from __future__ import annotations

import hmac
import ipaddress
from collections.abc import Iterable
from dataclasses import dataclass, field

from starlette.requests import Request
from starlette.responses import Response

HEADERS = {
    "Content-Security-Policy": ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
TOKEN_COOKIE = "baoshu_token"
TOKEN_HEADER = "x-baoshu-token"
TOKEN_QUERY = "token"


def is_loopback(host: str) -> bool:
    """Whether an address to listen on is reachable from this machine only."""
    if host in ("localhost",):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def host_name(header: str) -> str:
    """The name in a Host header, without its port (`[::1]:8000` → `::1`)."""
    if header.startswith("["):
        return header[1:header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


@dataclass
class Guard:
    """Who may use the reader.

    `hosts`: the Host names accepted (set when bound to loopback, against DNS
    rebinding); empty accepts any. `token`: when set, every request must carry
    it, as the `baoshu_token` cookie, an `X-Baoshu-Token` header or
    `Authorization: Bearer …`; `?token=…` in a browser sets the cookie.
    """

    hosts: frozenset[str] = field(default_factory=frozenset)
    token: str = ""

    @classmethod
    def for_binding(cls, host: str, token: str = "", extra_hosts: Iterable[str] = ()) -> Guard:
        hosts = frozenset((*LOOPBACK_NAMES, host.strip("[]"), *extra_hosts)) if is_loopback(host) else frozenset()
        return cls(hosts=hosts, token=token)

    def host_allowed(self, request: Request) -> bool:
        return not self.hosts or host_name(request.headers.get("host", "")).lower() in self.hosts

    def presented(self, request: Request) -> str:
        """The token a request carries, if any."""
        auth = request.headers.get("authorization", "")
        if auth.lower().startswith("bearer "):
            return auth[len("bearer "):].strip()
        return (request.headers.get(TOKEN_HEADER) or request.cookies.get(TOKEN_COOKIE)
                or request.query_params.get(TOKEN_QUERY) or "")

    def authorized(self, request: Request) -> bool:
        return not self.token or hmac.compare_digest(self.presented(request).encode(), self.token.encode())


def secured(response: Response) -> Response:
    """The response with the security headers set."""
    for name, value in HEADERS.items():
        response.headers[name] = value
    return response
