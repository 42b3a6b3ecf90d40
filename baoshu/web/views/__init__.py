"""One module per view; each builds the dict that both the HTML and the JSON render."""
