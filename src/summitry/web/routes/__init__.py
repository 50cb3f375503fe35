"""One router per resource; `pages` holds the HTML pages."""
