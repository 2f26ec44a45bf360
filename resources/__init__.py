"""Package data: indicator frameworks and translations (read with importlib.resources)."""
