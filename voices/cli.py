"""The ``voices`` command: serve, set up, administer and inspect Compact Voices."""

from __future__ import annotations

import argparse
import asyncio
import base64
import os
import secrets
import signal
import sys
from collections.abc import Callable, Coroutine, Sequence
from pathlib import Path
from typing import Any

from core import logs
from core.errors import AppError, ConfigError
from voices.services import Services, build_services
from voices.settings import Settings
from voices.startup import Listen, explain, load_settings

Command = Callable[[argparse.Namespace, Settings], int]


def _run(coro: Coroutine[Any, Any, int]) -> int:
    return asyncio.run(coro)


async def _with_services(settings: Settings, body: Callable[[Services], Any]) -> int:
    from storage import migrate

    services = build_services(settings)
    try:
        if settings.auto_migrate:
            await migrate.upgrade(services.engine)
        result = await body(services)
        return int(result or 0)
    finally:
        await services.engine.dispose()


def cmd_init(args: argparse.Namespace, settings: Settings) -> int:
    """Write a ``.env`` with fresh secrets, so a new install can start."""
    path = Path(args.env_file)
    if path.exists() and not args.force:
        print(f"{path} exists; keeping it (use --force to replace it)")
        return 0
    fernet_key = base64.urlsafe_b64encode(secrets.token_bytes(32)).decode()
    lines = [
        "# Compact Voices secrets, made by `voices init`. Keep this file private and backed up:",
        "# losing VOICES_CONTACT_KEY makes stored reply addresses unreadable.",
        f"VOICES_PSEUDONYM_KEY={secrets.token_urlsafe(48)}",
        f"VOICES_CONTACT_KEY={fernet_key}",
        f"VOICES_SECRET_KEY={secrets.token_urlsafe(48)}",
        f"VOICES_DATABASE_URL={settings.database_url}",
    ]
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"wrote {path} with new secrets")
    return 0


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    """Run the HTTP service (webhooks, form, console, API) and the outbox worker."""
    from aiohttp import web

    from voices.app import create_app

    services = build_services(settings)
    app = create_app(services, run_worker=not args.no_worker)

    def ready(_: str) -> None:
        # run_app calls this once migrations, channels and the socket are all up.
        print(f"Compact Voices listening on {_base_url(args.host, args.port)}", flush=True)

    web.run_app(
        app,
        host=args.host,
        port=args.port,
        print=ready,
        shutdown_timeout=10,
        access_log=None,
        keepalive_timeout=settings.keepalive_timeout,
        # After an early answer (408, 413, 429) aiohttp reads what is left of the body
        # for this long before it closes the socket: keep a slow sender's hold short.
        lingering_time=1.0,
        backlog=1024,
    )
    return 0


def _base_url(host: str, port: int) -> str:
    shown = "127.0.0.1" if host in {"0.0.0.0", "::", ""} else host  # noqa: S104 - only shown
    return f"http://{shown}:{port}"


def cmd_worker(args: argparse.Namespace, settings: Settings) -> int:
    """Deliver queued replies only (run beside ``voices serve --no-worker`` processes)."""
    from aiohttp import web

    from voices.app import WORKER, create_app

    services = build_services(settings)
    app = create_app(services, run_worker=False)

    async def body() -> int:
        runner = web.AppRunner(app)
        await runner.setup()  # starts channel clients and migrations, no HTTP site
        worker = app[WORKER]
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            # Stop after the pass under way, so what was sent is recorded as sent.
            loop.add_signal_handler(signum, worker.request_stop)
        try:
            print("Compact Voices outbox worker running", flush=True)
            await worker.run()
        finally:
            await runner.cleanup()
        return 0

    return _run(body())


def cmd_db_upgrade(args: argparse.Namespace, settings: Settings) -> int:
    """Bring the database schema to the newest revision."""
    from storage import migrate
    from storage.session import create_engine

    async def body() -> int:
        engine = create_engine(settings.database_url, timeout=settings.database_timeout)
        try:
            await migrate.upgrade(engine)
            print(f"database at revision {await migrate.current_revision(engine)}")
        finally:
            await engine.dispose()
        return 0

    return _run(body())


def cmd_user_add(args: argparse.Namespace, settings: Settings) -> int:
    """Create a console user; the password comes from stdin or is generated and printed."""
    from storage.credentials import generate_password, hash_password
    from storage.queries.accounts import add_user

    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if len(password) < 12:
            raise ConfigError("the password must be at least 12 characters")
        generated = False
    else:
        password, generated = generate_password(), True

    async def body(services: Services) -> int:
        async with services.sessions() as session, session.begin():
            await add_user(
                session, args.name, hash_password(password), args.role, country=args.country
            )
        print(f"user {args.name} ({args.role}) created")
        if generated:
            print(f"password: {password}")
        return 0

    return _run(_with_services(settings, body))


