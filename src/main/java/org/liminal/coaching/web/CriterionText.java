package org.liminal.coaching.web;

import java.util.List;
import java.util.Locale;

import org.liminal.coaching.Criterion;
import org.liminal.coaching.Rubric;
import org.springframework.context.MessageSource;

/**
 * A criterion as the reader reads it: a usual criterion nobody renamed is named (and, without a description of
 * the organization's own, described) in the reader's language.
 */
record CriterionText(String key, String name, String description, boolean retired) {

	static List<CriterionText> of(Rubric rubric, MessageSource messages, Locale locale) {
		return rubric.criteria().stream().map(criterion -> of(criterion, messages, locale)).toList();
	}

	static CriterionText of(Criterion criterion, MessageSource messages, Locale locale) {
		String name = criterion.isNamed() ? criterion.name()
				: messages.getMessage(criterion.messageKey(), null, criterion.key(), locale);
		String description = !criterion.description().isBlank() ? criterion.description()
				: messages.getMessage(criterion.descriptionKey(), null, "", locale);
		return new CriterionText(criterion.key(), name, description, criterion.retired());
	}

}
