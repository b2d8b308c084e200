"""Every keyboard shortcut of the app, declared once: what it does, where it works, and its keys.

Actions are made from these declarations (:func:`facilitator.ui.common.actions.make_action`), and
Help ▸ Keyboard shortcuts and the Live screen's key hint are written from them, so what the help
says and what the keys do cannot drift apart.  A key works in one place: the whole window, one
section (while its tab is shown), or a part of one (the Live screen's speaker search).  The test of
this module checks that no key does two things in one place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from msgspec import Struct, field
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence

from facilitator.i18n import QT_TRANSLATE_NOOP

KeyLike = QKeySequence.StandardKey | str
Variants = tuple[tuple[str, str], ...]  # (what "{0}" becomes in the keys, what it becomes in the text)

WINDOW = ""  # anywhere in the window
EXTRA_REDO = "Ctrl+Y"  # redo, beside the platform's own keys for it
LIVE = "LiveSection"
LIVE_SEARCH = "LiveSection.search"  # while the speaker search has the focus
CHECKLIST = "VisitsSection.checklist"  # while a visit's checklist has the focus
# The key of each checklist answer (0 takes the answer back).
ANSWER_KEYS = {"1": "observed", "2": "partly", "3": "not_observed", "4": "not_seen", "0": ""}
NUMBERS: Variants = tuple((str(n), str(n)) for n in range(1, 10))
# The letter of each note kind's key on the Live screen (Alt+letter).
NOTE_KIND_LETTERS = {
    "note": "N", "point": "P", "concern": "C", "decision": "D", "action": "A", "commitment": "M",
    "question": "Q", "quote": "U",
}  # fmt: skip
PLACES = {
    WINDOW: QT_TRANSLATE_NOOP("Keys", "Everywhere"),
    LIVE_SEARCH: QT_TRANSLATE_NOOP("Keys", "Live: in the speaker search"),
    CHECKLIST: QT_TRANSLATE_NOOP("Keys", "Visits: in the checklist"),
}


def _note_kinds() -> Variants:
    from facilitator.core.live import notes  # the kinds' names, once the data is open

    return tuple((letter, notes.KINDS.label(kind)) for kind, letter in NOTE_KIND_LETTERS.items())


def _answers() -> Variants:
    from facilitator.core.visits.vocabulary import ANSWERS

    return tuple(
        (key, ANSWERS.label(answer) if answer else QCoreApplication.translate("Keys", "no answer"))
        for key, answer in ANSWER_KEYS.items()
    )


def _sections() -> Variants:
    from facilitator.ui.sections import SECTIONS

    return tuple((str(number), spec.title) for number, spec in enumerate(SECTIONS, start=1))


class Key(Struct, frozen=True):
    """One shortcut (or a family of them, one per variant: Alt+1 … Alt+9)."""

    where: str
    text: str  # English, translated in context "Keys"; "{0}" takes a variant's name
    keys: tuple[KeyLike, ...]
    variants: Variants | Callable[[], Variants] = ()
    hint: str = ""  # the short form the Live screen's key line shows, if any
    context: Qt.ShortcutContext = field(default=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def all_variants(self) -> Variants:
        return self.variants() if callable(self.variants) else self.variants

    def label(self, variant: str | None = None) -> str:
        text = QCoreApplication.translate("Keys", self.text)
        if variant is None:
            return text
        return text.format(dict(self.all_variants())[variant])

    def sequences(self, variant: str | None = None, every_binding: bool = True) -> list[QKeySequence]:
        """A standard key gives every binding the platform has for it (redo is Ctrl+Y and Ctrl+Shift+Z
        on Linux and Windows), as Qt's own standard actions do; the help names the first."""
        found: list[QKeySequence] = []
        for key in self.keys:
            if isinstance(key, QKeySequence.StandardKey):
                found += (QKeySequence.keyBindings(key) if every_binding else []) or [QKeySequence(key)]
            else:
                found.append(QKeySequence(key.format(variant)))
        return list(dict.fromkeys(found))  # a key the platform binds already is not given twice

    def shown(self) -> str:
        """The keys as the help lists them: "F5", "Ctrl+Return, Ctrl+Enter", "Alt+1 … Alt+9"."""
        native = QKeySequence.SequenceFormat.NativeText
        variants = self.all_variants()
        if not variants:
            return ", ".join(s.toString(native) for s in self.sequences(every_binding=False) if not s.isEmpty())
        first, last = variants[0][0], variants[-1][0]
        if len(variants) > 2 and all(part.isdigit() for part, _ in variants):
            return ", ".join(
                f"{QKeySequence(k.format(first)).toString(native)} … {QKeySequence(k.format(last)).toString(native)}"
                for k in self.keys
                if isinstance(k, str)
            )
        return " / ".join(QKeySequence(self.keys[0].format(part)).toString(native) for part, _ in variants)

    def described(self) -> str:
        """The text as the help lists it: a family names its variants."""
        variants = self.all_variants()
        if not variants:
            return self.label().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()
        if all(part.isdigit() for part, _ in variants) and variants == NUMBERS:
            return self.label().format("1–9").replace("&", "")
        return self.label().format(", ".join(name for _, name in variants)).replace("&", "")


