package org.trustatlas.content.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A run of weeks takes the shape a reader takes in at a glance, and says it in one wording. */
class WeeksTest {

  @Test
  void aSingleWeekIsOneWeek() {
    Weeks weeks = Weeks.of(List.of(10));
    assertThat(weeks).isEqualTo(new Weeks.One(10));
    assertThat(weeks.phrase()).isEqualTo("week 10");
    assertThat(weeks.all()).containsExactly(10);
  }

  @Test
  void theSameWeekTwiceIsStillOneWeek() {
    assertThat(Weeks.of(List.of(4, 4)).phrase()).isEqualTo("week 4");
  }

  @Test
  void threeOrMoreWeeksInARowAreAConsecutiveRange() {
    Weeks weeks = Weeks.of(List.of(13, 14, 15, 16));
    assertThat(weeks).isEqualTo(new Weeks.Consecutive(13, 16));
    assertThat(weeks.phrase()).isEqualTo("weeks 13–16");
    assertThat(weeks.all()).containsExactly(13, 14, 15, 16);
  }

  @Test
  void twoWeeksInARowAreListed() {
    assertThat(Weeks.of(List.of(4, 5))).isInstanceOf(Weeks.Listed.class);
    assertThat(Weeks.of(List.of(4, 5)).phrase()).isEqualTo("weeks 4, 5");
  }

  @Test
  void fourOrMoreWeeksEvenlyApartAreARangeAtThatInterval() {
    Weeks weeks = Weeks.of(List.of(2, 6, 10, 14));
    assertThat(weeks).isEqualTo(new Weeks.Every(2, 14, 4));
    assertThat(weeks.phrase()).isEqualTo("weeks 2–14 every 4");
    assertThat(weeks.all()).containsExactly(2, 6, 10, 14);
  }

  @Test
  void threeWeeksEvenlyApartAreListedBecauseTheListSaysMore() {
    Weeks weeks = Weeks.of(List.of(6, 18, 30));
    assertThat(weeks).isEqualTo(new Weeks.Listed(List.of(new Weeks.One(6), new Weeks.One(18), new Weeks.One(30))));
    assertThat(weeks.phrase()).isEqualTo("weeks 6, 18, 30");
  }

  @Test
  void weeksInAnyOrderAreSaidFromTheEarliest() {
    assertThat(Weeks.of(List.of(30, 6, 18)).phrase()).isEqualTo("weeks 6, 18, 30");
  }

  @Test
  void aMixOfStretchesIsAListOfItsParts() {
    Weeks weeks = Weeks.of(List.of(3, 10, 11, 12, 20, 30, 40, 50, 51));
    assertThat(weeks).isInstanceOfSatisfying(Weeks.Listed.class, listed -> assertThat(listed.parts()).containsExactly(
        new Weeks.One(3), new Weeks.Consecutive(10, 12), new Weeks.Every(20, 50, 10), new Weeks.One(51)));
    assertThat(weeks.phrase()).isEqualTo("weeks 3, 10–12, 20–50 every 10, 51");
    assertThat(weeks.first()).isEqualTo(3);
    assertThat(weeks.last()).isEqualTo(51);
    assertThat(weeks.all()).containsExactly(3, 10, 11, 12, 20, 30, 40, 50, 51);
  }

  @Test
  void everyShapeGivesBackTheWeeksItWasMadeFrom() {
    List<List<Integer>> samples = List.of(List.of(1), List.of(1, 2), List.of(1, 2, 3), List.of(1, 3, 5, 7),
        List.of(1, 3, 5), List.of(0, 1, 2, 9, 11, 13, 15, 40), List.of(5, 6, 7, 9, 11, 13, 15));
    for (List<Integer> sample : samples) {
      assertThat(Weeks.of(sample).all()).as(sample.toString()).isEqualTo(sample);
      assertThat(Weeks.of(Weeks.of(sample).all())).as(sample.toString()).isEqualTo(Weeks.of(sample));
    }
  }

  @Test
  void noWeeksOrANegativeWeekIsRefusedWithTheReason() {
    assertThatThrownBy(() -> Weeks.of(List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a run of weeks needs at least one week");
    assertThatThrownBy(() -> Weeks.of(List.of(-1, 3))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("week -1 is before week 0, the starting state");
  }

  @Test
  void aShapeThatDoesNotHoldCannotBeMade() {
    assertThatThrownBy(() -> new Weeks.Consecutive(4, 5)).hasMessageContaining("fewer than 3 in a row");
    assertThatThrownBy(() -> new Weeks.Every(2, 11, 4)).hasMessageContaining("do not step evenly by 4");
    assertThatThrownBy(() -> new Weeks.Every(2, 10, 4)).hasMessageContaining("fewer than 4");
    assertThatThrownBy(() -> new Weeks.Every(2, 10, 1)).hasMessageContaining("at least 2");
    assertThatThrownBy(() -> new Weeks.Listed(List.of(new Weeks.One(3)))).hasMessageContaining("at least two parts");
    assertThatThrownBy(() -> new Weeks.Listed(List.of(new Weeks.Consecutive(3, 6), new Weeks.One(5))))
        .hasMessageContaining("do not come after");
    assertThatThrownBy(() -> new Weeks.Listed(List.of(new Weeks.One(1),
        new Weeks.Listed(List.of(new Weeks.One(3), new Weeks.One(5)))))).hasMessageContaining("not another list");
  }
}
