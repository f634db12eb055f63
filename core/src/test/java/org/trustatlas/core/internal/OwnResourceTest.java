package org.trustatlas.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustatlas.core.safety.CountryNames;

class OwnResourceTest {

  /** A package no module on the test's path holds, so only the test's own loader defines it. */
  private static final String PACKAGE = "elsewhere/";
  private static final String MARKER = "elsewhere.Marker";

  @TempDir
  Path folder;

  @Test
  void aResourceIsReadFromTheJarThatHoldsItsClassEvenWhenAnEarlierJarHasTheSameName() throws Exception {
    Path earlier = jar("earlier.jar", Map.of(PACKAGE + "note.txt", "earlier", "top.txt", "earlier top"));
    Path own = jar("own.jar", Map.of(PACKAGE + "note.txt", "own", "top.txt", "own top", PACKAGE + "Marker.class",
        classBytes()));
    try (URLClassLoader loader = loader(earlier, own)) {
      Class<?> marker = loader.loadClass(MARKER);
      assertThat(marker.getClassLoader()).isSameAs(loader);
      assertThat(text(marker.getResourceAsStream("note.txt"))).isEqualTo("earlier");

      assertThat(text(OwnResource.open(marker, "note.txt"))).isEqualTo("own");
      assertThat(text(OwnResource.open(marker, "/top.txt"))).isEqualTo("own top");
    }
  }

  @Test
  void aNameItsOwnJarLacksIsLookedUpOnTheClassPathAsUsual() throws Exception {
    Path own = jar("own.jar", Map.of(PACKAGE + "Marker.class", classBytes()));
    Path later = jar("later.jar", Map.of(PACKAGE + "note.txt", "later"));
    try (URLClassLoader loader = loader(own, later)) {
      Class<?> marker = loader.loadClass(MARKER);
      assertThat(text(OwnResource.open(marker, "note.txt"))).isEqualTo("later");
      assertThat(OwnResource.open(marker, "nowhere.txt")).isNull();
    }
  }

  @Test
  void aClassReadFromAFolderFindsItsResourcesAsGetResourceAsStreamDoes() throws IOException {
    try (InputStream names = OwnResource.open(CountryNames.class, "country-names.tsv")) {
      assertThat(names).isNotNull();
      assertThat(text(names)).contains("\tUnited Kingdom");
    }
    assertThat(OwnResource.open(CountryNames.class, "no-such-file.tsv")).isNull();
  }

  private static URLClassLoader loader(Path... jars) throws IOException {
    URL[] urls = new URL[jars.length];
    for (int i = 0; i < jars.length; i++) {
      urls[i] = jars[i].toUri().toURL();
    }
    // The platform loader as parent: the test's own loader would answer for Marker itself.
    return new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
  }

  private Path jar(String name, Map<String, Object> entries) throws IOException {
    Path jar = folder.resolve(name);
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      for (Map.Entry<String, Object> entry : entries.entrySet()) {
        out.putNextEntry(new JarEntry(entry.getKey()));
        out.write(entry.getValue() instanceof byte[] bytes ? bytes
            : entry.getValue().toString().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return jar;
  }

  /**
   * The class file of an empty {@code public class elsewhere.Marker}, written out: no class of the
   * build lives outside the modules, and loading needs no constructor.
   */
  private static byte[] classBytes() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(0xCAFEBABE);
    out.writeShort(0); // minor version
    out.writeShort(52); // Java 8's class file
    out.writeShort(5); // constant pool: 1 to 4
    out.writeByte(7); // #1 class: #2
    out.writeShort(2);
    out.writeByte(1); // #2 its name
    out.writeUTF("elsewhere/Marker");
    out.writeByte(7); // #3 class: #4
    out.writeShort(4);
    out.writeByte(1); // #4 its name
    out.writeUTF("java/lang/Object");
    out.writeShort(0x0021); // public, super
    out.writeShort(1); // this class
    out.writeShort(3); // its superclass
    out.writeShort(0); // interfaces
    out.writeShort(0); // fields
    out.writeShort(0); // methods
    out.writeShort(0); // attributes
    return bytes.toByteArray();
  }

  private static String text(InputStream in) throws IOException {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
