package org.liminal.curriculum.web;

import java.util.List;
import java.util.Locale;

import org.liminal.curriculum.PathwayLevel;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Choices every curriculum page may offer or name, and the binding rule every curriculum form follows. */
@ControllerAdvice(basePackageClasses = CurriculumModel.class)
class CurriculumModel {

	/** Identifiers come from the path, never from a submitted form. */
	@InitBinder
	void allowedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@ModelAttribute("languageOptions")
	List<Languages.Option> languageOptions(Locale locale) {
		return Languages.options(locale);
	}

	@ModelAttribute("pathwayLevels")
	PathwayLevel[] pathwayLevels() {
		return PathwayLevel.values();
	}

}
