"""Benchmarks: not pass/fail tests. Each prints its figures and a ratio against a baseline
measured in the same run (the machines are noisy). Results go to docs/performance.md."""
