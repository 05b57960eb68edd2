package org.liminal.curriculum.web;

import java.util.List;
import java.util.Locale;

import org.liminal.curriculum.PathwayLevel;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Choices every curriculum page may offer or name. */
@ControllerAdvice(basePackageClasses = CurriculumModel.class)
class CurriculumModel {

	@ModelAttribute("languageOptions")
	List<Languages.Option> languageOptions(Locale locale) {
		return Languages.options(locale);
	}

	@ModelAttribute("pathwayLevels")
	PathwayLevel[] pathwayLevels() {
		return PathwayLevel.values();
	}

}
