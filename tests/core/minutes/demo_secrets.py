"""What the public minutes of the demo must never show: every name, organisation and role of a person
who is not named (the demo's workers, the committee member, the absent migrant worker), and, under the
Chatham House Rule, no participant's name or organisation at all."""

from facilitator.core.demo.roundtable import MIGRANT, ORGANISATIONS, PEOPLE

STAFF = {"interpreter", "facilitator", "note_taker"}


def hidden_people_words() -> list[str]:
    """Names, organisations and roles of the people who asked not to be named."""
    words = []
    for person in (*PEOPLE, MIGRANT):
        if person.anonymity == "named":
            continue
        words += [person.name, person.role]
        if person.organisation:
            words.append(ORGANISATIONS[person.organisation][0])
    return words


def participant_names() -> list[str]:
    """Every participant's name and organisation (staff aside): none is attributed in public."""
    words = hidden_people_words()
    for person in PEOPLE:
        if person.participation_role in STAFF:
            continue
        words.append(person.name)
        if person.organisation:
            words.append(ORGANISATIONS[person.organisation][0])
    return sorted(set(words))


def leaks(text: str, words: list[str]) -> list[str]:
    folded = text.casefold()
    return [word for word in words if word.casefold() in folded]
