package org.trustatlas.cli.output;

/** Bold and colour as ANSI escapes, or plain text when colour is off. */
public final class Style {

  private static final String RESET = "\u001b[0m";
  private final boolean on;

  public Style(boolean on) {
    this.on = on;
  }

  public boolean on() {
    return on;
  }

  public String bold(String text) {
    return wrap("\u001b[1m", text);
  }

  /** For ids, the words a reader can type next. */
  public String accent(String text) {
    return wrap("\u001b[36m", text);
  }

  /** For citations and other secondary detail. */
  public String dim(String text) {
    return wrap("\u001b[2m", text);
  }

  public String error(String text) {
    return wrap("\u001b[31m", text);
  }

  private String wrap(String code, String text) {
    return on && !text.isEmpty() ? code + text + RESET : text;
  }
}
