package org.trustatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.trustatlas.content.AtlasServer;

/**
 * Every line under "Examples:" in {@code atlas --help} and in each command's help, run as
 * written: it must succeed. The files an example names (answers.json, my-scenario.yaml, my-pack/)
 * exist in a scratch folder; output redirections and consumers such as {@code | jq} are dropped,
 * an {@code echo ... |} becomes standard input, and the interactive check-in runs on a
 * pseudo-terminal.
 */
class HelpExamplesTest {

  @TempDir
  static Path scratch;

  @BeforeAll
  static void writeTheFilesTheExamplesName() throws IOException {
    Files.writeString(scratch.resolve("answers.json"), "{\"danger-now\": \"no\", \"what-happened\": [\"cheating\"]}");
    Files.writeString(scratch.resolve("my-scenario.yaml"), """
        id: mine
        title: My scenario
        description: A breach, an apology, then time.
        steps: 20
        events:
          - {at: 2, type: violation, violation: integrity, severity: 0.6, disclosure: disclosed}
          - {at: 3, type: response, response: apology}
        """);
    Path pack = scratch.resolve("my-pack");
    Path minimal = AtlasRun.pack("minimal");
    try (Stream<Path> files = Files.walk(minimal)) {
      for (Path file : files.toList()) {
        Path target = pack.resolve(minimal.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  static Stream<String> examples() {
    List<String> examples = new ArrayList<>(examplesIn(AtlasRun.piped().run("--help").out()));
    for (String command : commandsIn(AtlasRun.piped().run("--help").out())) {
      examples.addAll(examplesIn(AtlasRun.piped().run(command, "--help").out()));
    }
    return examples.stream();
  }

  @Test
  void everyCommandHasExamples() {
    String root = AtlasRun.piped().run("--help").out();
    assertThat(commandsIn(root)).hasSizeGreaterThanOrEqualTo(12);
    for (String command : commandsIn(root)) {
      assertThat(examplesIn(AtlasRun.piped().run(command, "--help").out())).as(command).isNotEmpty();
    }
  }

  /**
   * picocli starts each element of a description on a line of its own, so an element that stops
   * mid-sentence broke serve's help into "with --verbose, one more line" and a line of its own after.
   * Drawn wider than any element, each description line must end a sentence, and so must each line of the
   * footer that is not an indented example.
   */
  @Test
  void everyDescriptionLineEndsASentence() {
    AtlasRun wide = AtlasRun.piped().with("COLUMNS", "1000");
    List<String> commands = new ArrayList<>(commandsIn(AtlasRun.piped().run("--help").out()));
    commands.add("");
    for (String command : commands) {
      String help = (command.isEmpty() ? wide.run("--help") : wide.run(command, "--help")).out();
      List<String> lines = help.lines().toList();
      int start = 1;                          // after "Usage:" and the lines of its other forms
      while (lines.get(start).startsWith(" ")) {
        start++;
      }
      int end = start;                        // until a blank line, or the parameters' indented list
      while (!lines.get(end).isEmpty() && !lines.get(end).startsWith(" ")) {
        end++;
      }
      List<String> description = lines.subList(start, end);
      assertThat(description).as("atlas %s --help", command).isNotEmpty()
          .allSatisfy(line -> assertThat(line).as("atlas %s --help", command).matches(".*[.:?)]$"));
      // The footer's prose (exit codes, what an answers file holds, the limits) is held to the same rule: every
      // line that starts at the margin after the description ends a sentence or opens an indented list. Only
      // the indented lines (options, commands, examples) may end otherwise.
      List<String> prose = lines.subList(end, lines.size()).stream()
          .filter(line -> !line.isBlank() && !line.startsWith(" ")).toList();
      assertThat(prose).as("atlas %s --help", command).isNotEmpty()
          .allSatisfy(line -> assertThat(line).as("atlas %s --help", command).matches(".*[.:?)]$"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void runsAsWritten(String example) throws Exception {
    List<String> args = arguments(example);
    if (args.get(0).equals("checkin") && !args.contains("--answers") && !args.contains("--questions")) {
      assertThat(onATerminal(args, "q\n")).as(example).isZero();
      return;
    }
    if (args.get(0).equals("serve")) {
      // As written, but on the test's fake front end: a real server would run until stopped.
      int named = args.indexOf("--front-end");
      if (named >= 0) {
        assertThat(args.get(named + 1)).as(example).isEqualTo(AtlasServer.DEFAULT);
        args.subList(named, named + 2).clear();
      }
      args.addAll(List.of("--front-end", "fake"));
    }
    InputStream stdin = System.in;
    try {
      System.setIn(new ByteArrayInputStream(stdinOf(example).getBytes(StandardCharsets.UTF_8)));
      AtlasRun.Result result = AtlasRun.piped().run(args.toArray(String[]::new));
      assertThat(result.exitCode()).as(example + "\n" + result.err()).isZero();
      assertThat(result.out() + result.err()).as(example).isNotBlank();
    } finally {
      System.setIn(stdin);
    }
  }

  /** The commands listed under "Commands:", but help. */
  static List<String> commandsIn(String help) {
    List<String> commands = new ArrayList<>();
    boolean inList = false;
    for (String line : help.split("\n")) {
      if (line.startsWith("Commands:")) {
        inList = true;
      } else if (inList && line.isBlank()) {
        break;
      } else if (inList && line.matches("  [a-z]+ .*") && !line.startsWith("  help ")) {
        commands.add(line.strip().split(" ")[0]);
      }
    }
    return commands;
  }

  /** The lines after "Examples:" that run atlas, up to the first blank line. */
  static List<String> examplesIn(String help) {
    List<String> examples = new ArrayList<>();
    boolean inList = false;
    for (String line : help.split("\n")) {
      if (line.startsWith("Examples:")) {
        inList = true;
      } else if (inList && line.isBlank()) {
        break;
      } else if (inList && line.contains("atlas ")) {
        examples.add(line.strip());
      }
    }
    return examples;
  }

  /** The atlas command of an example line, as arguments, with its files in the scratch folder. */
  static List<String> arguments(String example) {
    String line = example.replaceAll("\\s+#\\s.*$", "");
    if (line.startsWith("source <(")) {
      line = line.substring("source <(".length(), line.lastIndexOf(')'));
    }
    String atlas = segments(line).stream().filter(s -> s.startsWith("atlas ")).findFirst().orElseThrow();
    List<String> words = words(atlas);
    List<String> args = new ArrayList<>();
    for (int i = 1; i < words.size(); i++) {
      String word = words.get(i);
      if (word.equals(">")) {
        i++; // the output goes to the test instead
      } else {
        args.add(isFile(word) ? scratch.resolve(word).toString() : word);
      }
    }
    return args;
  }

  private static boolean isFile(String word) {
    return !word.startsWith("-") && (word.endsWith("/") || word.matches(".+\\.(json|yaml|md|jsonld)"));
  }

  /** What {@code echo '...' |} before the atlas command sends to its standard input. */
  static String stdinOf(String example) {
    List<String> segments = segments(example);
    if (segments.size() > 1 && segments.get(0).startsWith("echo ")) {
      return String.join(" ", words(segments.get(0)).subList(1, words(segments.get(0)).size()));
    }
    return "";
  }

  /** A line split at the pipes outside quotes. */
  private static List<String> segments(String line) {
    List<String> segments = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    char quote = 0;
    for (char c : line.toCharArray()) {
      if (quote == 0 && c == '|') {
        segments.add(current.toString().strip());
        current.setLength(0);
        continue;
      }
      if (c == '\'' || c == '"') {
        quote = quote == 0 ? c : quote == c ? 0 : quote;
      }
      current.append(c);
    }
    segments.add(current.toString().strip());
    return segments;
  }

  /** Shell words: split at spaces outside quotes, quotes removed. */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char quote = 0;
    boolean any = false;
    for (char c : text.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        any = true;
      } else if (c == ' ') {
        if (any || word.length() > 0) {
          words.add(word.toString());
        }
        word.setLength(0);
        any = false;
      } else {
        word.append(c);
      }
    }
    if (any || word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  /** Runs atlas in its own JVM on a pseudo-terminal (util-linux script), typing {@code input}. */
  private static int onATerminal(List<String> args, String input) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String command = java + " -cp " + System.getProperty("java.class.path") + " " + Main.class.getName() + " "
        + String.join(" ", args);
    Process process = new ProcessBuilder("script", "-qec", command, "/dev/null").redirectErrorStream(true).start();
    process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().flush();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(output).as("the check-in asked and stopped when told").contains("Stopped. Nothing you answered was kept.");
    return process.exitValue();
  }
}
