package org.trustatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.TrustAtlas;

class ServeCommandTest {

  @Test
  void startsTheServerOnTheDefaultAddressPrintsItsUrlAndClosesIt() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "serve", "--front-end", "fake");

    assertThat(result.exitCode()).isZero();
    assertThat(FakeServer.startedOn).isEqualTo("127.0.0.1:7070 minimal");
    assertThat(FakeServer.closed).isTrue();
    int concepts = TrustAtlas.load(AtlasRun.pack("minimal")).atlas().size();
    assertThat(result.out()).isEqualTo("Trust Atlas on http://127.0.0.1:7070, pack " + AtlasRun.pack("minimal")
        + ", " + concepts + " concepts\n");
  }

  @Test
  void theBundledPackIsNamedSo() {
    AtlasRun.Result result = AtlasRun.piped().run("serve", "--front-end", "fake", "--port", "0");

    assertThat(result.out()).isEqualTo("Trust Atlas on http://127.0.0.1:43210, bundled pack, "
        + TrustAtlas.bundled().atlas().size() + " concepts\n");
  }

  @Test
  void quietPrintsTheAddressAlone() {
    assertThat(AtlasRun.piped().inPack("minimal", "serve", "--front-end", "fake", "--quiet").out()).isEqualTo("http://127.0.0.1:7070/\n");
  }

  @Test
  void verboseAsksTheServerForItsRequestLog() {
    AtlasRun.piped().inPack("minimal", "serve", "--front-end", "fake", "--verbose");

    assertThat(FakeServer.verbose).isTrue();
    AtlasRun.piped().inPack("minimal", "serve", "--front-end", "fake");
    assertThat(FakeServer.verbose).isFalse();
  }

  @Test
  void aPortInUseIsOneLineThatSuggestsAnotherPort() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "serve", "--front-end", "fake", "--port", "2");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).isEqualTo("atlas: cannot listen on 127.0.0.1:2 (Address already in use); choose another "
        + "port with --port N, or --port 0 for any free one\n");
  }

  /** The web adapter's Javalin says "Port already in use" for any failure to bind, a host it cannot find too. */
  @Test
  void aHostThatIsNotAnAddressOfThisMachineIsNamedAsTheProblemNotThePort() {
    AtlasRun.Result unresolved = AtlasRun.piped().inPack("minimal", "serve", "--front-end", "fake", "--port", "0",
        "--host", "no such host");
    assertThat(unresolved.exitCode()).isEqualTo(1);
    assertThat(unresolved.err()).isEqualTo("atlas: cannot listen on 'no such host': no address has that name; give "
        + "--host an address of this machine, such as 127.0.0.1, ::1 or 0.0.0.0 for all\n");

    AtlasRun.Result foreign = AtlasRun.piped().inPack("minimal", "serve", "--front-end", "fake", "--port", "0",
        "--host", "192.0.2.1");
    assertThat(foreign.exitCode()).isEqualTo(1);
    assertThat(foreign.err()).isEqualTo("atlas: cannot listen on '192.0.2.1' (Cannot assign requested address): it is "
        + "not an address of this machine; give --host one, such as 127.0.0.1, ::1 or 0.0.0.0 for all\n");
  }

  @Test
  void jsonReportsTheActualPortWhenAnyFreePortWasAskedFor() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "serve", "--front-end", "fake", "--port", "0", "--host", "0.0.0.0", "--json");

    assertThat(Schemas.errorsIn(result.out(), "serve")).isEmpty();
    assertThat(result.out()).contains("\"url\" : \"http://0.0.0.0:43210/\"");
  }

  @Test
  void aPortOutOfRangeIsAUsageError() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "serve", "--front-end", "fake", "--port", "70000");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--port 70000 is out of range; valid: 0 to 65535");
  }

  @Test
  void aServerThatCannotListenFailsInOneLine() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "serve", "--front-end", "fake", "--port", "1");

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
      assertThat(result.err()).isEqualTo("atlas: the web adapter is not on the class path; after './mvnw package', "
          + "'./atlas serve', 'java -jar cli/target/atlas.jar serve' and the archive's 'bin/atlas serve' all have it\n");
    } finally {
      thread.setContextClassLoader(original);
    }
  }

  @Test
  void withSeveralFrontEndsTheNamedOneServesAndAnUnknownNameListsThem() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "serve", "--front-end", "gopher");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).isEqualTo("atlas: no front end named 'gopher' is on the class path; choose one with "
        + "--front-end: fake, web\n");
    assertThat(AtlasRun.piped().inPack("minimal", "serve", "--front-end", "fake").exitCode()).isZero();
  }
}
