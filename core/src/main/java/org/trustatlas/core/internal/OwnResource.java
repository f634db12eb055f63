package org.trustatlas.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.security.CodeSource;

/**
 * A resource that ships in the same jar as the class reading it, opened in that jar directly.
 *
 * <p>{@link Class#getResourceAsStream} first asks the boot and platform loaders, which look through
 * every JDK module for a package they do not have, then opens the class path's jars in order until
 * one holds the name: about a tenth of a short command's main thread here (the launcher's jar comes
 * first, with a manifest listing thirty more). The jar that holds the reading class is known, so
 * only it is opened, through the JDK's own cached {@code jar:} connection (which keeps the jar open,
 * as the class loader does). A class read from a folder or from a jar inside another, or an entry
 * its own jar lacks, is looked up the usual way.
 */
public final class OwnResource {

  private OwnResource() {}

  /**
   * {@code owner}'s resource {@code name}, resolved as {@link Class#getResourceAsStream} resolves
   * it (relative to the owner's package unless it starts with "/"); null when there is none.
   */
  public static InputStream open(Class<?> owner, String name) throws IOException {
    URL jar = jarOf(owner);
    if (jar != null) {
      try {
        return new URL("jar:" + jar.toExternalForm() + "!/" + absolute(owner, name)).openStream();
      } catch (IOException | RuntimeException notThere) {
        // A repackaged jar without it, or one that cannot be opened this way (a path the jar: URL
        // cannot spell, a security manager that refuses): the class loader's search still finds it.
      }
    }
    return owner.getResourceAsStream(name);
  }

  /** The plain jar file {@code owner} was loaded from, or null when it did not come from one. */
  private static URL jarOf(Class<?> owner) {
    try {
      CodeSource source = owner.getProtectionDomain().getCodeSource();
      URL location = source == null ? null : source.getLocation();
      return location != null && "file".equals(location.getProtocol()) && location.getPath().endsWith(".jar")
          ? location : null;
    } catch (SecurityException refused) {
      return null;
    }
  }

  private static String absolute(Class<?> owner, String name) {
    if (name.startsWith("/")) {
      return name.substring(1);
    }
    String pkg = owner.getPackageName();
    return pkg.isEmpty() ? name : pkg.replace('.', '/') + "/" + name;
  }
}
