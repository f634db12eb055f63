package org.trustatlas.mcp;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.trustatlas.content.TrustAtlas;

/** The stdio server on the bundled pack, in a process of its own, for {@link PrivateLogTest}. */
public final class StdioMain {

  private StdioMain() {}

  public static void main(String[] args) throws Exception {
    Writer out = new BufferedWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
        StandardCharsets.UTF_8));
    new StdioMcpServer().serve(TrustAtlas.bundled(), System.in, out);
  }
}
