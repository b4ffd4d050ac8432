"""Rasad's benchmarks: `python -m benchmarks.<name>` (see `make benchmark`)."""
