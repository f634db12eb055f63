package org.trustatlas.content.search;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.ByteBuffersIndexInput;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.NoLockFactory;

/**
 * The files of an index the build wrote, opened read-only where they lie in memory: a reader's first
 * search reads them as they are instead of copying each into a writable directory first. Anything
 * that would write is refused.
 */
final class ShippedDirectory extends Directory {

  private final Map<String, byte[]> files;

  ShippedDirectory(Map<String, byte[]> files) {
    this.files = Map.copyOf(files);
  }

  @Override
  public String[] listAll() {
    return files.keySet().stream().sorted().toArray(String[]::new);
  }

  @Override
  public long fileLength(String name) throws IOException {
    return file(name).length;
  }

  @Override
  public IndexInput openInput(String name, IOContext context) throws IOException {
    return new ByteBuffersIndexInput(new ByteBuffersDataInput(List.of(ByteBuffer.wrap(file(name)).asReadOnlyBuffer())),
        name);
  }

  private byte[] file(String name) throws FileNotFoundException {
    byte[] file = files.get(name);
    if (file == null) {
      throw new FileNotFoundException("the shipped search index has no file '" + name + "'");
    }
    return file;
  }

  @Override
  public Lock obtainLock(String name) throws IOException {
    return NoLockFactory.INSTANCE.obtainLock(this, name);
  }

  @Override
  public Set<String> getPendingDeletions() {
    return Set.of();
  }

  @Override
  public void close() {
    // Nothing to release: the files are plain arrays.
  }

  @Override
  public void deleteFile(String name) {
    throw readOnly();
  }

  @Override
  public IndexOutput createOutput(String name, IOContext context) {
    throw readOnly();
  }

  @Override
  public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) {
    throw readOnly();
  }

  @Override
  public void sync(Collection<String> names) {
    throw readOnly();
  }

  @Override
  public void syncMetaData() {
    throw readOnly();
  }

  @Override
  public void rename(String source, String dest) {
    throw readOnly();
  }

  private static UnsupportedOperationException readOnly() {
    return new UnsupportedOperationException("the shipped search index is read-only");
  }
}
