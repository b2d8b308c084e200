"""Merging the work of several laptops.  Never imports Qt."""
