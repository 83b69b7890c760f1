"""The client list, the client page and the dialog that edits a client."""
