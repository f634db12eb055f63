package org.trustatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompletionCommandTest {

  @Test
  void bashGetsAScriptThatCompletesCommandsAndOptionValues() {
    AtlasRun.Result result = AtlasRun.piped().run("completion", "bash");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("complete -F _complete_atlas", "concepts", "related", "rebuilding-strategy");
  }

  @Test
  void zshGetsTheSameScriptWhichLoadsThroughBashcompinit() {
    AtlasRun.Result result = AtlasRun.piped().run("completion", "zsh");

    assertThat(result.out()).contains("bashcompinit").isEqualTo(AtlasRun.piped().run("completion", "bash").out());
  }

  @Test
  void anotherShellIsAUsageError() {
    AtlasRun.Result result = AtlasRun.piped().run("completion", "fish");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("unknown shell 'fish'; did you mean 'bash' or 'zsh'? (valid: bash, zsh)");
  }
}
