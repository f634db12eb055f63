package org.trustatlas.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.trustatlas.cli.output.Environment;

/** Runs {@code atlas} in-process with captured output, as a pipe unless told it is a terminal. */
final class AtlasRun {

  private final Map<String, String> variables = new HashMap<>();
  private boolean terminal;

  static AtlasRun piped() {
    return new AtlasRun();
  }

  static AtlasRun onTerminal() {
    AtlasRun run = new AtlasRun();
    run.terminal = true;
    return run;
  }

  AtlasRun with(String variable, String value) {
    variables.put(variable, value);
    return this;
  }

  Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(new Environment(variables, terminal), new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }

  /** {@code atlas --pack <test pack> args...}. */
  Result inPack(String pack, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--pack";
    all[1] = pack(pack).toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return run(all);
  }

  static Path pack(String name) {
    try {
      return Path.of(AtlasRun.class.getResource("/packs/" + name + "/pack.yaml").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  record Result(int exitCode, String out, String err) {}
}
