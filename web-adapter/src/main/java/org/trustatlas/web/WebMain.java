package org.trustatlas.web;

import java.nio.file.Path;
import org.trustatlas.content.TrustAtlas;

/**
 * Runs the web front end on its own, without the command line: used by the benchmark script and
 * the process tests. {@code WebMain [--pack DIR] [--host HOST] [--port N]}; {@code atlas serve}
 * is the way readers and developers start it.
 */
public final class WebMain {

  private WebMain() {}

  public static void main(String[] args) throws InterruptedException {
    String host = "127.0.0.1";
    int port = 7070;
    Path pack = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--host" -> host = args[i + 1];
        case "--port" -> port = Integer.parseInt(args[i + 1]);
        case "--pack" -> pack = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; use --pack DIR, --host HOST, --port N");
      }
    }
    TrustAtlas atlas = pack == null ? TrustAtlas.bundled() : TrustAtlas.load(pack);
    RunningServer server = JavalinAtlasServer.start(atlas, host, port, WebOptions.fromSystemProperties());
    System.out.println("Trust Atlas is at http://" + host + ":" + server.port() + "/");
    server.awaitStop();
  }
}
