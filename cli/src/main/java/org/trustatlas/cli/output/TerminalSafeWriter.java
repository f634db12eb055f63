package org.trustatlas.cli.output;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * What reaches the terminal: text, newlines and tabs, and style sequences (SGR: {@code ESC [ 1 ; 36
 * m}, which only set bold and colour). Every other control character, from any data (a pack, a file
 * name, an events file), is written as its visible symbol ({@code ␛} for ESC), so nothing printed can
 * clear the screen, move the cursor, set the window title or rewrite a line.
 */
public final class TerminalSafeWriter extends FilterWriter {

  /** Longest style sequence kept; anything longer is not one the CLI writes. */
  private static final int MAX_SEQUENCE = 32;
  private static final char ESC = '\u001b';

  private final StringBuilder pending = new StringBuilder();
  private final boolean messages;

  private TerminalSafeWriter(Writer out, boolean messages) {
    super(out);
    this.messages = messages;
  }

  public static Writer of(Writer out) {
    return new TerminalSafeWriter(out, false);
  }

  /**
   * For standard error, which carries errors that quote what was given: as {@link #of}, and every
   * bidirectional embedding, override or isolate (U+202A to U+202E, U+2066 to U+2069) is written as
   * its escape ({@code \u202E}), as {@code Quote} writes it, so a value quoted by any message cannot
   * turn the rest of the line around. Pack text cannot hold these characters, so nothing else that
   * reaches standard error changes.
   */
  public static Writer forMessages(Writer out) {
    return new TerminalSafeWriter(out, true);
  }

  @Override
  public void write(int c) throws IOException {
    accept((char) c);
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    for (int i = offset; i < offset + length; i++) {
      accept(chars[i]);
    }
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    for (int i = offset; i < offset + length; i++) {
      accept(text.charAt(i));
    }
  }

  @Override
  public void flush() throws IOException {
    release();
    super.flush();
  }

  @Override
  public void close() throws IOException {
    release();
    super.close();
  }

  private void accept(char c) throws IOException {
    if (pending.length() > 0) {
      pending.append(c);
      if (pending.length() == 2 ? c == '[' : c >= '0' && c <= '9' || c == ';') {
        if (pending.length() <= MAX_SEQUENCE) {
          return;
        }
      } else if (c == 'm' && pending.length() > 2) {
        out.write(pending.toString());
        pending.setLength(0);
        return;
      }
      release();
      return;
    }
    if (c == ESC) {
      pending.append(c);
    } else if (messages && (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069')) {
      out.write(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
    } else {
      out.write(visible(c));
    }
  }

  /** A sequence that turned out not to be a style: every character of it visible. */
  private void release() throws IOException {
    for (int i = 0; i < pending.length(); i++) {
      out.write(visible(pending.charAt(i)));
    }
    pending.setLength(0);
  }

  /** Newline and tab as they are; C0 controls as the Control Pictures block; DEL and C1 as symbols. */
  static char visible(char c) {
    if (c == '\n' || c == '\t') {
      return c;
    }
    if (c < 0x20) {
      return (char) (0x2400 + c);
    }
    if (c == 0x7F) {
      return '\u2421';
    }
    return c >= 0x80 && c <= 0x9F ? '\uFFFD' : c;
  }
}
