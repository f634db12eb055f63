package org.trustatlas.cli.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.trustatlas.content.input.PackLoadException;
import org.trustatlas.content.input.PackProblem;
import org.trustatlas.content.TrustAtlas;

/** Opens the pack a command reads, turning every way that can fail into one line for the user. */
final class Packs {

  private Packs() {}

  static TrustAtlas open(Path folder) {
    return folder == null ? bundled() : load(folder);
  }

  static TrustAtlas bundled() {
    try {
      return bundledOrInvalid();
    } catch (PackLoadException invalid) {
      throw new Failure(invalid("the bundled pack", invalid.problems(), ""), invalid);
    }
  }

  /** Starts a read of the bundled pack; a failure is left for the command, which meets it again and says so. */
  static void prefetchBundled(Consumer<TrustAtlas> prefetch) {
    try {
      prefetch.accept(TrustAtlas.bundled());
    } catch (RuntimeException | LinkageError failure) {
      // bundledOrInvalid, called by the command, meets the same failure and reports it
    }
  }

  /** The bundled atlas; a {@link PackLoadException} when its content is invalid, so validate can list it. */
  static TrustAtlas bundledOrInvalid() {
    try {
      return TrustAtlas.bundled();
    } catch (ExceptionInInitializerError | IllegalStateException broken) {
      // The facade reads the bundled pack in a class initialiser; its cause says what went wrong.
      Throwable cause = broken.getCause() != null ? broken.getCause() : broken;
      if (cause instanceof PackLoadException invalid) {
        throw invalid;
      }
      throw new Failure("the bundled pack cannot be read: " + cause.getMessage() + "; use --pack DIR", cause);
    } catch (NoClassDefFoundError failedBefore) {
      throw new Failure("the bundled pack cannot be read (it failed earlier in this process); use --pack DIR",
          failedBefore);
    }
  }

  static TrustAtlas load(Path folder) {
    requireFolder(folder);
    try {
      return TrustAtlas.load(folder);
    } catch (PackLoadException invalid) {
      throw new Failure(invalid("pack '" + folder + "'", invalid.problems(), folder.toString()), invalid);
    }
  }

  static void requireFolder(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new Failure("pack folder '" + folder + "' does not exist or is not a folder");
    }
  }

  /** "invalid pack 'x': concepts/a.yaml:3:5: message (and 2 more; run 'atlas validate x' to see all)". */
  private static String invalid(String what, List<PackProblem> problems, String validate) {
    PackProblem first = problems.get(0);
    String command = "'atlas validate" + (validate.isEmpty() ? "" : " " + validate) + "'";
    String rest = problems.size() == 1
        ? ""
        : " (and " + (problems.size() - 1) + " more; run " + command + " to see all)";
    return "invalid " + what + ": " + Problems.location(first) + ": " + first.message() + rest;
  }
}
