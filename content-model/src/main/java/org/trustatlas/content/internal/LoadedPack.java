package org.trustatlas.content.internal;

import org.trustatlas.core.model.Atlas;

/** Everything one pack folder holds, read and checked together. */
public record LoadedPack(Atlas atlas, DynamicsContent dynamics, GuidanceContent guidance) {}