def cmd_token_create(args: argparse.Namespace, settings: Settings) -> int:
    """Create a review API token and print it alone on its line."""
    from storage.queries.accounts import create_api_token

    country = args.country.upper() if args.country else None
    if country is not None:
        import pycountry

        if pycountry.countries.get(alpha_2=country) is None:
            raise ConfigError(f"unknown country code {country!r}")

    from moderation.console.admin_cli import expiry

    expires_at = expiry(args.expires_days)

    async def body(services: Services) -> int:
        async with services.sessions() as session, session.begin():
            token = await create_api_token(
                session, args.role, country, args.label, expires_at=expires_at
            )
        print(token)
        return 0

    return _run(_with_services(settings, body))


def cmd_admin(args: argparse.Namespace, settings: Settings) -> int:
    """``voices token list|revoke`` and ``voices user list|disable|enable|reset-password``."""
    from moderation.console import admin_cli as admin

    password = None
    if getattr(args, "password_stdin", False):
        password = sys.stdin.readline().rstrip("\r\n")

    async def body(services: Services) -> int:
        s = services.sessions
        match args.admin:
            case "token-list":
                return await admin.token_list(s, print)
            case "token-revoke":
                return await admin.token_revoke(s, args.token, print)
            case "user-list":
                return await admin.user_list(s, print)
            case "user-disable" | "user-enable":
                return await admin.user_disable(
                    s, args.name, print, disabled=args.admin == "user-disable"
                )
            case _:
                return await admin.user_reset_password(s, args.name, print, password)

    return _run(_with_services(settings, body))


def cmd_demo(args: argparse.Namespace, settings: Settings) -> int:
    """Fill the database with synthetic demo feedback (through the pipeline) and demo users."""
    from moderation.console.demo import describe, load_pipeline, run_demo

    pipeline = load_pipeline()
    base_url = settings.public_url or _base_url(args.host, args.port)

    async def body(services: Services) -> int:
        for line in describe(await run_demo(services, pipeline), base_url):
            print(line)
        return 0

    return _run(_with_services(settings, body))


def cmd_check(args: argparse.Namespace, settings: Settings) -> int:
    """Validate the configuration and the database without serving; exit 0 when all is well."""
    from voices.check import run_checks

    return run_checks(settings, print)


def cmd_pipeline(args: argparse.Namespace, settings: Settings) -> int:
    """Anonymise JSON lines from stdin to stdout, as the service does before storing."""
    from moderation.cli_pipeline import run_pipeline
    from moderation.pipeline import Pipeline

    return run_pipeline(sys.stdin, sys.stdout, Pipeline())


def cmd_retention_run(args: argparse.Namespace, settings: Settings) -> int:
    """Erase reply addresses and conversation state past the retention period."""
    from storage.queries.retention import compact_sqlite, run_retention

    days = args.days or settings.retention_days

    async def body(services: Services) -> int:
        async with services.sessions() as session, session.begin():
            report = await run_retention(session, days)
        await compact_sqlite(services.engine)
        print(
            f"retention ({days} days): erased {report.contacts} contacts, "
            f"{report.conversations} conversations, {report.outbox} queued replies, "
            f"{report.events} event keys, {report.dead_letters} dead letters"
        )
        return 0

    return _run(_with_services(settings, body))


def cmd_export(args: argparse.Namespace, settings: Settings) -> int:
    """Write submissions to stdout as JSON lines, CSV, JSON or XLSX (operator tool)."""
    from review.export import export_submissions

    async def body(services: Services) -> int:
        await export_submissions(services, args.format, args.state, sys.stdout.buffer, hxl=args.hxl)
        return 0

    return _run(_with_services(settings, body))


def cmd_flow_show(args: argparse.Namespace, settings: Settings) -> int:
    """Print the built-in questionnaire file."""
    from bot.flow import builtin_text

    sys.stdout.write(builtin_text())
    return 0


def cmd_flow_check(args: argparse.Namespace, settings: Settings) -> int:
    """Validate a questionnaire file; exit 1 (with each problem and its line) if unusable."""
    from bot.flow import check_report

    ok, lines = check_report(args.file)
    print("\n".join(lines), file=sys.stdout if ok else sys.stderr)
    return 0 if ok else 1


