"""Small pieces shared by several screens."""
