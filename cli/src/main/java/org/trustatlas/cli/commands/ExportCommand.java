package org.trustatlas.cli.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.trustatlas.content.export.ExportFormat;
import org.trustatlas.content.export.Exports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", description = {"Write the whole atlas as JSON, JSON-LD (SKOS), one Markdown document, "
    + "or the JSON Schema that the JSON export follows."},
    footer = {"%nExamples:", "  atlas export --format json --out atlas.json",
        "  atlas export --format markdown > atlas.md", "  atlas export --format jsonld --out atlas.jsonld",
        "  atlas export --format schema --out atlas.schema.json"})
final class ExportCommand implements Callable<Integer> {

  private final Session session;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", converter = Vocabulary.Formats.class,
      completionCandidates = Vocabulary.Formats.class,
      description = "${COMPLETION-CANDIDATES} (default: json).")
  ExportFormat format = ExportFormat.JSON;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path out;

  ExportCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    // The schema describes every atlas, so exporting it needs no pack at all.
    String text = format == ExportFormat.SCHEMA ? Exports.schema() : Exports.render(session.atlas().atlas(), format);
    if (out == null) {
      session.out().print(text);
      return 0;
    }
    write(text);
    session.note("wrote " + out + " (" + format.slug() + ", " + text.length() + " characters)");
    return 0;
  }

  private void write(String text) {
    try {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(out, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new Failure("cannot write '" + out + "': " + e.getMessage(), e);
    }
  }
}
