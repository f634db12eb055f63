package org.trustatlas.core.safety;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The bundled YAML and the Java fixtures say the same thing. */
class BundledSafetyYamlTest {

  private static final String RULES_HEADER = """
      # Safety rules of the bundled pack. Read top to bottom: the first matching rule whose effect is
      # suppress wins; caveats and escalations accumulate. A rule whose condition tests the candidate
      # (candidate, actor) is about one suggestion; any other rule is about the whole answer and speaks
      # in the safety block. Each rule says why (rationale) and on what evidence (source: a bibliography key).
      #
      # condition: exactly one of
      #   allOf: [conditions]   anyOf: [conditions]   not: condition
      #   flag: {any: [safety flags], is: yes|no|unknown}
      #   family: [challenge families]   challenge: [challenge ids]
      #   candidate: conjoint|involves-fault|adjunct|optional-outcome|as-requirement|sexual-practice|maladaptive-reaction
      #   actor: [actor roles]   the suggestion is a step for one of these
      #   reader: [actor roles, not individual]   the reader is known to be in one of these roles (a plan
      #     knows it; a reader the answer does not know about matches none, so `not: reader` holds for them)
      # effect: kind show-with-caveat|suppress|escalate|refer; text for the reader (not for refer);
      #   refer: [service types] added to the safety block (rules about the whole answer only)
      # Generated from, and checked against, core's SafetyRulesFixture: edit both together.
      """;

  private static final String RESOURCES_HEADER = """
      # Crisis services and emergency numbers of the bundled pack (research/domain.md section 4.3).
      # certainty: high = an official or primary page was read; medium = a consistent secondary source,
      # or an official page read only in a stored copy, not live (the NZ, IE, IN, ZA and SG numbers);
      # low = recalled or weakly sourced, always shown with a "verify before relying on it" note.
      # Phone strings are kept exactly as published. Tests check coverage, never that the digits are
      # right (verify them against sourceUrl): every listed region has its own emergency number and
      # domestic-violence, sexual-assault and crisis-line services of its own or, where it lists none,
      # from INTL. INTL lists no sexual-assault service yet (the UN Women centre is a directory for
      # practitioners), so a region without its own shows none: a known gap, named in the tests.
      # area: the part of the region a service covers, by name, with areaCode its ISO 3166-2 code
      # (GB-SCT, CA-ON). tags: the groups a service is set up for (lgbtq, men, women, young-people,
      # children, indigenous, using-harm: people who have harmed or may harm and want to stop); none means
      # everyone. Within a type, services for everyone are listed first. lastVerified: the day the source
      # was read (a stored copy of it). minimumAge: the youngest age a service takes, where its own description
      # sets one (a line for people aged 16 and over): a young reader whose stated age is below it is not sent to it.
      # types: what a service helps with, childhood-abuse (adults abused as children), elder-abuse (older
      # people harmed by those they trust), forced-marriage and child-sexual-abuse-prevention (adults worried
      # about their own sexual thoughts or behaviour towards children; a search lists it only to a reader read
      # as that adult, never to a young reader or a worried parent) and image-abuse (intimate images shared or
      # threatened without consent: taking them down) among them. A service whose number no stored page gave
      # lists only its own site, never a number from memory.
      # Generated from, and checked against, core's ResourcesFixture: edit both together.
      """;

  @Test
  void safetyRulesYamlMatchesTheFixture() throws IOException {
    BundledFile.assertMatches("safety-rules.yaml", RULES_HEADER,
        YamlText.render(SafetyYaml.rules(SafetyRulesFixture.defaults())));
  }

  @Test
  void resourcesYamlMatchesTheFixture() throws IOException {
    BundledFile.assertMatches("resources.yaml", RESOURCES_HEADER, YamlText.render(
        SafetyYaml.directory(EmergencyNumbersFixture.numbers(), ResourcesFixture.resources())));
  }
}
