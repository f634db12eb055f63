package org.trustatlas.cli.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.trustatlas.content.input.PackLoadException;
import org.trustatlas.content.input.PackProblem;
import org.trustatlas.content.input.Quote;
import org.trustatlas.content.input.StrictInput;
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

  /** A part of the bundled pack a command reads first. */
  enum Part { CONCEPTS, SAFETY_RULES, GUIDANCE, GUIDANCE_AND_DANGER_WORDS, SCENARIOS }

  /**
   * Starts reading {@code part} of the bundled pack on a daemon thread; the command's own first call
   * for it then waits only for what is left (the bundled pack reads each part once per JVM).
   */
  static void prefetch(Part part) {
    Thread reader = new Thread(new Prefetch(part), "trust-atlas-prefetch");
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * A named class, not a lambda: the first lambda a JVM links costs a few milliseconds of setting
   * up method handles, and this thread is started before any, so that cost falls on it, not on
   * picocli's start on the main thread.
   */
  private static final class Prefetch implements Runnable {
    private final Part part;

    Prefetch(Part part) {
      this.part = part;
    }

    @Override
    public void run() {
      try {
        switch (part) {
          case CONCEPTS -> TrustAtlas.bundled().atlas();
          case SAFETY_RULES -> TrustAtlas.bundled().safetyRules();
          case GUIDANCE -> TrustAtlas.bundled().resourceDirectory();
          case GUIDANCE_AND_DANGER_WORDS -> {
            TrustAtlas.bundled().resourceDirectory();
            TrustAtlas.bundled().dangerVocabulary().prepared();
          }
          case SCENARIOS -> TrustAtlas.bundled().scenarios();
        }
      } catch (RuntimeException | Error failure) {
        // Said by the command's own call for the part, which meets the same failure on its thread.
      }
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

  /** A usage error unless {@code folder} is a folder (a link to one is fine), saying what it is instead. */
  static void requireFolder(Path folder) {
    String named = "pack folder '" + Quote.visible(folder.toString()) + "'";
    if (Files.isDirectory(folder)) {
      // A folder that cannot be listed or looked into hides every file: one line says so, not four
      // "missing file" problems. (Root passes these checks whatever the permissions say.)
      if (!Files.isReadable(folder) || !Files.isExecutable(folder)) {
        throw Failure.usage(named + " cannot be read: permission denied");
      }
      return;
    }
    if (Files.notExists(folder)) {
      throw Failure.usage(named + " does not exist");
    }
    if (StrictInput.linksInALoop(folder)) {
      // the same words as --events and --answers give a file
      throw Failure.usage(named + " is a link that leads round in a loop of links back to itself; point it at the "
          + "folder that holds pack.yaml");
    }
    if (!Files.exists(folder)) {
      // neither known to exist nor known not to: a folder on its path cannot be looked into
      throw Failure.usage(named + " cannot be reached (a folder on its path cannot be looked into)");
    }
    throw Failure.usage(named + (Files.isRegularFile(folder) ? " is a file, not a folder"
        : " is not a folder (a device, pipe or socket)") + "; give the folder that holds pack.yaml");
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
