"""Developer tools for Rasad (translations, installer entry point). Not shipped in the app."""
