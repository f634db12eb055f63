package org.trustatlas.content.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictInputTest {

  @Test
  void bytesThatAreNotTextInTheirCharsetAreRefusedNotReadWithReplacementCharacters() {
    assertThat(StrictInput.text("trust \u2014 faith".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
        .contains("trust \u2014 faith");
    for (byte[] notUtf8 : new byte[][] {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {'o', 'k', (byte) 0xE2, (byte) 0x80}}) {
      assertThat(StrictInput.text(notUtf8, StandardCharsets.UTF_8)).isEmpty();
    }
    assertThat(StrictInput.text(new byte[] {'a', (byte) 0x80}, StandardCharsets.US_ASCII)).isEmpty();
  }
}
