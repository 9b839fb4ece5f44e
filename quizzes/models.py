"""Question bank, attempts and progress toward goals."""
