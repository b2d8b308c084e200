"""How the live screen names people, and what it hides when the room can see it.

The live screen is often on a projector or turned to the room.  People who asked not to be named are
shown there by their pseudonym ("Woman worker 2", decided by :mod:`facilitator.core.disclosure`); the
facilitator sees a real name only while holding the reveal key.  The room view goes further: it shows
only what the meeting's shareable policy allows (public notes, groups large enough to be shown alone,
no one's own figures if they are not named) and nobody's name is revealed while it is on.
"""

from __future__ import annotations

from facilitator.core import disclosure
from facilitator.core.disclosure import Policy
from facilitator.core.live.speaking import Speaker
from facilitator.core.models import Note


class RoomNames:
    """The names and figures the live screen shows now; one instance is shared by its parts."""

    def __init__(self) -> None:
        self.pseudonyms: dict[str, str] = {}
        self.policy: Policy | None = None  # the shareable policy, for the room view
        self.revealed = False  # the reveal key is held
        self.room_view = False

    def name(self, speaker: Speaker) -> str:
        if not speaker.identity_hidden or (self.revealed and not self.room_view):
            return speaker.name
        return self.pseudonyms.get(speaker.id) or disclosure.member_word(speaker.group)

    def shows_figures(self, speaker: Speaker) -> bool:
        """Whether a person's own talk time and turns may be on screen."""
        return not self.room_view or self.policy is None or self.policy.shows_person_figures(speaker.id)

    def shows_group(self, group: str) -> bool:
        """Whether figures or alerts about one group alone may be on screen."""
        return not self.room_view or (self.policy is not None and self.policy.shows_group(group))

    def shows_note(self, note: Note) -> bool:
        return not self.room_view or note.confidentiality == "public"

    @property
    def shows_people_lists(self) -> bool:
        """The suggested next voice and who has not been heard name people: not in the room view."""
        return not self.room_view
