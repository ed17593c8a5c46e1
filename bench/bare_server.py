"""A bare aiohttp webhook handler: the baseline every end-to-end figure is divided by."""

from __future__ import annotations

import sys

from aiohttp import web


async def handler(request: web.Request) -> web.Response:
    """Read and parse the JSON body, answer 200: what any webhook must at least do."""
    await request.json()
    return web.json_response({"ok": True})


async def health(request: web.Request) -> web.Response:
    """Liveness, so the bench knows when the server is up."""
    return web.json_response({"status": "ok"})


def main() -> None:
    """Serve on the port given as the first argument."""
    app = web.Application()
    app.router.add_post("/webhooks/telegram", handler)
    app.router.add_get("/healthz", health)
    web.run_app(app, host="127.0.0.1", port=int(sys.argv[1]), print=None, access_log=None)


if __name__ == "__main__":
    main()
