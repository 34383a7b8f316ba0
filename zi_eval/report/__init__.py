"""Reports: JSON (the contract of docs/architecture.md §3), the text summary, and later charts, HTML and xlsx."""
