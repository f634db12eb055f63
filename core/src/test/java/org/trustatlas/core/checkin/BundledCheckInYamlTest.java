package org.trustatlas.core.checkin;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.trustatlas.core.safety.BundledFile;
import org.trustatlas.core.safety.YamlText;

/** The bundled checkin.yaml and the Java fixture say the same thing. */
class BundledCheckInYamlTest {

  private static final String HEADER = """
      # The private check-in of the bundled pack: 10 to 20 questions written for this project (never
      # items from published questionnaires). Setting questions first (can the reader answer privately,
      # where they live), then safety, then situation. Every question offers not-sure.
      # section: setting|safety|situation. multiple: whether several choices may be picked.
      # alone: true asks the question only to a reader on their own (every safety question is);
      # shared: true on a setting choice says someone else can see the answers, which skips them.
      # A choice may set flags (safety flag: yes|no|unknown), name challenges and aggravators (concept
      # ids), set the reader's role (hurt-partner|involved-partner|both|survivor|supporter) or region
      # (ISO 3166 alpha-2 or INTL). stop: true ends the check-in at once with resources; only safety
      # questions may stop, and a stopping choice sets a flag to yes.
      # Answers are never stored or logged.
      # Generated from, and checked against, core's CheckInFixture: edit both together.
      """;

  @Test
  void checkinYamlMatchesTheFixture() throws IOException {
    BundledFile.assertMatches("checkin.yaml", HEADER, YamlText.render(CheckInYaml.document(CheckInFixture.questions())));
  }
}
