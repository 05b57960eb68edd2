package org.liminal.trainings;

import java.util.Map;

/**
 * A piece of a training page or list that another module renders: a Thymeleaf fragment and what it shows. The
 * page includes it with {@code ~{template :: fragment}} and hands it {@code model} as the local variable
 * {@code model}, so modules that build on trainings add to their pages without trainings knowing them.
 *
 * @param template the template's name, such as {@code preparation/checklist}
 * @param fragment the fragment's name within it
 * @param order where it goes among its kind, lowest first
 */
public record PageFragment(String template, String fragment, int order, Map<String, Object> model) {

	public PageFragment {
		model = Map.copyOf(model);
	}

}
