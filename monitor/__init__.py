"""Regwatch: regulator enforcement on AI vendors' data sourcing and model deletion."""

__version__ = "0.1.0"
