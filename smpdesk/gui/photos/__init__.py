"""Progress photos: the gallery, importing and full-size viewing."""