def cmd_bench(args: argparse.Namespace, settings: Settings) -> int:
    """Benchmark the pipeline and the webhook path (see bench/README.md).

    ``bench/`` is not installed: it runs from a source checkout, found on the path or
    in the current directory. Its options are its own (``python -m bench`` takes them too).
    """
    import importlib.util

    if importlib.util.find_spec("bench") is None:
        checkout = Path.cwd()
        if not (checkout / "bench" / "cli.py").is_file():
            print(
                "voices bench runs from a source checkout (bench/ is not installed): "
                "run it in the repository's top folder",
                file=sys.stderr,
            )
            return 2
        sys.path.insert(0, str(checkout))
    from bench.cli import add_arguments, run

    parser = argparse.ArgumentParser(prog="voices bench", description="voices bench")
    add_arguments(parser)
    return run(parser.parse_args(args.bench_args))


# --- voices review audit --------------------------------------------------------------------


def cmd_review_audit(args: argparse.Namespace, settings: Settings) -> int:
    """Attack the review API's release rule on the approved data; exit 1 if a cell falls."""
    from review.audit import GROUPINGS, audit, current_quotes
    from storage.queries.review import approved_count_rows

    groupings = [tuple(g.split(",")) for g in args.group_by] or list(GROUPINGS)

    async def body(services: Services) -> int:
        async with services.sessions() as session:
            rows = await approved_count_rows(session)
        k = settings.review_k
        disclosed = 0
        for grouping in groupings:
            report = audit(rows, grouping, configured_k=k, quotes=current_quotes(k))
            print(report.summary())
            for finding in report.findings:
                print(f"  disclosed: {finding.describe()}")
            disclosed += report.disclosed
        print(f"{disclosed} disclosed cells" if disclosed else "no disclosed cell")
        return 1 if disclosed else 0

    return _run(_with_services(settings, body))


def cmd_broadcast_send(args: argparse.Namespace, settings: Settings) -> int:
    """Queue a broadcast to people who opted in; print how many were queued."""
    from intake import broadcasts

    audience = broadcasts.parse_audience(args.country, args.lang, args.objective)
    rules = broadcasts.rules_from(settings, args.sms_cap)

    async def body(services: Services) -> int:
        done = await broadcasts.send_from_files(
            services.sessions, rules, audience, args.message_file, args.question_file
        )
        print(f"broadcast {done.broadcast_id}: {done.queued} queued, {done.skipped} skipped")
        return 0

    return _run(_with_services(settings, body))


def _add_broadcast_commands(sub: Any) -> None:
    broadcast = sub.add_parser("broadcast", help="write to people who opted in").add_subparsers(
        dest="broadcast", required=True
    )
    p = broadcast.add_parser("send", help="queue a message (and a question) for an audience")
    p.add_argument("--country", required=True, help="ISO 3166-1 alpha-2")
    p.add_argument("--lang", help="only people who read this language")
    p.add_argument("--objective", type=int, help="only people who raised this GCM objective")
    p.add_argument("--message-file", required=True, help='JSON {"en": "...", "fr": "..."}')
    p.add_argument("--question-file", help='JSON {"question": {...}, "options": [{...}, ...]}')
    p.add_argument("--sms-cap", type=int, help="most SMS segments this broadcast may cost")
    p.set_defaults(func=cmd_broadcast_send)


def _add_review_commands(sub: Any) -> None:
    review = sub.add_parser("review", help="review API tools").add_subparsers(
        dest="review", required=True
    )
    p = review.add_parser("audit", help="attack the aggregates' release rule (LP bounds)")
    p.add_argument(
        "--group-by",
        action="append",
        default=[],
        help="a grouping such as country,objective,month (repeatable; default: the six "
        "groupings by country, objective and both, each also by month)",
    )
    p.set_defaults(func=cmd_review_audit)


def _add_admin_commands(user: Any, token: Any) -> None:
    user.add_parser("list", help="list console users").set_defaults(
        func=cmd_admin, admin="user-list"
    )
    for verb, text in (
        ("disable", "disable a user and end their sessions"),
        ("enable", "enable a disabled user"),
    ):
        p = user.add_parser(verb, help=text)
        p.add_argument("name")
        p.set_defaults(func=cmd_admin, admin=f"user-{verb}")
    p = user.add_parser("reset-password", help="set a new password and end the user's sessions")
    p.add_argument("name")
    p.add_argument("--password-stdin", action="store_true")
    p.set_defaults(func=cmd_admin, admin="user-reset-password")
    token.add_parser("list", help="list tokens (never the tokens themselves)").set_defaults(
        func=cmd_admin, admin="token-list"
    )
    p = token.add_parser("revoke", help="revoke a token at once")
    p.add_argument("token", help="the token, its number (#12) or its digest prefix")
    p.set_defaults(func=cmd_admin, admin="token-revoke")


