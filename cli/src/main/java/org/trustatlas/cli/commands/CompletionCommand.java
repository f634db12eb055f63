package org.trustatlas.cli.commands;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "completion", description = {"Print a shell completion script for bash or zsh.",
    "The script is picocli's bash script; zsh loads it through bashcompinit, which the script sets up."},
    footer = {"%nExamples:", "  source <(atlas completion bash)            # this shell only",
        "  atlas completion bash > ~/.local/share/bash-completion/completions/atlas",
        "  source <(atlas completion zsh)             # in ~/.zshrc"})
final class CompletionCommand implements Callable<Integer> {

  private final Session session;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "SHELL", converter = Vocabulary.Shells.class, completionCandidates = Vocabulary.Shells.class,
      description = "${COMPLETION-CANDIDATES}")
  Vocabulary.Shell shell;

  CompletionCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    session.out().print(AutoComplete.bash("atlas", spec.root().commandLine()));
    return 0;
  }
}
