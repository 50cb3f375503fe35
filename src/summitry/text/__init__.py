"""Stage `text`: read article files, drop boilerplate, find the publication date."""
from .clean import clean_article, clean_text
from .published import infer_published
from .read import read_paths, read_text_article

__all__ = ["clean_article", "clean_text", "infer_published", "read_paths", "read_text_article"]
