package org.trustatlas.cli.commands;

import java.net.BindException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.trustatlas.content.AtlasServer;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.content.input.Quote;
import org.trustatlas.content.json.AtlasJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "serve", description = {"Serve the atlas over HTTP: the web pages and the JSON API.",
    "Runs until stopped (Ctrl-C). Prints one line once it accepts requests; with --verbose, one more line "
        + "per request (method, route, status, time: never what was asked)."},
    footer = {"%nExamples:", "  atlas serve", "  atlas serve --port 8080", "  atlas serve --pack my-pack/",
        "  atlas serve --port 0 --verbose", "  atlas serve --front-end web"})
final class ServeCommand implements Callable<Integer> {

  private final Session session;

  @Spec
  CommandSpec spec;

  @Option(names = "--port", paramLabel = "N", description = "Port to listen on, 0 for any free one (default: 7070).")
  int port = 7070;

  @Option(names = "--host", paramLabel = "H", description = "Address to listen on (default: 127.0.0.1, this machine only).")
  String host = "127.0.0.1";

  @Option(names = "--front-end", paramLabel = "NAME", description = "Which HTTP front end serves, when several "
      + "are on the class path (default: " + AtlasServer.DEFAULT + ", the web pages and JSON API).")
  String frontEnd = AtlasServer.DEFAULT;

  ServeCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port " + port + " is out of range; valid: 0 to 65535");
    }
    AtlasServer server = AtlasServer.find(frontEnd).orElseThrow(this::noSuchFrontEnd);
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

  private Failure noSuchFrontEnd() {
    List<String> present = AtlasServer.names();
    if (present.isEmpty()) {
      return new Failure("the web adapter is not on the class path; after './mvnw package', './atlas serve', "
          + "'java -jar cli/target/atlas.jar serve' and the archive's 'bin/atlas serve' all have it");
    }
    return new Failure("no front end named " + Quote.of(frontEnd) + " is on the class path; choose one with --front-end: "
        + String.join(", ", present));
  }

  private AtlasServer.Running start(AtlasServer server, TrustAtlas atlas) {
    try {
      return server.start(atlas, host, port, session.options().verbose());
    } catch (RuntimeException cannotListen) {
      throw new Failure(cannotListen(cannotListen), cannotListen);
    }
  }

  /** A port taken or refused is the usual case: say what the system said and how to pick another. */
  private String cannotListen(RuntimeException failure) {
    String examples = "such as 127.0.0.1, ::1 or 0.0.0.0 for all";
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      // the web adapter's Javalin says "Port already in use" whatever the cause; the host is named when it is the cause
      if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException) {
        return "cannot listen on " + Quote.of(host) + ": no address has that name; give --host an address of this "
            + "machine, " + examples;
      }
      if (cause instanceof BindException bind && String.valueOf(bind.getMessage()).contains("assign requested address")) {
        return "cannot listen on " + Quote.of(host) + " (" + bind.getMessage() + "): it is not an address of this "
            + "machine; give --host one, " + examples;
      }
      if (cause instanceof BindException bind) {
        return "cannot listen on " + host + ":" + port + " (" + bind.getMessage() + "); choose another port "
            + "with --port N, or --port 0 for any free one";
      }
    }
    return "cannot serve on " + host + ":" + port + ": " + failure.getMessage();
  }

  /** One line once requests are accepted: where, which pack, how much of it. */
  private void announce(int actualPort) {
    String origin = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + actualPort;
    if (session.json()) {
      session.printJson(AtlasJson.object().put("url", origin + "/").put("host", host).put("port", actualPort));
    } else if (session.quiet()) {
      session.out().println(origin + "/");
    } else {
      session.out().println("Trust Atlas on " + origin + ", " + packName() + ", "
          + session.atlas().atlas().size() + " concepts");
    }
    session.out().flush();
  }

  private String packName() {
    return session.options().pack == null ? "bundled pack" : "pack " + session.options().pack;
  }
}
