package org.liminal.organizations;

import java.util.List;

/**
 * What another module puts on the organizer card of the organization's home page (mail that could not be
 * delivered, say), so that the home page shows it without depending on that module.
 */
public interface OrganizerHomeLinks {

	/** The links for the organization in {@link TenantContext}, each costing a query or two at most. */
	List<HomeLink> links();

	/**
	 * A link on the home page.
	 * @param path the address under the organization, such as {@code "/mail"}
	 * @param messageKey the key of its text
	 * @param arguments the text's arguments
	 */
	record HomeLink(String path, String messageKey, List<Object> arguments) {

		public HomeLink {
			arguments = List.copyOf(arguments);
		}

		/** The arguments as Thymeleaf's {@code #messages.msgWithParams} takes them. */
		public Object[] argumentArray() {
			return arguments.toArray();
		}

	}

}
