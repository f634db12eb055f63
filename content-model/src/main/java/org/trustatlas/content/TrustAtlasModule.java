package org.trustatlas.content;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import org.trustatlas.core.model.Atlas;

/**
 * Binds Trust Atlas for applications that use Guice: {@code Guice.createInjector(new
 * TrustAtlasModule())} for the bundled pack, or {@code TrustAtlasModule.forPack(folder)} for another,
 * then inject {@link TrustAtlas} or {@link Atlas}. Declarations only; the pack is read when first
 * injected, not when the module is built.
 */
public final class TrustAtlasModule extends AbstractModule {

  private final Supplier<TrustAtlas> source;

  /** Binds the bundled pack ({@link TrustAtlas#bundled()}). */
  public TrustAtlasModule() {
    this(TrustAtlas::bundled);
  }

  private TrustAtlasModule(Supplier<TrustAtlas> source) {
    this.source = source;
  }

  /**
   * Binds the pack in {@code folder}, loaded with {@link TrustAtlas#load(Path)} when first injected.
   * An invalid pack fails that injection with Guice's {@code ProvisionException}, whose cause is the
   * {@link org.trustatlas.content.input.PackLoadException} listing every problem.
   *
   * @throws NullPointerException "folder must not be null", when it is
   */
  public static TrustAtlasModule forPack(Path folder) {
    Objects.requireNonNull(folder, "folder must not be null");
    return new TrustAtlasModule(() -> TrustAtlas.load(folder));
  }

  @Provides
  @Singleton
  TrustAtlas trustAtlas() {
    return source.get();
  }

  @Provides
  @Singleton
  Atlas atlas(TrustAtlas trustAtlas) {
    return trustAtlas.atlas();
  }
}
