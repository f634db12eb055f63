package org.trustatlas.content.internal;

/** A value read from a pack file, with where it came from, for reporting later problems in place. */
record Located<T>(T value, YamlDocument doc, String pointer) {

  void report(Problems problems, String field, String message) {
    doc.report(problems, field == null ? pointer : pointer + "/" + field, message);
  }
}
