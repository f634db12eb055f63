package org.trustatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

class ServeCommandTest {

  @Test
  void startsTheServerOnTheDefaultAddressPrintsItsUrlAndClosesIt() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "serve");

    assertThat(result.exitCode()).isZero();
    assertThat(FakeServer.startedOn).isEqualTo("127.0.0.1:7070 minimal");
    assertThat(FakeServer.closed).isTrue();
    assertThat(result.out()).startsWith("Trust Atlas is serving 'A minimal pack for tests' at http://127.0.0.1:7070/");
  }

  @Test
  void jsonReportsTheActualPortWhenAnyFreePortWasAskedFor() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "serve", "--port", "0", "--host", "0.0.0.0", "--json");

    assertThat(Schemas.errorsIn(result.out(), "serve")).isEmpty();
    assertThat(result.out()).contains("\"url\" : \"http://0.0.0.0:43210/\"");
  }

  @Test
  void aPortOutOfRangeIsAUsageError() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "serve", "--port", "70000");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--port 70000 is out of range; valid: 0 to 65535");
  }

  @Test
  void aServerThatCannotListenFailsInOneLine() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "serve", "--port", "1");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).isEqualTo("atlas: cannot serve on 127.0.0.1:1: port 1 is privileged\n");
  }

  @Test
  void withoutTheWebAdapterOnTheClassPathItSaysHowToGetIt() throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader original = thread.getContextClassLoader();
    try (URLClassLoader nothing = new URLClassLoader(new URL[0], null)) {
      thread.setContextClassLoader(nothing);
      AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "serve");

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err()).isEqualTo("atlas: the web adapter is not on the class path; "
          + "'./atlas serve' adds web-adapter/target and its lib/ once that module is built\n");
    } finally {
      thread.setContextClassLoader(original);
    }
  }
}
