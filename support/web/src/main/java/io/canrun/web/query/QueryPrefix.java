package io.canrun.web.query;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Query parameters whose names start with this prefix belong to the annotated parameter record too.
 * Their names are open-ended (e.g. {@code assume.<constant>}), so the record cannot declare them
 * one by one; the resource reads their values itself.
 */
@Documented
@Retention(RUNTIME)
@Target(TYPE)
public @interface QueryPrefix {

  String value();
}
