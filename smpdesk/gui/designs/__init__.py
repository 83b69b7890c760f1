"""The design screens: the hairline and zone designer, the design tab, the preview and approval."""
