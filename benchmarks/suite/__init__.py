"""The benchmarks of benchmarks/run.py, one module per group (see run.py's docstring)."""
