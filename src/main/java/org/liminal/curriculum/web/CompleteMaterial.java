package org.liminal.curriculum.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A material row is either empty or has both a title and a web address (http or https: trainers open it from
 * the module page, so nothing else may go there). Each problem is reported on the field to fix.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CompleteMaterial.Check.class)
@interface CompleteMaterial {

	String message() default "{module.error.materialIncomplete}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks one row. */
	class Check implements ConstraintValidator<CompleteMaterial, MaterialRow> {

		private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://[^\\s/?#]+\\S*");

		@Override
		public boolean isValid(MaterialRow row, ConstraintValidatorContext context) {
			if (row == null || row.isEmpty()) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			if (row.getTitle().isEmpty()) {
				return problem(context, "title", "{module.error.materialTitleMissing}");
			}
			if (row.getUrl().isEmpty()) {
				return problem(context, "url", "{module.error.materialUrlMissing}");
			}
			if (!WEB_ADDRESS.matcher(row.getUrl()).matches()) {
				return problem(context, "url", "{module.error.materialUrlNotWeb}");
			}
			return true;
		}

		private static boolean problem(ConstraintValidatorContext context, String field, String message) {
			context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
			return false;
		}

	}

}
