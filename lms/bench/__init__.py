"""Scale data, benchmark and load-test tooling. Not imported by the application itself."""
