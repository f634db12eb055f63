package org.trustatlas.core.safety;

import org.trustatlas.core.internal.Require;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One way to reach a service. Phone strings are data exactly as published, never built by string
 * formatting.
 *
 * @param note what to say or do, such as 'text "START"', or that the address changes
 * @param certainty set when this channel is more or less certain than its service, such as a
 *     vanity number confirmed officially but its digits only derived
 */
public record Channel(ChannelKind kind, String value, Optional<String> note, Optional<Certainty> certainty) {

  private static final Pattern DIALLABLE = Pattern.compile("[0-9A-Za-z +().-]*[0-9][0-9A-Za-z +().-]*");

  public Channel {
    Objects.requireNonNull(kind, "channel kind must not be null");
    value = Require.text(value, () -> kind.slug() + " channel value");
    if (kind.isAddress()) {
      value = Provenance.url(value, kind.slug() + " channel value");
    } else if (!DIALLABLE.matcher(value).matches()) {
      throw new IllegalArgumentException(kind.slug() + " channel value '" + value
          + "' must be a number as published (digits, letters, spaces, + ( ) . -)");
    }
    note = Require.optional(note, () -> kind.slug() + " channel note");
    Objects.requireNonNull(certainty, "channel certainty must not be null; use Optional.empty()");
  }

  /** A number to call. */
  public static Channel phone(String number) {
    return new Channel(ChannelKind.PHONE, number, Optional.empty(), Optional.empty());
  }

  /** A number to text, with what to send (such as "text START"). */
  public static Channel text(String number, String note) {
    return new Channel(ChannelKind.TEXT, number, Optional.of(note), Optional.empty());
  }

  /** An online chat at this address. */
  public static Channel chat(String url) {
    return new Channel(ChannelKind.CHAT, url, Optional.empty(), Optional.empty());
  }

  /** A web site at this address. */
  public static Channel web(String url) {
    return new Channel(ChannelKind.WEB, url, Optional.empty(), Optional.empty());
  }

  /** This channel with a note for the reader (hours, what to say). */
  public Channel withNote(String text) {
    return new Channel(kind, value, Optional.of(text), certainty);
  }

  /** This channel with how sure the pack is of it; a low certainty is shown with a "verify" note. */
  public Channel withCertainty(Certainty level) {
    return new Channel(kind, value, note, Optional.of(level));
  }

  /** This channel's certainty, or the service's when the channel sets none. */
  public Certainty certaintyWithin(Certainty service) {
    return certainty.orElse(service);
  }
}
