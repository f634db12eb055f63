package org.trustatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.AtlasServer;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.content.read.PlanSection;
import org.trustatlas.content.read.Wording;

/**
 * The web pages name the reader's roles and ask the safety questions in the pack's words, and the
 * command line and the web head a plan's sections in the same words: the pack's. (The command line
 * never says roles or answers back, so only the web shows them.) The pack is a test pack
 * whose wording is unlike the bundled one, so a front end with words of its own would show.
 */
class SameWordingTest {

  private static final String PACK = "worded";
  private static final Pattern ROLE = Pattern.compile("<label for=\"role-([a-z-]+)\">([^<]*)</label>");
  private static final Pattern QUESTION = Pattern.compile("<fieldset class=\"question\">\\s*<legend>([^<]*)</legend>");

  private final TrustAtlas atlas = TrustAtlas.load(AtlasRun.pack(PACK));
  private final Wording wording = atlas.wording();

  @Test
  void theWebNamesTheRolesAndAsksTheSafetyQuestionsInThePacksWordsAndOrder() throws Exception {
    assertThat(wording.choice(org.trustatlas.core.repair.ReaderRole.BOTH))
        .isNotEqualTo(TrustAtlas.bundled().wording().choice(org.trustatlas.core.repair.ReaderRole.BOTH));
    List<String> webRoles = new ArrayList<>();
    List<String> webQuestions = new ArrayList<>();
    try (AtlasServer.Running server = web().start(atlas, "127.0.0.1", 0)) {
      String form = get(server, "/plan");
      Matcher role = ROLE.matcher(form);
      while (role.find()) {
        webRoles.add(role.group(1) + ": " + role.group(2));
      }
      Matcher question = QUESTION.matcher(form);
      while (question.find()) {
        webQuestions.add(question.group(1));
      }
    }

    List<String> packRoles = wording.roles().stream().map(r -> r.role().slug() + ": " + r.choice()).toList();
    List<String> packQuestions = wording.questions().stream().map(Wording.Question::question).toList();
    assertThat(webRoles).isEqualTo(packRoles);
    assertThat(webQuestions).isEqualTo(packQuestions);
  }

  @Test
  void theCliAndTheWebHeadAPlansSectionsInThePacksWords() throws Exception {
    String html;
    try (AtlasServer.Running server = web().start(atlas, "127.0.0.1", 0)) {
      html = post(server, "/plan", "challenge=infidelity&role=hurt-partner&region=US");
    }
    String cli = AtlasRun.piped().inPack(PACK, "plan", "-c", "infidelity", "-r", "hurt-partner", "--region", "US")
        .out();

    List<PlanSection> shown = List.of(PlanSection.SITUATION, PlanSection.REFERRALS, PlanSection.HELD_BACK,
        PlanSection.REQUIREMENTS, PlanSection.OUTCOMES);
    List<String> onTheWeb = shown.stream().map(wording::heading).filter(h -> html.contains(">" + h + "</h2>")).toList();
    List<String> onTheCli = shown.stream().map(wording::heading).filter(h -> cli.contains("\n" + h + "\n")).toList();
    assertThat(onTheWeb).contains(wording.heading(PlanSection.SITUATION));
    assertThat(onTheCli).isEqualTo(onTheWeb);
  }

  private static String get(AtlasServer.Running server, String path) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
        + path)).build(), HttpResponse.BodyHandlers.ofString()).body();
  }

  private static String post(AtlasServer.Running server, String path, String form) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
        + path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()).body();
  }

  /** The web adapter's server, not the CLI tests' fake one, which the service list names first. */
  private static AtlasServer web() {
    return java.util.ServiceLoader.load(AtlasServer.class).stream().map(java.util.ServiceLoader.Provider::get)
        .filter(server -> server.getClass().getName().startsWith("org.trustatlas.web.")).findFirst().orElseThrow();
  }
}
