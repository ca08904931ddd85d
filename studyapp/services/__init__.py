"""Use cases joining the domain and the database: they add and flush, the request commits."""
