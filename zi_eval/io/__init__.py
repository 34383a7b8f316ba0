"""Reading and writing files: the bottom layer, importing nothing else from zi_eval but errors."""
