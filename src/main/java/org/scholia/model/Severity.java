package org.scholia.model;

/** How bad a diagnostic is: an error stops the build (exit 2), a warning does not. */
public enum Severity { ERROR, WARNING }
