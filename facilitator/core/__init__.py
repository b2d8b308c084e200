"""The domain and its storage.  Never imports Qt: everything a user can do is a function here first."""
