package org.trustatlas.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class TableTest {

  @Test
  void columnsAlignTwoSpacesApartAndTheLastWrapsUnderItself() {
    Table table = Table.styled().row("a", "one two three four five six").row("longer", "x");

    assertThat(table.render(2, 30)).containsExactly(
        "  a       one two three four",
        "          five six",
        "  longer  x");
  }

  @Test
  void whenTooLittleWidthIsLeftRowsStayOneLineInsteadOfBecomingARibbon() {
    Table table = Table.styled().row("a-very-long-identifier-indeed", "a label of several words");

    assertThat(table.render(0, 40)).containsExactly("a-very-long-identifier-indeed  a label of several words");
  }

  @Test
  void stylesApplyAfterPaddingSoEscapesNeverShiftColumns() {
    UnaryOperator<String> brackets = cell -> "[" + cell + "]";
    Table table = Table.styled(brackets).row("a", "x").row("bbb", "y");

    assertThat(table.render(0, 80)).containsExactly("[a]    x", "[bbb]  y");
  }

  @Test
  void wrapKeepsAWordLongerThanTheLineWhole() {
    assertThat(Wrap.lines("see https://example.org/a/very/long/address now", 12))
        .containsExactly("see", "https://example.org/a/very/long/address", "now");
  }
}
