"""Text in an iCalendar file exactly as typed.

``icalendar`` reads a backslash before an N as a line break and writes it so ("\\N" is another way of
writing one), which turned an agenda title such as "C:\\Notes" into two lines in every calendar.  Text
written through :func:`exact` is escaped as RFC 5545 asks and nothing else.
"""

from __future__ import annotations

from icalendar import vText


class _Exact(vText):
    def to_ical(self) -> bytes:
        text = str(self).replace("\\", "\\\\").replace(";", r"\;").replace(",", r"\,")
        return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", r"\n").encode(self.encoding)


def exact(text: str) -> vText:
    """``text`` for a TEXT property (a summary, a description, a location), kept as it is."""
    return _Exact(text)
