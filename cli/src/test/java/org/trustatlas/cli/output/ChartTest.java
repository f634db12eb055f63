package org.trustatlas.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ChartTest {

  private static final UnaryOperator<String> PLAIN = UnaryOperator.identity();

  @Test
  void aFlatLineAtOneFillsTheTopRowOfDots() {
    List<String> lines = new Chart("weeks").line("trust", new double[] {1, 1, 1}, PLAIN).render(17, 2);

    assertThat(lines).containsExactly(
        "1.00 ┤⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉",
        "0.00 ┤",
        "     └┬────┬───┬",
        "      0    1   2",
        "      ⠒⠒ trust",
        "      x: weeks, y: 0 to 1");
  }

  @Test
  void aRisingLineADottedFallingLineAndAMarkedStep() {
    List<String> lines = new Chart("weeks")
        .line("up", new double[] {0, 0.5, 1}, PLAIN)
        .dotted("down", new double[] {1, 0.5, 0}, PLAIN)
        .markKind('▲', "event", PLAIN).mark(1, '▲')
        .render(17, 2);

    assertThat(lines).containsExactly(
        "1.00 ┤····· ⣀⠤⠒⠉",
        "0.00 ┤⣀⠤⠔⠒⠊⠉····",
        "     └┬────┬───┬",
        "           ▲",
        "      0    1   2",
        "      ⠒⠒ up",
        "      ·· down",
        "      ▲ event",
        "      x: weeks, y: 0 to 1");
  }

  @Test
  void theLegendKeepsToOneLineWhenTheWidthAllows() {
    List<String> lines = new Chart("weeks").line("up", new double[] {0, 1}, PLAIN)
        .dotted("down", new double[] {1, 0}, PLAIN).render(60, 2);

    assertThat(lines.get(lines.size() - 1)).isEqualTo("      ⠒⠒ up   ·· down   x: weeks, y: 0 to 1");
  }

  @Test
  void theYAxisIsLabelledAtZeroAQuarterAHalfThreeQuartersAndOne() {
    List<String> lines = new Chart("weeks").line("trust", new double[] {0.5, 0.5}, PLAIN).render(40, 13);

    assertThat(lines.subList(0, 13)).extracting(line -> line.substring(0, 6)).containsExactly(
        "1.00 ┤", "     │", "     │", "0.75 ┤", "     │", "     │", "0.50 ┤", "     │", "     │", "0.25 ┤",
        "     │", "     │", "0.00 ┤");
    assertThat(lines.get(6)).matches("0\\.50 ┤[⠤⠒⠉⣀]+");
  }

  @Test
  void theMostImportantMarkWinsACharacterTwoStepsShare() {
    double[] flat = new double[101];
    List<String> lines = new Chart("weeks").line("trust", flat, PLAIN)
        .markKind('▲', "violation", PLAIN).markKind('+', "act", PLAIN)
        .mark(50, '+').mark(51, '▲').mark(200, '▲')
        .render(40, 2);

    String marks = lines.get(3);
    assertThat(marks.strip()).isEqualTo("▲");
    assertThat(String.join("\n", lines.subList(5, lines.size()))).contains("▲ violation").doesNotContain("act");
  }

  @Test
  void everyLineFitsTheWidthAndTickLabelsNeverTouch() {
    double[] values = new double[10_001];
    for (int t = 0; t < values.length; t++) {
      values[t] = 0.5 + 0.5 * Math.sin(t / 300.0);
    }
    for (int width : new int[] {40, 80, 123}) {
      List<String> lines = new Chart("weeks").line("trust", values, PLAIN).dotted("distrust", values, PLAIN)
          .markKind('▲', "violation", PLAIN).mark(10_000, '▲').render(width, 13);

      assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(width));
      long[] ticks = Arrays.stream(lines.get(15).strip().split(" +")).mapToLong(Long::parseLong)
          .toArray();
      assertThat(ticks.length).as("ticks at width " + width).isGreaterThan(2);
      for (int i = 0; i < ticks.length; i++) {
        assertThat(ticks[i]).as("tick " + i + " at width " + width).isEqualTo(i * ticks[1]);
      }
    }
  }

  @Test
  void coloursWrapRunsOfGlyphsOnly() {
    UnaryOperator<String> red = text -> "<" + text + ">";
    List<String> lines = new Chart("weeks").line("trust", new double[] {1, 1}, red).render(17, 2);

    assertThat(lines.get(0)).isEqualTo("1.00 ┤<⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉>");
    assertThat(lines.get(4)).isEqualTo("      <⠒⠒> trust");
  }

  @Test
  void valuesOutsideZeroToOneAreDrawnAtTheEdge() {
    List<String> lines = new Chart("weeks").line("x", new double[] {2, -1}, PLAIN).render(17, 2);

    assertThat(lines.get(0)).startsWith("1.00 ┤⠉");
    assertThat(lines.get(1)).endsWith("⣀");
  }

  @Test
  void seriesOfDifferentLengthsAndUndeclaredMarksAreRefused() {
    Chart chart = new Chart("weeks").line("a", new double[] {0, 1}, PLAIN);

    assertThatThrownBy(() -> chart.dotted("b", new double[] {0, 1, 2}, PLAIN))
        .hasMessage("series 'b' has 3 values, not 2 like the others");
    assertThatThrownBy(() -> chart.mark(1, '?')).hasMessageContaining("not declared");
  }
}
