package org.trustatlas.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.content.read.SimulationChart;
import org.trustatlas.core.dynamics.Event;
import org.trustatlas.core.dynamics.Scenario;
import org.trustatlas.core.dynamics.Simulation;
import org.trustatlas.core.dynamics.TimedEvent;
import org.trustatlas.core.dynamics.TrustState;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The server-drawn chart: well-formed, readable without colour, bounded in size, the same every time. */
class TrajectoryChartTest {

  private static final TrustAtlas ATLAS = TrustAtlas.bundled();
  private static final List<String> SERIES = List.of("trust", "predictability", "dependability", "faith", "distrust");
  /** Where a partner causes harm the chart follows the safety and distrust of the person harmed instead. */
  private static final List<String> HARM_SERIES = List.of("safety", "distrust");

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> elements(Document doc, String tag) {
    NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
    List<Element> list = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }

  /** The chart as the simulator page draws it: the read model's chart, titled and described by the run. */
  private static String svg(Simulation simulation) {
    return TrajectoryChart.svg(SimulationChart.of(simulation), simulation.scenario().title(),
        simulation.summary().description() + " " + simulation.notice());
  }

  private static String key(Simulation simulation) {
    return TrajectoryChart.key(SimulationChart.of(simulation));
  }

  private static Simulation run(String id) {
    return ATLAS.simulate(ATLAS.scenario(id).orElseThrow());
  }

  @Test
  void everyShippedScenarioDrawsAWellFormedLabelledChart() throws Exception {
    assertThat(ATLAS.scenarios()).isNotEmpty();
    for (Scenario scenario : ATLAS.scenarios()) {
      Simulation simulation = ATLAS.simulate(scenario);
      String svg = svg(simulation);
      Document doc = parse(svg);
      Element root = doc.getDocumentElement();
      assertThat(root.getAttribute("role")).isEqualTo("img");
      assertThat(root.getAttribute("aria-labelledby")).isEqualTo("chart-title chart-desc");
      assertThat(elements(doc, "title").get(0).getTextContent()).contains(scenario.title());
      assertThat(elements(doc, "desc").get(0).getTextContent())
          .contains(simulation.summary().description(), Simulation.NOTICE);
      Set<String> lines = new HashSet<>();
      for (Element line : elements(doc, "polyline")) {
        lines.add(line.getAttribute("class"));
      }
      assertThat(lines).as(scenario.id()).containsExactlyInAnyOrderElementsOf(
          (scenario.partnerHarm() ? HARM_SERIES : SERIES).stream().map(s -> "series series-" + s).toList());
      String labels = String.join("|", elements(doc, "text").stream().map(Element::getTextContent).toList());
      assertThat(labels).as(scenario.id()).contains("Week", "Level, 0 to 100%", "0%", "100%");
      if (scenario.partnerHarm()) {
        assertThat(key(simulation)).as(scenario.id()).contains(" Safety ", " Distrust ")
            .doesNotContain(" Trust ");
      } else {
        assertThat(key(simulation)).as(scenario.id()).contains(" Trust ", " Predictability ",
            " Dependability ", " Faith ", " Distrust ");
      }
      assertThat(svg).as("no inline style, which the CSP forbids").doesNotContain("style=");
      assertThat(svg(simulation)).as("deterministic").isEqualTo(svg);
    }
  }

  @Test
  void theKeyAboveTheChartNamesEachLineWithItsDashPatternAndLastValue() throws Exception {
    Simulation simulation = run("disclosed-affair-sincere-apology");
    String key = key(simulation);
    int last = simulation.trajectory().steps();
    assertThat(key).startsWith("<ul class=\"chart-key\">").contains(
        "series-trust series-key", "</svg> Trust " + TrajectoryChart.percent(simulation.trajectory().trust(last)) + "</li>",
        "series-distrust series-key",
        "</svg> Distrust " + TrajectoryChart.percent(simulation.trajectory().state(last).distrust()) + "</li>");
    assertThat(key).as("swatches are decoration; the words carry the meaning").contains("aria-hidden=\"true\"")
        .doesNotContain("style=");
  }

