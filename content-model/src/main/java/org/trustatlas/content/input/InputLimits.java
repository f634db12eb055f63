package org.trustatlas.content.input;

/**
 * How much one document may hold; every limit is checked while the text streams in, so a document
 * over a limit is refused before its size costs memory.
 *
 * @param maxBytes the whole text, in UTF-8 bytes
 * @param maxStringChars one string value or key
 * @param maxItems the members of one mapping or the items of one list
 * @param maxDepth mappings and lists nested in each other
 */
public record InputLimits(long maxBytes, int maxStringChars, int maxItems, int maxDepth) {

  /**
   * What a reader or a client sends: a request body, a scenario file, a check-in's answers. 64 KiB
   * is far above any of them written by hand and far below anything that costs memory.
   */
  public static final InputLimits DOCUMENT = new InputLimits(64 * 1024, 16 * 1024, 1_000, 16);

  /** One file of a content pack: ten times the largest bundled file, and more. */
  public static final InputLimits PACK_FILE = new InputLimits(2 * 1024 * 1024, 16 * 1024, 20_000, 32);

  /** All files of one pack together; the bundled pack is about 0.2 MiB. */
  public static final long PACK_BYTES = 8 * 1024 * 1024;

  /** The files of one pack. */
  public static final int PACK_FILES = 500;

  public InputLimits {
    if (maxBytes < 1 || maxStringChars < 1 || maxItems < 1 || maxDepth < 1) {
      throw new IllegalArgumentException("every input limit must be at least 1");
    }
  }
}
