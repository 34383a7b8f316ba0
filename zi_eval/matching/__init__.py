"""Match plan activities to LKE items: Indonesian text analysis (``terms``, ``stem``) and ranking (``matcher``)."""
