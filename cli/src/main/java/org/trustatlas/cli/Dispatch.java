package org.trustatlas.cli;

import org.trustatlas.cli.commands.Commands;

/**
 * Which one command a run executes, found before picocli parses, so only that command is built.
 * When it cannot tell, or the command needs to see the others (help, completion), every command
 * is built and picocli decides as usual: the answer only ever saves work, never changes behaviour.
 */
final class Dispatch {

  /** Global options that take a value; their value is never a command name. */
  private static final String PACK = "--pack";

  private Dispatch() {}

  /** Whether the run only asks for the version, which needs no subcommand built at all. */
  static boolean versionOnly(String[] args) {
    boolean version = false;
    for (String arg : args) {
      if (arg.equals("-V") || arg.equals("--version")) {
        version = true;
      } else if (!arg.equals("--no-color") && !arg.equals("--verbose")) {
        return false;
      }
    }
    return version;
  }

  /**
   * Whether the run reads the bundled pack, as far as the arguments tell: not with {@code --pack},
   * which names another, nor when help is asked for, which reads none.
   */
  static boolean readsBundledPack(String[] args) {
    for (String arg : args) {
      if (arg.equals(PACK) || arg.startsWith(PACK + "=") || arg.equals("-h") || arg.equals("--help")) {
        return false;
      }
    }
    return true;
  }

  /** The command to build alone, or null to build them all. */
  static String commandIn(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals(PACK)) {
        i++;
      } else if (arg.equals("--") || arg.equals("help") || arg.equals("completion")) {
        return null;
      } else if (!arg.startsWith("-")) {
        return Commands.exists(arg) ? arg : null;
      }
    }
    return null;
  }
}
