"""Words the window shows that come from elsewhere: the core's fixed labels (issue 20)."""
