/**
 * The {@code atlas} command line: the entry point, the root command with its global options, and
 * how errors become one line on stderr and an exit code (0 success, 1 failure, 2 usage).
 */
package org.trustatlas.cli;
