package io.canrun.web.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** An ISO 3166-1 alpha-2 country code in upper case, e.g. {@code CN}; null is allowed. */
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = CountryCode.Validator.class)
public @interface CountryCode {

  String message() default "must be an ISO 3166-1 alpha-2 country code such as CN or US";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks against the JDK's list of ISO 3166-1 codes. */
  class Validator implements ConstraintValidator<CountryCode, String> {

    private static final Set<String> CODES =
        Arrays.stream(Locale.getISOCountries()).collect(Collectors.toUnmodifiableSet());

    public static boolean isCountry(String code) {
      return code != null && CODES.contains(code);
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || isCountry(value);
    }
  }
}