  /** Colour is never the only difference: the stylesheet gives every line its own dash pattern. */
  @Test
  void everyLineHasItsOwnDashPatternInTheStylesheet() throws IOException {
    String css;
    try (InputStream in = TrajectoryChart.class.getResourceAsStream("/org/trustatlas/web/assets/site.css")) {
      css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Set<String> patterns = new HashSet<>();
    for (String series : java.util.stream.Stream.concat(SERIES.stream(), java.util.stream.Stream.of("safety")).toList()) {
      Matcher rule = Pattern.compile("(?m)^\\.series-" + series + " \\{([^}]*)}").matcher(css);
      assertThat(rule.find()).as("a rule for " + series).isTrue();
      Matcher dash = Pattern.compile("stroke-dasharray:\\s*([^;]+);").matcher(rule.group(1));
      String pattern = dash.find() ? dash.group(1).strip() : "solid";
      assertThat(patterns.add(pattern)).as(series + " dash pattern " + pattern + " is unique").isTrue();
    }
  }

  @Test
  void eventsSitInNamedLanesUnderTheTimeAxisAndViolationsAreMarkedInThePlot() throws Exception {
    Document doc = parse(svg(run("disclosed-affair-sincere-apology")));
    List<String> lanes = elements(doc, "g").stream().map(g -> g.getAttribute("class"))
        .filter(c -> c.startsWith("chart-lane ")).toList();
    assertThat(lanes).contains("chart-lane lane-violation", "chart-lane lane-response", "chart-lane lane-positive-act",
        "chart-lane lane-support");
    String text = String.join("|", elements(doc, "text").stream().map(Element::getTextContent).toList());
    assertThat(text).contains("Violation", "Response", "Trustworthy act", "Support");
    List<Element> guides = elements(doc, "g").stream().filter(g -> g.getAttribute("class").equals("chart-guide")).toList();
    assertThat(guides).hasSize(1);
    double week10 = TrajectoryChart.x(10, 104);
    assertThat(((Element) guides.get(0).getElementsByTagNameNS("http://www.w3.org/2000/svg", "line").item(0))
        .getAttribute("x1")).isEqualTo(TrajectoryChart.n(week10));
  }

  @Test
  void everyMarkKindHasALaneOfItsOwnNamedAsTheReadModelNamesIt() {
    java.util.Set<String> classes = new HashSet<>();
    for (SimulationChart.MarkKind kind : SimulationChart.MarkKind.values()) {
      assertThat(classes.add(TrajectoryChart.laneClass(kind))).as(kind + " has a lane class of its own").isTrue();
    }
    for (org.trustatlas.core.dynamics.EventType type : org.trustatlas.core.dynamics.EventType.values()) {
      assertThat(TrajectoryChart.laneClass(SimulationChart.MarkKind.of(type))).as("the stylesheet's lane class")
          .isEqualTo(type.slug());
    }
  }

  @Test
  void refusedEventsGetTheirOwnLane() throws Exception {
    Scenario harm = new Scenario("harm", "Harm", "", 10, 0, TrustState.ESTABLISHED, true, List.of(
        new TimedEvent(2, new Event.Violation(org.trustatlas.core.dynamics.ViolationType.INTEGRITY, 0.9, true,
            org.trustatlas.core.dynamics.Disclosure.DISCOVERED)),
        new TimedEvent(4, Event.forgive())));
    Simulation simulation = ATLAS.simulate(harm);
    assertThat(simulation.refusals()).isNotEmpty();
    String svg = svg(simulation);
    assertThat(svg).contains("lane-refused", ">Not applied<");
  }

  @Test
  void aLongRunIsSampledWithoutLosingItsExtremes() throws Exception {
    Scenario longRun = ATLAS.scenarios().get(0).withSteps(Scenario.MAX_STEPS);
    Simulation simulation = ATLAS.simulate(longRun);
    String svg = svg(simulation);
    assertThat(svg.length()).as("bytes of a 10,000-week chart").isLessThan(150_000);
    Document doc = parse(svg);
    Element trust = elements(doc, "polyline").stream()
        .filter(p -> p.getAttribute("class").equals("series series-trust")).findFirst().orElseThrow();
    String[] points = trust.getAttribute("points").split(" ");
    assertThat(points.length).isLessThanOrEqualTo(4 * (int) (TrajectoryChart.RIGHT - TrajectoryChart.LEFT));
    double lowest = simulation.summary().minimum();
    double drawnLowest = java.util.Arrays.stream(points).mapToDouble(p -> Double.parseDouble(p.split(",")[1])).max()
        .orElseThrow();
    assertThat(drawnLowest).isCloseTo(TrajectoryChart.y(lowest), org.assertj.core.data.Offset.offset(0.1));
    assertThat(points[0]).startsWith(TrajectoryChart.n(TrajectoryChart.LEFT) + ",");
    assertThat(points[points.length - 1]).startsWith(TrajectoryChart.n(TrajectoryChart.RIGHT) + ",");
  }

  /** At 390 px a phone shows the chart about 340 px wide: text of 15 units is then about 12 px. */
  @Test
  void theChartIsNarrowEnoughToReadOnAPhone() throws Exception {
    Document doc = parse(svg(run("disclosed-affair-sincere-apology")));
    String[] viewBox = doc.getDocumentElement().getAttribute("viewBox").split(" ");
    assertThat(Double.parseDouble(viewBox[2])).isLessThanOrEqualTo(420);
    assertThat(Double.parseDouble(viewBox[3])).as("taller than wide only with many lanes").isLessThan(460);
  }

  @Test
  void axisTicksAreRoundNumbers() {
    assertThat(TrajectoryChart.tickStep(8)).isEqualTo(1);
    assertThat(TrajectoryChart.tickStep(52)).isEqualTo(5);
    assertThat(TrajectoryChart.tickStep(78)).isEqualTo(10);
    assertThat(TrajectoryChart.tickStep(104)).isEqualTo(10);
    assertThat(TrajectoryChart.tickStep(130)).isEqualTo(20);
    assertThat(TrajectoryChart.tickStep(10_000)).isEqualTo(1000);
  }

  @Test
  void textFromAWrittenScenarioIsEscaped() throws Exception {
    Scenario odd = new Scenario("odd", "<script>alert(1)</script> & \"quotes\"", "", 5, 0, TrustState.ESTABLISHED,
        false, List.of());
    String svg = svg(ATLAS.simulate(odd));
    assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;");
    assertThat(parse(svg).getDocumentElement().getTagName()).isEqualTo("svg");
    assertThat(svg).contains("No events");
  }
}
