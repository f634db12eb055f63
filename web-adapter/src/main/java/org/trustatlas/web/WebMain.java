package org.trustatlas.web;

import java.nio.file.Path;
import org.trustatlas.content.TrustAtlas;

/**
 * Runs the web front end on its own, without the command line: used by the benchmark script and
 * the process tests. {@code WebMain [--pack DIR] [--host HOST] [--port N] [--verbose]}; {@code
 * atlas serve} is the way readers and developers start it.
 */
public final class WebMain {

  private WebMain() {}

  public static void main(String[] args) throws InterruptedException {
    String host = "127.0.0.1";
    int port = 7070;
    Path pack = null;
    WebOptions options = WebOptions.fromSystemProperties();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--host" -> host = value(args, ++i);
        case "--port" -> port = Integer.parseInt(value(args, ++i));
        case "--pack" -> pack = Path.of(value(args, ++i));
        case "--verbose" -> options = options.withRequestLog(true);
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; use --pack DIR, --host HOST, --port N, --verbose");
      }
    }
    TrustAtlas atlas = pack == null ? TrustAtlas.bundled() : TrustAtlas.load(pack);
    RunningServer server = JavalinAtlasServer.start(atlas, host, port, options);
    System.out.println("Trust Atlas on http://" + host + ":" + server.port() + ", "
        + (pack == null ? "bundled pack" : "pack " + pack) + ", " + atlas.atlas().size() + " concepts");
    server.awaitStop();
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value");
    }
    return args[i];
  }
}