def _add_flow_commands(sub: Any) -> None:
    flow = sub.add_parser("flow", help="the questionnaire").add_subparsers(
        dest="flow", required=True
    )
    flow.add_parser("show", help="print the built-in flow file").set_defaults(func=cmd_flow_show)
    p = flow.add_parser("check", help="validate a flow file (for VOICES_FLOW_FILE)")
    p.add_argument("file")
    p.set_defaults(func=cmd_flow_check)


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser for every subcommand."""
    parser = argparse.ArgumentParser(prog="voices", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("init", help="write a .env with fresh secrets")
    p.add_argument("--env-file", default=".env")
    p.add_argument("--force", action="store_true")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("serve", help="run the service")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8080)
    p.add_argument(
        "--no-worker", action="store_true", help="do not deliver replies here (see `worker`)"
    )
    p.set_defaults(func=cmd_serve)

    # Its options belong to bench/ (a checkout only): cmd_bench parses what is left over.
    p = sub.add_parser(
        "bench",
        help="benchmark the pipeline and the webhook path (from a source checkout)",
        add_help=False,
    )
    p.set_defaults(func=cmd_bench)

    sub.add_parser("worker", help="deliver queued replies, without serving HTTP").set_defaults(
        func=cmd_worker
    )

    p = sub.add_parser("demo", help="fill the database with demo data")
    p.add_argument("--host", default="127.0.0.1", help="where `voices serve` will listen")
    p.add_argument("--port", type=int, default=8080, help="the port `voices serve` will use")
    p.set_defaults(func=cmd_demo)

    sub.add_parser(
        "check", help="validate the configuration and the database without serving"
    ).set_defaults(func=cmd_check)

    sub.add_parser(
        "pipeline", help="anonymise JSON lines {text, lang?, sender_name?} from stdin"
    ).set_defaults(func=cmd_pipeline)

    db = sub.add_parser("db", help="database maintenance").add_subparsers(dest="db", required=True)
    db.add_parser("upgrade", help="apply migrations").set_defaults(func=cmd_db_upgrade)

    retention = sub.add_parser("retention", help="data retention").add_subparsers(
        dest="retention", required=True
    )
    p = retention.add_parser("run", help="erase addresses and state past the retention period")
    p.add_argument("--days", type=int, help="override VOICES_RETENTION_DAYS")
    p.set_defaults(func=cmd_retention_run)

    user = sub.add_parser("user", help="console users").add_subparsers(dest="user", required=True)
    p = user.add_parser("add", help="add a console user")
    p.add_argument("name")
    p.add_argument("--role", required=True, choices=["moderator", "reviewer", "admin"])
    p.add_argument("--password-stdin", action="store_true")
    p.add_argument("--country", help="ISO 3166-1 alpha-2 code the user is limited to")
    p.set_defaults(func=cmd_user_add)

    token = sub.add_parser("token", help="review API tokens").add_subparsers(
        dest="token", required=True
    )
    p = token.add_parser("create", help="create a bearer token")
    p.add_argument("--role", default="reviewer", choices=["reviewer", "admin"])
    p.add_argument("--country", help="ISO 3166-1 alpha-2 code the token is limited to")
    p.add_argument("--label")
    p.add_argument("--expires-days", type=int, help="the token stops working after N days")
    p.set_defaults(func=cmd_token_create)
    _add_admin_commands(user, token)

    p = sub.add_parser("export", help="write submissions to stdout")
    p.add_argument("--format", default="jsonl", choices=["jsonl", "csv", "json", "xlsx"])
    p.add_argument("--state", default="approved", choices=["pending", "approved", "all"])
    p.add_argument("--hxl", action="store_true", help="CSV: an HXL hashtag row under the header")
    p.set_defaults(func=cmd_export)

    _add_review_commands(sub)
    _add_broadcast_commands(sub)
    _add_flow_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``voices`` console script."""
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if args.command == "bench":
        args.bench_args = extra
    elif extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    settings: Settings | None = None
    listen = Listen(args.host, args.port) if args.command == "serve" else None
    try:
        settings = load_settings()
        logs.configure(settings.log_level)
        func: Command = args.func
        return func(args, settings)
    except AppError as exc:
        print(f"voices: error: {exc.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        explained = explain(exc, settings, listen)
        if explained is not None:
            print(f"voices: error: {explained}", file=sys.stderr)
            return 2
        # Tracebacks can quote SQL parameters; say where it failed, not what was in it.
        print(f"voices: unexpected error: {logs.exception_summary(exc)}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
