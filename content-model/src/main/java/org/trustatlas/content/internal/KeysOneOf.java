package org.trustatlas.content.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A mapping whose keys are the kebab-case slugs of an enum, such as the safety flags a check-in
 * choice sets. Its values follow {@link OneOf} when the field has one. The shape check enforces the
 * keys with a did-you-mean; the schema generator turns them into {@code propertyNames}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface KeysOneOf {
  Class<? extends Enum<?>> value();
}
