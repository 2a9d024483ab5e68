// Carries the tests' shared precompiled header.