def _window(text: str, *keys: KeyLike, variants: Variants | Callable[[], Variants] = ()) -> Key:
    return Key(WINDOW, text, keys, variants, context=Qt.ShortcutContext.WindowShortcut)


def _live(text: str, *keys: str, hint: str = "", variants: Variants | Callable[[], Variants] = ()) -> Key:
    # The Live screen is run from the keyboard: its keys work wherever the focus is while it is shown.
    return Key(LIVE, text, keys, variants, hint, Qt.ShortcutContext.WindowShortcut)


def _in(where: str, text: str, *keys: KeyLike) -> Key:
    return Key(where, text, keys)


def _search(text: str, *keys: str) -> Key:
    return Key(LIVE_SEARCH, text, keys, context=Qt.ShortcutContext.WidgetShortcut)


S = QKeySequence.StandardKey

KEYS: dict[str, Key] = {
    # -- the window ---------------------------------------------------------------------------------
    "new_meeting": _window(QT_TRANSLATE_NOOP("Keys", "&New meeting…"), S.New),
    "duplicate_meeting": _window(QT_TRANSLATE_NOOP("Keys", "D&uplicate meeting"), "Ctrl+Shift+D"),
    "archive_meeting": _window(QT_TRANSLATE_NOOP("Keys", "&Archive meeting"), "Ctrl+Shift+A"),
    "sync": _window(QT_TRANSLATE_NOOP("Keys", "S&ync…"), "Ctrl+Shift+Y"),
    "quit": _window(QT_TRANSLATE_NOOP("Keys", "&Quit"), S.Quit),
    "undo": _window(QT_TRANSLATE_NOOP("Keys", "&Undo"), S.Undo),
    # Ctrl+Y as well wherever the platform has only Ctrl+Shift+Z: a facilitator used to it lost a step.
    "redo": _window(QT_TRANSLATE_NOOP("Keys", "&Redo"), S.Redo, EXTRA_REDO),
    "find_meeting": _window(QT_TRANSLATE_NOOP("Keys", "&Find meeting"), S.Find),
    "meetings_list": _window(QT_TRANSLATE_NOOP("Keys", "&Meetings list"), "Ctrl+Shift+L"),
    "section": _window(QT_TRANSLATE_NOOP("Keys", "Show the section: {0}"), "Ctrl+{0}", variants=_sections),
    "shortcuts": _window(QT_TRANSLATE_NOOP("Keys", "&Keyboard shortcuts"), S.HelpContents),
    # -- participants -------------------------------------------------------------------------------
    "participants.invite": _in("ParticipantsSection", QT_TRANSLATE_NOOP("Keys", "&Invite"), "Ctrl+Shift+Return"),
    "participants.new": _in("ParticipantsSection", QT_TRANSLATE_NOOP("Keys", "&New person…"), "Ctrl+Shift+N"),
    "participants.import": _in("ParticipantsSection", QT_TRANSLATE_NOOP("Keys", "I&mport list…"), "Ctrl+Shift+I"),
    "participants.export": _in("ParticipantsSection", QT_TRANSLATE_NOOP("Keys", "E&xport CSV…"), "Ctrl+Shift+E"),
    "participants.arrive": _in("ParticipantsSection", QT_TRANSLATE_NOOP("Keys", "Check &in"), "Ctrl+K"),
    "participants.leave": _in("ParticipantsSection", QT_TRANSLATE_NOOP("Keys", "&Leaves"), "Ctrl+Shift+K"),
    "participants.consent": _in("ParticipantsSection", QT_TRANSLATE_NOOP("Keys", "Consent…"), "Ctrl+Shift+C"),
    "participants.person": _in("ParticipantsSection", QT_TRANSLATE_NOOP("Keys", "Edit in &register"), "Ctrl+Shift+O"),
    "participants.find_in_register": _in(
        "ParticipantsSection", QT_TRANSLATE_NOOP("Keys", "Find a person in the register to invite"), "Ctrl+Shift+R"
    ),
    "participants.filter": _in("ParticipantsSection", QT_TRANSLATE_NOOP("Keys", "Filter the list"), "Ctrl+Shift+F"),
    # -- inclusion ----------------------------------------------------------------------------------
    "inclusion.fix": _in("InclusionSection", QT_TRANSLATE_NOOP("Keys", "Go to where the check is fixed"), "Ctrl+J"),
    # -- agenda -------------------------------------------------------------------------------------
    "agenda.insert": _in("AgendaSection", QT_TRANSLATE_NOOP("Keys", "&Insert item"), "Ins", "Ctrl+Return"),
    "agenda.duplicate": _in("AgendaSection", QT_TRANSLATE_NOOP("Keys", "D&uplicate"), "Ctrl+D"),
    "agenda.delete": _in("AgendaSection", QT_TRANSLATE_NOOP("Keys", "&Delete"), "Del", "Backspace"),
    "agenda.up": _in("AgendaSection", QT_TRANSLATE_NOOP("Keys", "Move &up"), "Ctrl+Up"),
    "agenda.down": _in("AgendaSection", QT_TRANSLATE_NOOP("Keys", "Move d&own"), "Ctrl+Down"),
    "agenda.template": _in("AgendaSection", QT_TRANSLATE_NOOP("Keys", "Apply &template…"), "Ctrl+Shift+T"),
    "agenda.save_template": _in("AgendaSection", QT_TRANSLATE_NOOP("Keys", "&Save as template…"), "Ctrl+Shift+S"),
    "agenda.copy": _in("AgendaSection", QT_TRANSLATE_NOOP("Keys", "&Copy from meeting…"), "Ctrl+Shift+C"),
    "agenda.hours": _in("AgendaSection", QT_TRANSLATE_NOOP("Keys", "Day &hours…"), "Ctrl+Shift+H"),
    "agenda.pdf": _in("AgendaSection", QT_TRANSLATE_NOOP("Keys", "&Print agenda (PDF)…"), "Ctrl+P"),
    "agenda.ics": _in("AgendaSection", QT_TRANSLATE_NOOP("Keys", "Calendar (.ics)…"), "Ctrl+Shift+I"),
    # -- live ---------------------------------------------------------------------------------------
    "live.start": _live(QT_TRANSLATE_NOOP("Keys", "Start or resume"), "F5", hint=QT_TRANSLATE_NOOP("Keys", "start")),
    "live.pause": _live(QT_TRANSLATE_NOOP("Keys", "Pause"), "F6", hint=QT_TRANSLATE_NOOP("Keys", "pause")),
    "live.previous": _live(QT_TRANSLATE_NOOP("Keys", "Previous item"), "F7"),
    "live.next": _live(QT_TRANSLATE_NOOP("Keys", "Next item"), "F8", hint=QT_TRANSLATE_NOOP("Keys", "next item")),
    "live.end": _live(QT_TRANSLATE_NOOP("Keys", "End the session"), "Shift+F8", hint=QT_TRANSLATE_NOOP("Keys", "end")),
    "live.extend": _live(
        QT_TRANSLATE_NOOP("Keys", "Five more minutes"), "F9", hint=QT_TRANSLATE_NOOP("Keys", "+5 min")
    ),
    "live.silence": _live(QT_TRANSLATE_NOOP("Keys", "Silence"), "F2", hint=QT_TRANSLATE_NOOP("Keys", "silence")),
    "live.facilitator": _live(
        QT_TRANSLATE_NOOP("Keys", "Facilitator (procedural)"), "F3", hint=QT_TRANSLATE_NOOP("Keys", "facilitator")
    ),
    "live.interpret": _live(
        QT_TRANSLATE_NOOP("Keys", "Interpretation of the last speaker"),
        "F4",
        hint=QT_TRANSLATE_NOOP("Keys", "interpretation"),
    ),
    "live.find": _live(
        QT_TRANSLATE_NOOP("Keys", "Find a speaker"), "Ctrl+K", hint=QT_TRANSLATE_NOOP("Keys", "find a speaker")
    ),
    "live.take_back": _live(
        QT_TRANSLATE_NOOP("Keys", "Take back the last switch"), "Alt+Z", hint=QT_TRANSLATE_NOOP("Keys", "take back")
    ),
    "live.earlier": _live(QT_TRANSLATE_NOOP("Keys", "Move the turn's start earlier"), "Alt+Left"),
    "live.later": _live(QT_TRANSLATE_NOOP("Keys", "Move the turn's start later"), "Alt+Right"),
    "live.go_on": _live(QT_TRANSLATE_NOOP("Keys", "The speaker goes on after a break"), "Alt+R"),
    "live.keep_silence": _live(QT_TRANSLATE_NOOP("Keys", "Keep silence after a break"), "Alt+K"),
    "live.settings": _live(QT_TRANSLATE_NOOP("Keys", "Balance settings"), "Alt+S"),
    "live.full_screen": _live(QT_TRANSLATE_NOOP("Keys", "Full screen"), "F11"),
    "live.edit_note": _live(QT_TRANSLATE_NOOP("Keys", "Edit the latest note"), "Alt+O"),
    "live.reveal": _live(
        QT_TRANSLATE_NOOP("Keys", "Show the real names of people not named, while held"),
        "F10",
        hint=QT_TRANSLATE_NOOP("Keys", "hold: names"),
    ),
    "live.room_view": _live(
        QT_TRANSLATE_NOOP("Keys", "Room view: only what the room may see, on or off"),
        "F12",
        hint=QT_TRANSLATE_NOOP("Keys", "room view"),
    ),
    "live.pinned": _live(
        QT_TRANSLATE_NOOP("Keys", "Pinned speaker {0}"),
        "Alt+{0}",
        hint=QT_TRANSLATE_NOOP("Keys", "pinned"),
        variants=NUMBERS,
    ),
    "live.pinned_interrupts": _live(
        QT_TRANSLATE_NOOP("Keys", "Pinned speaker {0} interrupts"), "Alt+Shift+{0}", variants=NUMBERS
    ),
    "live.pin": _live(QT_TRANSLATE_NOOP("Keys", "Pin the current speaker to {0}"), "Ctrl+Alt+{0}", variants=NUMBERS),
    "live.note_kind": _live(QT_TRANSLATE_NOOP("Keys", "Note kind: {0}"), "Alt+{0}", variants=_note_kinds),
    "live.search_interrupts": _search(QT_TRANSLATE_NOOP("Keys", "Give the floor as an interruption"), "Shift+Return"),
    "live.search_leave": _search(QT_TRANSLATE_NOOP("Keys", "Back to the note line"), "Escape"),
    # -- actions ------------------------------------------------------------------------------------
    "actions.done": _in("ActionsSection", QT_TRANSLATE_NOOP("Keys", "Mark &done"), "Ctrl+Return", "Ctrl+Enter"),
    # -- visits -------------------------------------------------------------------------------------
    "visits.plan": _in("VisitsSection", QT_TRANSLATE_NOOP("Keys", "&Plan a visit…"), "Ctrl+Shift+N"),
    "visits.answer": Key(
        CHECKLIST,
        QT_TRANSLATE_NOOP("Keys", "Answer the checklist item: {0}"),
        ("{0}",),
        _answers,
        context=Qt.ShortcutContext.WidgetShortcut,
    ),
    "visits.note": Key(
        CHECKLIST,
        QT_TRANSLATE_NOOP("Keys", "Write a note on the checklist item"),
        ("F2",),
        context=Qt.ShortcutContext.WidgetShortcut,
    ),
    "visits.note_for_supplier": Key(
        CHECKLIST,
        QT_TRANSLATE_NOOP("Keys", "Show the item's note in the supplier's report, or keep it internal"),
        ("S",),
        context=Qt.ShortcutContext.WidgetShortcut,
    ),
    # -- minutes ------------------------------------------------------------------------------------
    "minutes.export": _in("MinutesSection", QT_TRANSLATE_NOOP("Keys", "&Export the minutes as PDF"), "Ctrl+E"),
    # -- register -----------------------------------------------------------------------------------
    "register.new": _in("RegisterSection", QT_TRANSLATE_NOOP("Keys", "&New person"), "Ctrl+Shift+N"),
    "register.invite": _in(
        "RegisterSection", QT_TRANSLATE_NOOP("Keys", "Invite to this &meeting"), "Ctrl+Shift+Return"
    ),
    "register.search": _in("RegisterSection", QT_TRANSLATE_NOOP("Keys", "Search the register"), "Ctrl+Shift+F"),
}


def place(where: str) -> str:
    """The name of the place a key works in, as the help shows it."""
    if where in PLACES:
        return QCoreApplication.translate("Keys", PLACES[where])
    from facilitator.ui.sections import spec_of

    spec = spec_of(where)
    return spec.title if spec else where


def places() -> list[str]:
    """The places keys work in, in the order the help lists them: the window, then the sections' tab order."""
    from facilitator.ui.sections import SECTIONS

    order = [WINDOW] + [spec.name for spec in SECTIONS]
    found = dict.fromkeys(key.where for key in KEYS.values())
    return sorted(found, key=lambda where: (order.index(where.split(".")[0]) if where.split(".")[0] in order
                                            else len(order), where))  # fmt: skip


def in_place(where: str) -> Iterator[Key]:
    return (key for key in KEYS.values() if key.where == where)


def live_hint() -> str:
    """The Live screen's line of the keys used most, written from their declarations."""
    parts = []
    for key in in_place(LIVE):
        if key.hint:
            parts.append(f"{key.shown()} {QCoreApplication.translate('Keys', key.hint)}")
    more = QCoreApplication.translate("Keys", "{0} every key").format(KEYS["shortcuts"].shown())
    return " · ".join([*parts, more])
