"""The Live section: timer, floor, tiles, note line and speaking balance."""
