package org.trustatlas.content;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import jakarta.inject.Singleton;
import org.trustatlas.core.model.Atlas;

/**
 * Binds Trust Atlas for applications that use Guice: {@code Guice.createInjector(new
 * TrustAtlasModule())}, then inject {@link TrustAtlas} or {@link Atlas}. Declarations only; the pack
 * is read when first injected, not when the module is built.
 */
public final class TrustAtlasModule extends AbstractModule {

  @Provides
  @Singleton
  TrustAtlas trustAtlas() {
    return TrustAtlas.bundled();
  }

  @Provides
  @Singleton
  Atlas atlas(TrustAtlas trustAtlas) {
    return trustAtlas.atlas();
  }
}
