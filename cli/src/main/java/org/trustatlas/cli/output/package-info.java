/**
 * Human output for the command line: terminal detection (colour, width), wrapping and aligned
 * columns. Knows nothing about the atlas; commands hand it strings.
 */
package org.trustatlas.cli.output;
