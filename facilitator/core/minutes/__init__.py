"""The minutes of a meeting: what it leaves behind once the facilitator has reviewed it.

- :mod:`.review`: what the facilitator adds after the meeting (a summary per item, which note goes to
  which audience, information shared, responses and whether the group was satisfied, dissent, the
  reasons groups were absent, the follow-up);
- :mod:`.content`: the minutes of one audience gathered from the meeting's data and the review, as
  plain JSON-ready values, every person and figure decided by :mod:`facilitator.core.disclosure`;
- :mod:`.versions`: canonical JSON and its SHA-256 fingerprint, issued versions frozen for reprinting,
  approvals and amendments.

Nothing here imports Qt; the window, the command line and the exports all start from these functions.
"""
