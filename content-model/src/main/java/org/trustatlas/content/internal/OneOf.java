package org.trustatlas.content.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text field (or list of texts) whose values are the kebab-case slugs of an enum. The shape check
 * enforces it with a did-you-mean, and the schema generator turns it into a JSON Schema enum.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface OneOf {
  Class<? extends Enum<?>> value();
}
