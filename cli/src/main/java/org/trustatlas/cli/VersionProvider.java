package org.trustatlas.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code atlas --version}: the build's version (filtered in by Maven) and the JVM that runs it; with
 * {@code --verbose}, also the start-up archive the {@code ./atlas} launcher gave the JVM (it says so
 * in the {@value #STARTUP} property).
 */
final class VersionProvider implements IVersionProvider {

  static final String STARTUP = "trustatlas.startup";

  private final boolean verbose;

  VersionProvider(boolean verbose) {
    this.verbose = verbose;
  }

  @Override
  public String[] getVersion() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    }
    String version = "atlas " + properties.getProperty("version", "(development build)");
    String jvm = "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")";
    if (!verbose) {
      return new String[] {version, jvm};
    }
    String startup = System.getProperty(STARTUP, "none (started without the ./atlas launcher)");
    return new String[] {version, jvm, "Start-up archive: " + startup};
  }
}
