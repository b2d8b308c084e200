"""The one exception a user sees: a plain, translated sentence, never a traceback."""


class UserError(Exception):
    """Bad input or an impossible request.  Raised before anything is written."""
