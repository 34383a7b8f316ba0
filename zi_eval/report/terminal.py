"""User text made safe for a terminal: every text renderer passes what a user wrote through here."""

from __future__ import annotations

from rich.text import Text

from zi_eval.io.words import printable


def shown(text: object, style: str = "") -> Text:
    """Make ``text`` a rich Text that shows exactly what was written, and nothing more.

    Control characters (colour codes, OSC-8 links, BEL, a one-byte CSI) are shown as escapes; as a
    Text, never a string, it is not read as rich markup (``[/x]`` stays ``[/x]``, ``[bold]`` stays
    visible) nor as emoji codes (``:thumbs_up:`` stays text). Line breaks and tabs stay: a cell may
    hold several lines.
    """
    return Text(printable(str(text), keep="\n\t"), style=style)
