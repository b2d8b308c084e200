"""Sync: laptops that worked apart merge into one record, through a folder or a central database.

Every change is in the change log (:mod:`facilitator.core.change_log`); laptops exchange log rows and
each one rebuilds its records from them, field by field, the newest stamp winning.  Nothing here
imports Qt: the command line and the window drive the same functions.
"""
