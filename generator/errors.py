"""The one error a build stops with: its message is for the user (one line or a few)."""


class BuildError(Exception):
    """The build cannot go on; str() is the message for the user."""
