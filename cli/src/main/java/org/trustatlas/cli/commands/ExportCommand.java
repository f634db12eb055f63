package org.trustatlas.cli.commands;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.trustatlas.cli.output.AtomicFile;
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

  /** All or nothing: on any failure the previous file stays as it was (see {@link AtomicFile}). */
  private void write(String text) {
    try {
      AtomicFile.write(out, text);
    } catch (AtomicFile.NotARegularFile device) {
      throw new Failure("cannot write '" + out + "': it " + device.why() + "; give a file name, or leave out --out "
          + "to print to standard output; nothing was changed", device);
    } catch (AccessDeniedException denied) {
      throw new Failure("cannot write '" + out + "': permission denied; nothing was changed", denied);
    } catch (FileAlreadyExistsException notAFolder) {
      // a folder on the way is a file: Java's message is that file's name alone
      throw new Failure("cannot write '" + out + "': '" + notAFolder.getFile() + "' is a file, not a folder; nothing "
          + "was changed", notAFolder);
    } catch (FileSystemException refused) {
      // its message is the name of the temporary file made beside the target; the reason is what the system said
      throw new Failure("cannot write '" + out + "': " + (refused.getReason() != null ? refused.getReason()
          : "no file can be made in '" + out.toAbsolutePath().getParent() + "'") + "; nothing was changed", refused);
    } catch (IOException e) {
      throw new Failure("cannot write '" + out + "': " + e.getMessage() + "; nothing was changed", e);
    }
  }
}
