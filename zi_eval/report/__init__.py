"""Reports: JSON (the contract of DESIGN.md §5), the text summary, and later charts, HTML and xlsx."""
