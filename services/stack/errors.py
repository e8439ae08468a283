class StackError(RuntimeError):
    """A local server could not be fetched, started or reached; the message says what to do."""
