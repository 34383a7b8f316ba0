"""Data dukung where units keep it: a folder tree or a table of links, turned into evidence records."""
