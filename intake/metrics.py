"""Prometheus metrics for one process. Labels are fixed vocabularies, never a person's data."""

from __future__ import annotations

import time

from aiohttp import web
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

from bot.engine import Analyser, Analysis


class Metrics:
    """The service's counters, histograms and gauges, on a registry of their own."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.updates = Counter(
            "voices_updates_total",
            "Inbound updates by channel and outcome",
            ["channel", "outcome"],
            registry=self.registry,
        )
        self.pipeline_seconds = Histogram(
            "voices_pipeline_seconds",
            "Time to anonymise, identify, screen and classify one message",
            buckets=(0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 1.0),
            registry=self.registry,
        )
        self.entities = Counter(
            "voices_entities_removed_total",
            "Personal details removed from messages, by type",
            ["type"],
            registry=self.registry,
        )
        self.flags = Counter(
            "voices_flags_total", "Screening flags raised", ["flag"], registry=self.registry
        )
        self.deliveries = Counter(
            "voices_deliveries_total",
            "Outbound deliveries by channel and outcome",
            ["channel", "outcome"],
            registry=self.registry,
        )
        self.outbox_depth = Gauge(
            "voices_outbox_depth", "Replies waiting to be delivered", registry=self.registry
        )

    def render(self) -> bytes:
        """Return the text exposition format."""
        return generate_latest(self.registry)


class TimedAnalyser:
    """Wraps the pipeline to record its latency, the entities removed and flags raised."""

    def __init__(self, inner: Analyser, metrics: Metrics) -> None:
        self._inner = inner
        self._metrics = metrics

    def process(
        self, text: str, *, lang_hint: str | None = None, sender_name: str | None = None
    ) -> Analysis:
        """Run the pipeline and record what it did (counts only)."""
        start = time.perf_counter()
        result = self._inner.process(text, lang_hint=lang_hint, sender_name=sender_name)
        self._metrics.pipeline_seconds.observe(time.perf_counter() - start)
        for kind, count in result.entities.items():
            self._metrics.entities.labels(type=kind).inc(count)
        for flag in result.flags:
            self._metrics.flags.labels(flag=flag).inc()
        return result


def metrics_response(metrics: Metrics) -> web.Response:
    """The ``/metrics`` response body."""
    response = web.Response(body=metrics.render())
    response.content_type = CONTENT_TYPE_LATEST.split(";")[0]
    return response
