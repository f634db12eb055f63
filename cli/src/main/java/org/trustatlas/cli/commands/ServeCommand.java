package org.trustatlas.cli.commands;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.trustatlas.content.AtlasServer;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.content.json.AtlasJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "serve", description = {"Serve the atlas over HTTP: the web pages and the JSON API.",
    "Runs until stopped (Ctrl-C). Needs the web adapter on the class path, as ./atlas serve provides."},
    footer = {"%nExamples:", "  atlas serve", "  atlas serve --port 8080", "  atlas serve --pack my-pack/"})
final class ServeCommand implements Callable<Integer> {

  private final Session session;

  @Spec
  CommandSpec spec;

  @Option(names = "--port", paramLabel = "N", description = "Port to listen on, 0 for any free one (default: 7070).")
  int port = 7070;

  @Option(names = "--host", paramLabel = "H", description = "Address to listen on (default: 127.0.0.1, this machine only).")
  String host = "127.0.0.1";

  ServeCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port " + port + " is out of range; valid: 0 to 65535");
    }
    AtlasServer server = AtlasServer.find().orElseThrow(() -> new Failure(
        "the web adapter is not on the class path; './atlas serve' adds web-adapter/target and its lib/ once "
            + "that module is built"));
    TrustAtlas atlas = session.atlas();
    AtlasServer.Running running = start(server, atlas);
    AtomicBoolean closed = new AtomicBoolean();
    Runnable stop = () -> {
      if (closed.compareAndSet(false, true)) {
        running.close();
      }
    };
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "atlas-serve-stop"));
    announce(running.port());
    try {
      running.awaitStop();
    } finally {
      stop.run();
    }
    return 0;
  }

  private AtlasServer.Running start(AtlasServer server, TrustAtlas atlas) {
    try {
      return server.start(atlas, host, port);
    } catch (RuntimeException cannotListen) {
      throw new Failure("cannot serve on " + host + ":" + port + ": " + cannotListen.getMessage(), cannotListen);
    }
  }

  private void announce(int actualPort) {
    String url = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + actualPort + "/";
    if (session.json()) {
      session.printJson(AtlasJson.object().put("url", url).put("host", host).put("port", actualPort));
    } else {
      session.out().println(session.quiet() ? url : "Trust Atlas is serving " + atlas() + " at " + url
          + "  (Ctrl-C stops it)");
    }
    session.out().flush();
  }

  private String atlas() {
    return "'" + session.atlas().pack().title() + "'";
  }
}
